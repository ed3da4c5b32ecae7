/**
 * One ledger's stream of updates to the screens showing it: changes merged
 * and throttled so that no screen gets more than one per interval, and the
 * last ones kept for screens that reconnect.
 */
import type { WallMode } from '../../common/mode';
import type { Update } from '../../common/protocol';
import { catchUp, flushDelay, mergeUpdates } from './updates';

/** How many sent updates are kept for screens that reconnect. */
const CATCH_UP_WINDOW = 256;

export interface UpdateStreamOptions {
  /** Which store the updates come from: stamped on each, so that a screen can tell. */
  mode: WallMode;
  intervalMs: number;
  now: () => number;
  /** Sends one merged update to every screen showing this store. */
  send: (update: Update) => void;
}

export interface UpdateStream {
  /** Called after a batch commits in this stream's ledger. */
  publish(update: Update): void;
  /** What a screen that applied this store up to `lastSeq` missed, or null when only a snapshot will do. */
  catchUp(lastSeq: number): Update | null;
  close(): void;
}

export function createUpdateStream({ mode, intervalMs, now, send }: UpdateStreamOptions): UpdateStream {
  const sent: Update[] = [];
  let pending: Update | null = null;
  let lastSentAt: number | undefined;
  let timer: NodeJS.Timeout | undefined;

  const flush = (): void => {
    timer = undefined;
    if (!pending) return;
    const update = pending;
    pending = null;
    lastSentAt = now();
    sent.push(update);
    if (sent.length > CATCH_UP_WINDOW) sent.shift();
    send(update);
  };

  return {
    publish(update) {
      const stamped = { ...update, mode };
      pending = pending ? mergeUpdates(pending, stamped) : stamped;
      if (timer) return;
      const delay = flushDelay(now(), lastSentAt, intervalMs);
      if (delay === 0) flush();
      else timer = setTimeout(flush, delay);
    },
    catchUp: (lastSeq) => catchUp(lastSeq, sent, pending),
    close() {
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
