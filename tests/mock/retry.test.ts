import { describe, expect, it } from 'vitest';
import { parseRetryAfter, retryDelayMs } from '../../mock/retry';

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and ignores what it cannot read', () => {
    const now = Date.parse('2026-11-26T10:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Thu, 26 Nov 2026 10:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});

describe('retryDelayMs', () => {
  it('backs off exponentially up to 30 s, jittered between half and all of the step', () => {
    expect(retryDelayMs(1, 0)).toBe(125);
    expect(retryDelayMs(1, 0.5)).toBe(187.5);
    expect(retryDelayMs(3, 0.5)).toBe(750);
    expect(retryDelayMs(50, 0.999)).toBeLessThanOrEqual(30_000);
  });

  it("waits at least as long as the server's Retry-After asks", () => {
    expect(retryDelayMs(1, 0, 2000)).toBe(2000);
    expect(retryDelayMs(8, 0.999, 1000)).toBeGreaterThan(1000);
  });
});
