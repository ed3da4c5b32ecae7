import type { DataAgeWords } from '../content/dataAge';
import { formatDataAge } from '../format/dataAge';

/**
 * How long ago a screen was last heard from, as the console lists it
 * ("3 秒前"). Both times come from the server's clock, so a tablet with a
 * wrong clock still reads right.
 */
export function formatHeartbeat(lastSeenAt: number, serverNow: number, words?: DataAgeWords): string {
  return formatDataAge(serverNow - lastSeenAt, 1, words);
}

/** A wall not heard from for this long is shown as possibly gone. */
export const STALE_AFTER_MS = 30_000;

export function isStale(lastSeenAt: number, serverNow: number): boolean {
  return serverNow - lastSeenAt > STALE_AFTER_MS;
}
