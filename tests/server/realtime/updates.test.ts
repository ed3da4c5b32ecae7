import { describe, expect, it } from 'vitest';
import type { Update } from '../../../common/protocol';
import { catchUp, flushDelay, mergeUpdates, resumableSeq } from '../../../server/realtime/updates';

const update = (fromSeq: number, seq: number, values: Update['values'], recentIds: string[] = []): Update => ({
  fromSeq,
  seq,
  at: `t${seq}`,
  values,
  ...(recentIds.length ? { recent: recentIds.map((id, i) => ({ id, seq: seq - i, type: 'wish.fulfilled' as const, at: 't' })) } : {}),
});

describe('mergeUpdates', () => {
  it('spans both, keeps the later value of each metric and the newest ticker items first', () => {
    const merged = mergeUpdates(
      update(0, 2, { 'appeals.handled': 5, 'orgs.active': 1 }, ['b', 'a']),
      update(2, 3, { 'appeals.handled': 6 }, ['c']),
    );
    expect(merged).toMatchObject({ fromSeq: 0, seq: 3, at: 't3', values: { 'appeals.handled': 6, 'orgs.active': 1 } });
    expect(merged.recent?.map((r) => r.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('flushDelay', () => {
  it('sends at once after a quiet spell and waits out the interval otherwise', () => {
    expect(flushDelay(1000, undefined, 100)).toBe(0);
    expect(flushDelay(1000, 850, 100)).toBe(0);
    expect(flushDelay(1000, 960, 100)).toBe(60);
  });
});

describe('catchUp', () => {
  const sent = [
    update(10, 12, { 'appeals.handled': 1 }, ['x12', 'x11']),
    update(12, 15, { 'wishes.fulfilled': 2 }, ['x15']),
    update(15, 16, { 'appeals.handled': 3 }),
  ];

  it('merges what a screen missed, without the ticker items it already has', () => {
    const missed = catchUp(11, sent, null);
    expect(missed).toMatchObject({ seq: 16, values: { 'appeals.handled': 3, 'wishes.fulfilled': 2 } });
    expect(missed?.recent?.map((r) => r.id)).toEqual(['x15', 'x12']);
  });

  it('includes changes not yet sent', () => {
    expect(catchUp(15, sent, update(16, 18, { 'orgs.active': 9 }))).toMatchObject({
      seq: 18,
      values: { 'appeals.handled': 3, 'orgs.active': 9 },
    });
  });

  it('asks for a snapshot when the screen is too far behind, up to date or ahead', () => {
    expect(catchUp(5, sent, null)).toBeNull();
    expect(catchUp(16, sent, null)).toBeNull();
    expect(catchUp(99, sent, null)).toBeNull();
    expect(catchUp(3, [], null)).toBeNull();
  });
});

describe('resumableSeq', () => {
  it('lets a screen be caught up only in the store its seq counts in', () => {
    expect(resumableSeq({ lastSeq: 40, lastMode: 'demo' }, 'demo')).toBe(40);
    expect(resumableSeq({ lastSeq: 40, lastMode: 'demo' }, 'live')).toBeNull();
  });

  it('sends a snapshot to a screen that holds nothing, or does not say which store it held', () => {
    expect(resumableSeq({}, 'live')).toBeNull();
    expect(resumableSeq({ lastSeq: 40 }, 'live')).toBeNull();
  });
});
