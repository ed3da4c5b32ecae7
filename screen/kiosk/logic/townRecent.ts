import type { RecentItem } from '../../../common/protocol';

/** Each town's latest appeals and wishes as this kiosk has seen them, newest first. */
export type TownRecent = Readonly<Record<string, readonly RecentItem[]>>;

/** How many items the kiosk keeps per town: enough for a town's view, bounded over weeks of running. */
export const TOWN_RECENT_LIMIT = 8;

/**
 * Adds the live feed's newest items (newest first) to each town's list. The
 * server sends only the last few dozen across all towns, which at a busy hour
 * may hold nothing from a small town; kept per town, a town's view can still
 * show what came from it since the kiosk opened. Items already known (by id)
 * are skipped; returns a new object, the input is not changed.
 */
export function addTownRecent(buffers: TownRecent, items: readonly RecentItem[], limit = TOWN_RECENT_LIMIT): TownRecent {
  const next: Record<string, readonly RecentItem[]> = { ...buffers };
  // Oldest first, so that each item goes on top of those that came before it.
  for (const item of [...items].reverse()) {
    if (!item.town) continue;
    const list = next[item.town] ?? [];
    if (list.some((known) => known.id === item.id)) continue;
    next[item.town] = [item, ...list].slice(0, limit);
  }
  return next;
}
