/**
 * Pure helpers for the stream of updates: merging, throttle timing, and
 * working out what a reconnecting screen missed.
 */
import type { WallMode } from '../../common/mode';
import { RECENT_LIMIT, type Update } from '../../common/protocol';

/** Merges a later update into an earlier, contiguous one. */
export function mergeUpdates(earlier: Update, later: Update): Update {
  const breakdowns = { ...earlier.breakdowns, ...later.breakdowns };
  const recent = [...(later.recent ?? []), ...(earlier.recent ?? [])].slice(0, RECENT_LIMIT);
  const mode = later.mode ?? earlier.mode;
  return {
    fromSeq: earlier.fromSeq,
    seq: later.seq,
    at: later.at,
    ...(mode === undefined ? {} : { mode }),
    values: { ...earlier.values, ...later.values },
    ...(Object.keys(breakdowns).length > 0 ? { breakdowns } : {}),
    ...(recent.length > 0 ? { recent } : {}),
  };
}

/**
 * How long to wait before sending pending changes: none after a quiet spell
 * (a lone event goes out at once), otherwise until the interval since the last send is up.
 */
export function flushDelay(now: number, lastSentAt: number | undefined, intervalMs: number): number {
  if (lastSentAt === undefined) return 0;
  return Math.max(0, lastSentAt + intervalMs - now);
}

/**
 * What a screen that has applied everything up to `lastSeq` needs, given the
 * updates sent so far (oldest first, contiguous) and any not yet sent:
 * one merged update, or null when only a snapshot can bring it up to date.
 */
export function catchUp(lastSeq: number, sent: readonly Update[], pending: Update | null): Update | null {
  const stream = pending ? [...sent, pending] : [...sent];
  const first = stream[0];
  const last = stream[stream.length - 1];
  if (!first || !last || lastSeq < first.fromSeq || lastSeq >= last.seq) return null;
  const missed = stream.filter((u) => u.seq > lastSeq);
  const merged = missed.reduce(mergeUpdates);
  return { ...merged, ...(merged.recent === undefined ? {} : { recent: merged.recent.filter((item) => item.seq > lastSeq) }) };
}

/**
 * The seq a reconnecting screen may be caught up from in the store it is to
 * show now, or null when it needs a snapshot: it holds nothing, or what it
 * holds came from the other store (or from a page too old to say which).
 */
export function resumableSeq(
  handshake: { lastSeq?: number | undefined; lastMode?: WallMode | undefined },
  showing: WallMode,
): number | null {
  if (handshake.lastSeq === undefined || handshake.lastMode !== showing) return null;
  return handshake.lastSeq;
}
