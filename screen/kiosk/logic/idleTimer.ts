/**
 * The kiosk's inactivity rule as plain logic: after `timeoutMs` without
 * activity, `onIdle` runs once. Activity only records a time; the one pending
 * timer re-arms itself for the remainder when it fires early, so a finger
 * dragging across the glass costs no timer churn.
 */

/** The clock and timer the idle timer runs on; tests pass a fake one. */
export interface IdleScheduler {
  now(): number;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

export interface IdleTimer {
  /** Records activity now; starts counting again if the timer had gone idle or was stopped. */
  poke(): void;
  /** Stops counting until the next `poke`; nothing fires while stopped. */
  stop(): void;
  /** Whether a timeout is pending. */
  readonly running: boolean;
}

/** The browser's clock and timers. */
export const browserScheduler: IdleScheduler = {
  now: () => Date.now(),
  setTimer: (run, ms) => setTimeout(run, ms),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Creates a stopped idle timer; call `poke()` to start it. */
export function createIdleTimer(options: { timeoutMs: number; onIdle: () => void; scheduler?: IdleScheduler }): IdleTimer {
  const { timeoutMs, onIdle } = options;
  const scheduler = options.scheduler ?? browserScheduler;
  let lastActivity = 0;
  let handle: unknown;
  let running = false;

  const check = () => {
    const remaining = lastActivity + timeoutMs - scheduler.now();
    if (remaining > 0) {
      handle = scheduler.setTimer(check, remaining);
      return;
    }
    running = false;
    handle = undefined;
    onIdle();
  };

  return {
    poke() {
      lastActivity = scheduler.now();
      if (running) return;
      running = true;
      handle = scheduler.setTimer(check, timeoutMs);
    },
    stop() {
      if (handle !== undefined) scheduler.clearTimer(handle);
      handle = undefined;
      running = false;
    },
    get running() {
      return running;
    },
  };
}

/** Default inactivity before the kiosk returns to its attract loop. */
export const DEFAULT_IDLE_SECONDS = 90;

/**
 * The idle timeout from the page's query (`?idle=<seconds>`), for operators
 * and tests; anything missing or not a sensible number gives the default.
 */
export function idleTimeoutMs(search: string): number {
  const raw = new URLSearchParams(search).get('idle');
  const seconds = raw === null || raw.trim() === '' ? NaN : Number(raw);
  // A floor of one second so a typo cannot make the kiosk unusable; a day is the longest that makes sense.
  if (!Number.isFinite(seconds) || seconds < 1 || seconds > 86_400) return DEFAULT_IDLE_SECONDS * 1000;
  return Math.round(seconds * 1000);
}
