/** How long a counter takes to roll to a new value: long enough to be seen, short enough to keep the renderer idle. */
export const ROLL_DURATION_MS = 700;

/** How long a changed counter stays highlighted. */
export const HIGHLIGHT_MS = 1600;

/** Ease-out cubic: fast start so that a change is visible at once, gentle landing on the new value. */
export function easeOutCubic(t: number): number {
  const clamped = Math.min(1, Math.max(0, t));
  return 1 - (1 - clamped) ** 3;
}

/**
 * The value a counter shows `elapsedMs` into a roll from `from` to `to`,
 * rounded to the shown precision so that the digits land exactly on `to`.
 */
export function rollValue(from: number, to: number, elapsedMs: number, decimals = 0, durationMs = ROLL_DURATION_MS): number {
  if (elapsedMs >= durationMs || from === to) return to;
  const raw = from + (to - from) * easeOutCubic(elapsedMs / durationMs);
  const factor = 10 ** decimals;
  return Math.round(raw * factor) / factor;
}
