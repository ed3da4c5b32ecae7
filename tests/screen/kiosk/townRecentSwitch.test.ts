/** The kiosk's own record of each town's latest appeals, across a switch between live and demo data. */
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import type { RecentItem, Snapshot } from '../../../common/protocol';
import { useTownRecent } from '../../../screen/kiosk/composables/useTownRecent';
import { useLiveStore } from '../../../screen/stores/live';
import { appeal, snapshotAt } from '../fixtures';

function snapshot(mode: 'live' | 'demo', seq: number, recent: RecentItem[]): Snapshot {
  return { ...snapshotAt(seq, recent), mode, demo: mode === 'demo' };
}

beforeEach(() => setActivePinia(createPinia()));

describe('after a switch between live and demo data', () => {
  it('the kiosk lists no town appeal of the store it no longer shows', async () => {
    const live = useLiveStore();
    live.receiveSnapshot(snapshot('demo', 5, [{ ...appeal('demo-1', 5), town: '大圩镇' }]));
    const byTown = useTownRecent();
    expect(Object.keys(byTown.value)).toEqual(['大圩镇']);

    live.receiveSnapshot(snapshot('live', 1, [{ ...appeal('real-1', 1), town: '九屋镇' }]));
    await nextTick();
    expect(Object.keys(byTown.value)).toEqual(['九屋镇']);
  });
});
