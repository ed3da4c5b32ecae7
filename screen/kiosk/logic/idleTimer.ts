/**
 * The kiosk's inactivity rule as plain logic: after `timeoutMs` without
 * activity, `onIdle` runs once. For the last `warnMs` of it the visitor is
 * warned with a countdown (`onWarning` each second), which any activity
 * cancels (`onResume`). Activity only records a time; the one pending timer
 * re-arms itself when it fires, so a finger dragging across the glass costs
 * no timer churn, and a clock that jumps (a sleeping PC, a test's fake
 * clock) lands in the right phase.
 */

/** The clock and timer the idle timer runs on; tests pass a fake one. */
export interface IdleScheduler {
  now(): number;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

export interface IdleTimer {
  /** Records activity now, cancelling a warning; starts counting again if the timer had gone idle or was stopped. */
  poke(): void;
  /** Stops counting (cancelling a warning) until the next `poke`; nothing fires while stopped. */
  stop(): void;
  /** Whether a timeout is pending. */
  readonly running: boolean;
}

/** Where a visitor stands after `quietMs` without activity. */
export type IdlePhase = { name: 'active' } | { name: 'warning'; secondsLeft: number } | { name: 'idle' };

/** The phase after `quietMs` of quiet: active, then warned for the last `warnMs` with whole seconds left, then idle. */
export function idlePhaseAt(quietMs: number, timeoutMs: number, warnMs: number): IdlePhase {
  if (quietMs >= timeoutMs) return { name: 'idle' };
  if (quietMs < timeoutMs - warnMs) return { name: 'active' };
  return { name: 'warning', secondsLeft: Math.ceil((timeoutMs - quietMs) / 1000) };
}

/** How long the kiosk warns before going idle: 10 s, or a third of a very short timeout. */
export function warningMs(timeoutMs: number): number {
  return Math.min(10_000, Math.floor(timeoutMs / 3));
}

/** The browser's clock and timers. */
export const browserScheduler: IdleScheduler = {
  now: () => Date.now(),
  setTimer: (run, ms) => setTimeout(run, ms),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface IdleTimerOptions {
  timeoutMs: number;
  /** How much of `timeoutMs` is spent warning; none by default. */
  warnMs?: number;
  onIdle: () => void;
  onWarning?: (secondsLeft: number) => void;
  onResume?: () => void;
  scheduler?: IdleScheduler;
}

/** Creates a stopped idle timer; call `poke()` to start it. */
export function createIdleTimer(options: IdleTimerOptions): IdleTimer {
  const { timeoutMs, onIdle } = options;
  const warnMs = Math.min(options.warnMs ?? 0, timeoutMs);
  const scheduler = options.scheduler ?? browserScheduler;
  let lastActivity = 0;
  let handle: unknown;
  let running = false;
  let shownSeconds: number | undefined;

  const resume = () => {
    if (shownSeconds === undefined) return;
    shownSeconds = undefined;
    options.onResume?.();
  };

  const check = () => {
    const quiet = scheduler.now() - lastActivity;
    const phase = idlePhaseAt(quiet, timeoutMs, warnMs);
    if (phase.name === 'idle') {
      running = false;
      handle = undefined;
      shownSeconds = undefined;
      onIdle();
      return;
    }
    if (phase.name === 'active') {
      handle = scheduler.setTimer(check, timeoutMs - warnMs - quiet);
      return;
    }
    if (phase.secondsLeft !== shownSeconds) {
      shownSeconds = phase.secondsLeft;
      options.onWarning?.(phase.secondsLeft);
    }
    // Next when the countdown drops a second (or the time runs out).
    handle = scheduler.setTimer(check, timeoutMs - quiet - (phase.secondsLeft - 1) * 1000);
  };

  return {
    poke() {
      lastActivity = scheduler.now();
      resume();
      if (running) return;
      running = true;
      handle = scheduler.setTimer(check, timeoutMs - warnMs);
    },
    stop() {
      if (handle !== undefined) scheduler.clearTimer(handle);
      handle = undefined;
      running = false;
      resume();
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
