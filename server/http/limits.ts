/**
 * Rate limits, kept as plain state machines over an injected clock so that
 * their arithmetic can be tested without waiting.
 */

export interface LimitVerdict {
  ok: boolean;
  /** Whole seconds until a retry may succeed, when refused. */
  retryAfterS: number;
}

/** A token bucket: `ratePerSecond` sustained, up to `burst` at once. */
export function createTokenBucket(ratePerSecond: number, burst: number, now: () => number) {
  let tokens = burst;
  let last = now();
  return {
    take(): LimitVerdict {
      const t = now();
      tokens = Math.min(burst, tokens + ((t - last) / 1000) * ratePerSecond);
      last = t;
      if (tokens >= 1) {
        tokens -= 1;
        return { ok: true, retryAfterS: 0 };
      }
      return { ok: false, retryAfterS: Math.max(1, Math.ceil((1 - tokens) / ratePerSecond)) };
    },
  };
}

/** Counts failures per client in a fixed window; a client past the limit is refused until the window ends. */
export function createFailureCounter(limit: number, windowMs: number, now: () => number) {
  const windows = new Map<string, { start: number; failures: number }>();
  const current = (key: string) => {
    const t = now();
    const window = windows.get(key);
    if (window && t - window.start < windowMs) return window;
    // Expired windows are dropped as they are met, and all at once if the map grows, so it stays bounded.
    if (windows.size > 10_000) for (const [k, w] of windows) if (t - w.start >= windowMs) windows.delete(k);
    const fresh = { start: t, failures: 0 };
    windows.set(key, fresh);
    return fresh;
  };
  return {
    check(key: string): LimitVerdict {
      const window = current(key);
      if (window.failures < limit) return { ok: true, retryAfterS: 0 };
      return { ok: false, retryAfterS: Math.max(1, Math.ceil((window.start + windowMs - now()) / 1000)) };
    },
    fail(key: string): void {
      current(key).failures += 1;
    },
  };
}

/**
 * One token bucket per key (a client address, a credential), made on first use;
 * full buckets are dropped when the map grows, since a full bucket is the default.
 */
export function createKeyedBuckets(ratePerSecond: number, burst: number, now: () => number) {
  const buckets = new Map<string, ReturnType<typeof createTokenBucket> & { lastTake: number }>();
  const idleToFullMs = (burst / ratePerSecond) * 1000;
  return {
    take(key: string): LimitVerdict {
      const t = now();
      if (buckets.size > 10_000) for (const [k, b] of buckets) if (t - b.lastTake >= idleToFullMs) buckets.delete(k);
      let bucket = buckets.get(key);
      if (!bucket) {
        bucket = Object.assign(createTokenBucket(ratePerSecond, burst, now), { lastTake: t });
        buckets.set(key, bucket);
      }
      bucket.lastTake = t;
      return bucket.take();
    },
  };
}
