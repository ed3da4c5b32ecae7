/**
 * Ids for rows without their own: derived from what the row says, so that
 * importing the same rows again (from the same file or another) adds nothing,
 * while two identical rows in one file stay two events.
 */
import { createHash } from 'node:crypto';

/** Pure: a row's content as compared: the event without its id, keys sorted, time as one instant. */
export function contentKey(event: Record<string, unknown>): string {
  const entries = Object.entries(event)
    .filter(([key]) => key !== 'id')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}

/** Pure: the id of the `occurrence`-th row (1-based) with this content in its file. */
export function derivedId(key: string, occurrence: number): string {
  return `imp-${createHash('sha256').update(key).digest('hex').slice(0, 32)}-${occurrence}`;
}

/** Pure: ids for rows in file order; each equal content counts its own occurrences. */
export function derivedIds(events: ReadonlyArray<Record<string, unknown>>): string[] {
  const seen = new Map<string, number>();
  return events.map((event) => {
    const key = contentKey(event);
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return derivedId(key, occurrence);
  });
}
