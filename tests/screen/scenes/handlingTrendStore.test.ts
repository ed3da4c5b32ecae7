/** The wall's own record of the handling trend, across a switch between live and demo data. */
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import type { Snapshot } from '../../../common/protocol';
import { useHandlingTrendStore } from '../../../screen/scenes/handlingTrendStore';
import { useLiveStore } from '../../../screen/stores/live';
import { snapshotAt } from '../fixtures';

const T0 = Date.parse('2026-12-01T09:00:00+08:00');
const MINUTE = 60_000;

function snapshot(mode: 'live' | 'demo', seq: number, handled: number): Snapshot {
  const base = snapshotAt(seq);
  return { ...base, mode, demo: mode === 'demo', values: { ...base.values, 'appeals.handled': handled } };
}

beforeEach(() => {
  setActivePinia(createPinia());
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

describe('after a switch between live and demo data', () => {
  it('the handling trend starts afresh from the new store, with no line across the two', async () => {
    const live = useLiveStore();
    live.receiveSnapshot(snapshot('demo', 5, 4700));
    const trend = useHandlingTrendStore();
    vi.setSystemTime(T0 + 10 * MINUTE);
    live.receiveUpdate({ fromSeq: 5, seq: 6, at: 't', mode: 'demo', values: { 'appeals.handled': 4710 } });
    await nextTick();
    expect(trend.series?.samples.map((s) => s.handled)).toEqual([4700, 4710]);

    vi.setSystemTime(T0 + 20 * MINUTE);
    live.receiveSnapshot(snapshot('live', 1, 4601));
    await nextTick();
    expect(trend.series?.samples.map((s) => s.handled)).toEqual([4601]);
  });
});
