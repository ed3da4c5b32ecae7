import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { RECENT_LIMIT } from '../../common/protocol';
import { applyUpdate, classifyUpdate, mergeRecent, stateFromSnapshot } from '../../screen/stores/liveState';
import { useLiveStore } from '../../screen/stores/live';
import { appeal, snapshotAt } from './fixtures';

describe('applying updates in seq order', () => {
  it('applies an update that continues from the seq held, and only that', () => {
    expect(classifyUpdate(10, { fromSeq: 10, seq: 12 })).toBe('applied');
    expect(classifyUpdate(11, { fromSeq: 10, seq: 12 })).toBe('applied');
    expect(classifyUpdate(12, { fromSeq: 10, seq: 12 })).toBe('stale');
    expect(classifyUpdate(20, { fromSeq: 10, seq: 12 })).toBe('stale');
    expect(classifyUpdate(9, { fromSeq: 10, seq: 12 })).toBe('gap');
  });

  it('takes absolute values, replaces a changed breakdown whole and keeps the others', () => {
    const state = stateFromSnapshot(snapshotAt(10));
    const { outcome, state: next } = applyUpdate(state, {
      fromSeq: 10,
      seq: 11,
      at: '2025-06-01T09:00:01+08:00',
      values: { 'appeals.handled': 4601 },
      breakdowns: { appealsByTown: { 灵川镇: 1181 } },
    });
    expect(outcome).toBe('applied');
    expect(next.seq).toBe(11);
    expect(next.values['appeals.handled']).toBe(4601);
    expect(next.values['volunteers.mobilized']).toBe(3446);
    expect(next.breakdowns.appealsByTown).toEqual({ 灵川镇: 1181 });
    expect(next.breakdowns.appealsByCategory).toEqual(state.breakdowns.appealsByCategory);
    expect(state.values['appeals.handled']).toBe(4600);
  });

  it('never applies an update of the other store: a snapshot of the store shown must put the wall right', () => {
    expect(classifyUpdate(10, { fromSeq: 10, seq: 12, mode: 'demo' }, 'live')).toBe('gap');
    expect(classifyUpdate(10, { fromSeq: 10, seq: 12, mode: 'live' }, 'live')).toBe('applied');
    const live = stateFromSnapshot(snapshotAt(10));
    const { outcome, state } = applyUpdate(live, { fromSeq: 10, seq: 11, at: 't', mode: 'demo', values: { 'appeals.handled': 9999 } });
    expect(outcome).toBe('gap');
    expect(state.values['appeals.handled']).toBe(live.values['appeals.handled']);
  });

  it('marks the wall as demo exactly when the snapshot comes from the demo store', () => {
    expect(stateFromSnapshot({ ...snapshotAt(3), mode: 'demo', demo: true }).demo).toBe(true);
    expect(stateFromSnapshot({ ...snapshotAt(3), mode: 'live', demo: false }).demo).toBe(false);
  });

  it('leaves the state untouched on a stale or gapped update', () => {
    const state = stateFromSnapshot(snapshotAt(10));
    const update = { at: '', values: { 'appeals.handled': 1 } };
    expect(applyUpdate(state, { ...update, fromSeq: 5, seq: 10 }).state).toBe(state);
    expect(applyUpdate(state, { ...update, fromSeq: 11, seq: 12 }).state).toBe(state);
  });
});

describe('the ticker list', () => {
  it('puts new items first, drops repeats and stays bounded', () => {
    const current = Array.from({ length: RECENT_LIMIT }, (_, i) => appeal(`old-${i}`, RECENT_LIMIT - i));
    const merged = mergeRecent(current, [appeal('new-2', 60), appeal('new-1', 59), appeal('old-0', RECENT_LIMIT)]);
    expect(merged).toHaveLength(RECENT_LIMIT);
    expect(merged.slice(0, 3).map((r) => r.id)).toEqual(['new-2', 'new-1', 'old-0']);
    expect(new Set(merged.map((r) => r.id)).size).toBe(RECENT_LIMIT);
  });

  it('masks phone and ID numbers as items arrive', () => {
    const state = stateFromSnapshot(snapshotAt(1, [appeal('a', 1, '电话13812345678')]));
    expect(state.recent[0]?.summary).toBe('电话138****5678');
  });
});

describe('the live store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('asks for a resync (reports a gap) when an update arrives before any snapshot', () => {
    const live = useLiveStore();
    expect(live.receiveUpdate({ fromSeq: 0, seq: 1, at: '', values: {} })).toBe('gap');
  });

  it('keeps its figures while disconnected and dates them from when the link dropped', () => {
    const live = useLiveStore();
    live.markConnected();
    live.receiveSnapshot(snapshotAt(10), 1_000);
    live.markDisconnected(61_000);
    expect(live.connection).toBe('reconnecting');
    expect(live.syncedAt).toBe(61_000);
    expect(live.state?.values['appeals.handled']).toBe(4600);

    // Further failures while still disconnected do not make the data look fresher.
    live.markDisconnected(120_000);
    expect(live.syncedAt).toBe(61_000);
  });

  it('catches up from an update after reconnecting', () => {
    const live = useLiveStore();
    live.receiveSnapshot(snapshotAt(10), 0);
    live.markDisconnected(5_000);
    live.markConnected();
    expect(live.receiveUpdate({ fromSeq: 10, seq: 14, at: '', values: { 'appeals.handled': 4604 } }, 9_000)).toBe('applied');
    expect(live.seq).toBe(14);
    expect(live.syncedAt).toBe(9_000);
    expect(live.connection).toBe('live');
  });
});
