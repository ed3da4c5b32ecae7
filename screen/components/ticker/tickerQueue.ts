import type { RecentItem } from '../../../common/protocol';

/**
 * The ticker's calm pace: whatever the feed rate, one new line enters every
 * `intervalMs`. Items arriving faster wait in a short queue; when it is full
 * the oldest waiting ones are dropped, so the wall shows recent news rather
 * than falling ever further behind.
 */
export interface TickerQueue {
  /** Lines on the wall, newest first. */
  shown: RecentItem[];
  /** Items received but not yet shown, oldest first. */
  waiting: RecentItem[];
  /** When the last line (or the first lines, all at once) entered, in ms. */
  lastAdmittedAt: number;
}

export interface TickerPace {
  /** Lines the ticker holds. */
  capacity: number;
  /** Least time between two new lines. */
  intervalMs: number;
  /** How many items may wait; older ones are dropped beyond this. */
  maxWaiting: number;
}

export const TICKER_PACE: TickerPace = { capacity: 6, intervalMs: 2500, maxWaiting: 3 };

/** The queue on first sight of the feed at `now`: what is already there is shown at once, and counts as the last entry. */
export function startTicker(recent: readonly RecentItem[], pace: TickerPace, now: number): TickerQueue {
  return { shown: recent.slice(0, pace.capacity), waiting: [], lastAdmittedAt: now };
}

/**
 * Takes the feed's latest items (newest first, as the store keeps them) and
 * queues those newer than the top line and not yet waiting, keeping only the
 * newest `maxWaiting`.
 */
export function receive(queue: TickerQueue, recent: readonly RecentItem[], pace: TickerPace, now: number): TickerQueue {
  const newestShown = queue.shown[0]?.seq ?? -Infinity;
  // A feed that starts again from a lower sequence (a server with fresh data) starts the ticker again too.
  if ((recent[0]?.seq ?? Infinity) < newestShown) return startTicker(recent, pace, now);
  const known = new Set([...queue.shown, ...queue.waiting].map((item) => item.id));
  const fresh = recent.filter((item) => !known.has(item.id) && item.seq > newestShown).reverse();
  if (fresh.length === 0) return queue;
  const waiting = [...queue.waiting, ...fresh].sort((a, b) => a.seq - b.seq).slice(-pace.maxWaiting);
  return { ...queue, waiting };
}

/** Lets the oldest waiting item in when the last one entered at least `intervalMs` ago. */
export function admit(queue: TickerQueue, now: number, pace: TickerPace): TickerQueue {
  const [next, ...rest] = queue.waiting;
  if (!next || now - queue.lastAdmittedAt < pace.intervalMs) return queue;
  return { shown: [next, ...queue.shown].slice(0, pace.capacity), waiting: rest, lastAdmittedAt: now };
}

/** How long until the next item may enter; undefined when nothing waits. */
export function untilNextAdmission(queue: TickerQueue, now: number, pace: TickerPace): number | undefined {
  if (queue.waiting.length === 0) return undefined;
  return Math.max(0, queue.lastAdmittedAt + pace.intervalMs - now);
}
