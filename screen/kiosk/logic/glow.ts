/** The least time between two glows of one figure: a figure fed several times a second must not glow without pause. */
export const GLOW_GAP_MS = 8000;

/** Whether a figure that changed at `now` may glow, given when it last did (undefined: never). */
export function mayGlow(lastGlowAt: number | undefined, now: number, gapMs = GLOW_GAP_MS): boolean {
  return lastGlowAt === undefined || now - lastGlowAt >= gapMs;
}
