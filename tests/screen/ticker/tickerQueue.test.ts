import { describe, expect, it } from 'vitest';
import type { RecentItem } from '../../../common/protocol';
import { admit, receive, startTicker, untilNextAdmission, type TickerPace } from '../../../screen/components/ticker/tickerQueue';

const pace: TickerPace = { capacity: 4, intervalMs: 2500, maxWaiting: 3 };

/** Items with seq `from`..`to`, newest first, as the store keeps them. */
function items(from: number, to: number): RecentItem[] {
  const list: RecentItem[] = [];
  for (let seq = to; seq >= from; seq--) list.push({ id: `e${seq}`, seq, type: 'appeal.handled', at: '2026-12-01T10:00:00Z' });
  return list;
}
const ids = (list: readonly RecentItem[]) => list.map((item) => item.id);

describe('the ticker queue', () => {
  it('shows what the feed already has at once, up to its capacity', () => {
    const queue = startTicker(items(1, 10), pace, -10_000);
    expect(ids(queue.shown)).toEqual(['e10', 'e9', 'e8', 'e7']);
    expect(queue.waiting).toEqual([]);
  });

  it('counts lines shown at once as an entry, so the next new item waits its turn', () => {
    const queue = admit(receive(startTicker(items(1, 1), pace, 100), items(1, 2), pace, 200), 200, pace);
    expect(ids(queue.shown)).toEqual(['e1']);
    expect(untilNextAdmission(queue, 200, pace)).toBe(2400);
  });

  it('paces items arriving at a ticker that started empty, one at a time', () => {
    let queue = admit(receive(startTicker([], pace, -10_000), items(1, 2), pace, 0), 0, pace);
    expect(ids(queue.shown)).toEqual(['e1']);
    queue = admit(queue, 2500, pace);
    expect(ids(queue.shown)).toEqual(['e2', 'e1']);
  });

  it('lets a new item in at once when the ticker has been quiet', () => {
    let queue = receive(startTicker(items(1, 4), pace, -10_000), items(1, 5), pace, 0);
    queue = admit(queue, 10_000, pace);
    expect(ids(queue.shown)).toEqual(['e5', 'e4', 'e3', 'e2']);
    expect(untilNextAdmission(queue, 10_000, pace)).toBeUndefined();
  });

  it('admits one line per interval however many arrive, oldest waiting first', () => {
    let queue = admit(receive(startTicker(items(1, 4), pace, -10_000), items(1, 6), pace, 0), 0, pace);
    expect(ids(queue.shown)[0]).toBe('e5');
    queue = admit(queue, 2499, pace);
    expect(ids(queue.shown)[0]).toBe('e5');
    expect(untilNextAdmission(queue, 2499, pace)).toBe(1);
    queue = admit(queue, 2500, pace);
    expect(ids(queue.shown)[0]).toBe('e6');
  });

  it('drops the oldest waiting items when the feed runs ahead, keeping the newest few', () => {
    let queue = admit(receive(startTicker(items(1, 4), pace, -10_000), items(1, 5), pace, 0), 0, pace);
    // 30 events in the next second: only the newest three may wait.
    queue = receive(queue, items(1, 35), pace, 0);
    expect(ids(queue.waiting)).toEqual(['e33', 'e34', 'e35']);
    queue = admit(queue, 2500, pace);
    expect(ids(queue.shown).slice(0, 2)).toEqual(['e33', 'e5']);
  });

  it('never queues an item twice nor one older than the top line', () => {
    let queue = receive(startTicker(items(1, 4), pace, -10_000), items(1, 6), pace, 0);
    queue = receive(queue, items(1, 6), pace, 0);
    expect(ids(queue.waiting)).toEqual(['e5', 'e6']);
    expect(receive(startTicker(items(5, 8), pace, -10_000), items(1, 8), pace, 0).waiting).toEqual([]);
  });

  it('starts again when the feed restarts from a lower sequence', () => {
    const queue = receive(startTicker(items(100, 104), pace, -10_000), items(1, 2), pace, 0);
    expect(ids(queue.shown)).toEqual(['e2', 'e1']);
    expect(queue.waiting).toEqual([]);
  });
});
