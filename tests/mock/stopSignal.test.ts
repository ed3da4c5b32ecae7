import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStopSignal } from '../../mock/stop-signal';

afterEach(() => vi.useRealTimers());

/** Whether `promise` has settled, without waiting on any timer. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

describe('the stop signal', () => {
  it('ends a pending sleep the moment it is raised, with no time passing', async () => {
    vi.useFakeTimers();
    const signal = createStopSignal();
    const backoff = signal.sleep(30_000);
    expect(await settled(backoff)).toBe(false);
    signal.stop();
    expect(await settled(backoff)).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('sleeps its full time when not stopped, and not at all once stopped', async () => {
    vi.useFakeTimers();
    const signal = createStopSignal();
    const nap = signal.sleep(1000);
    await vi.advanceTimersByTimeAsync(999);
    expect(await settled(nap)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(nap)).toBe(true);
    signal.stop();
    expect(await settled(signal.sleep(60_000))).toBe(true);
  });
});
