/**
 * How long ago a screen was last heard from, as the console lists it
 * ("3 秒前"). Both times come from the server's clock, so a tablet with a
 * wrong clock still reads right.
 */
export function formatHeartbeat(lastSeenAt: number, serverNow: number): string {
  const seconds = Math.max(0, Math.floor((serverNow - lastSeenAt) / 1000));
  if (seconds < 1) return '刚刚';
  if (seconds < 60) return `${seconds} 秒前`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} 分钟前`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} 小时前`;
  return `${Math.floor(hours / 24)} 天前`;
}

/** A wall not heard from for this long is shown as possibly gone. */
export const STALE_AFTER_MS = 30_000;

export function isStale(lastSeenAt: number, serverNow: number): boolean {
  return serverNow - lastSeenAt > STALE_AFTER_MS;
}
