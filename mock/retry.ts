/**
 * When to try again after a failed delivery: pure, so that the policy is
 * tested without a network.
 */

const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 30_000;

/**
 * Milliseconds a `Retry-After` header asks for (delta-seconds or an HTTP
 * date), or undefined when absent or unreadable.
 */
export function parseRetryAfter(header: string | null, nowMs: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/**
 * Delay before retry number `attempt` (1 for the first retry): exponential
 * from 250 ms up to 30 s, jittered by `jitter` in [0, 1) so that several feeds
 * do not retry in step. A server's `Retry-After` wins when it asks for longer.
 */
export function retryDelayMs(attempt: number, jitter: number, retryAfterMs?: number): number {
  const exponential = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, attempt - 1));
  const jittered = exponential * (0.5 + jitter / 2);
  return Math.max(jittered, Math.min(retryAfterMs ?? 0, 5 * MAX_DELAY_MS));
}
