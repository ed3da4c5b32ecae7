import { describe, expect, it } from 'vitest';
import { GLOW_GAP_MS, mayGlow } from '../../../screen/kiosk/logic/glow';

describe('the glow of a changed figure', () => {
  it('glows on the first change, then not again until the gap has passed', () => {
    expect(mayGlow(undefined, 1000)).toBe(true);
    expect(mayGlow(1000, 1000 + GLOW_GAP_MS - 1)).toBe(false);
    expect(mayGlow(1000, 1000 + GLOW_GAP_MS)).toBe(true);
  });

  it('under a feed of six changes a second, is lit for at most one change in several seconds', () => {
    let last: number | undefined;
    let glows = 0;
    for (let at = 0; at < 60_000; at += 1000 / 6) {
      if (mayGlow(last, at)) {
        last = at;
        glows++;
      }
    }
    expect(glows).toBeLessThanOrEqual(Math.ceil(60_000 / GLOW_GAP_MS));
    expect(glows).toBeGreaterThan(1);
  });
});
