import { describe, expect, it } from 'vitest';
import { createFailureCounter, createTokenBucket } from '../../../server/http/limits';

describe('createTokenBucket', () => {
  it('allows a burst, then refuses with a retry time, then refills at the rate', () => {
    let now = 0;
    const bucket = createTokenBucket(2, 3, () => now);
    expect([bucket.take(), bucket.take(), bucket.take()].every((v) => v.ok)).toBe(true);
    expect(bucket.take()).toEqual({ ok: false, retryAfterS: 1 });
    now = 500;
    expect(bucket.take().ok).toBe(true);
    expect(bucket.take().ok).toBe(false);
  });
});

describe('createFailureCounter', () => {
  it('refuses a client past the limit until its window ends, and no one else', () => {
    let now = 0;
    const counter = createFailureCounter(2, 60_000, () => now);
    counter.fail('a');
    counter.fail('a');
    expect(counter.check('a')).toEqual({ ok: false, retryAfterS: 60 });
    expect(counter.check('b').ok).toBe(true);
    now = 45_000;
    expect(counter.check('a').retryAfterS).toBe(15);
    now = 60_000;
    expect(counter.check('a').ok).toBe(true);
  });
});
