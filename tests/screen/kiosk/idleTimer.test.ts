import { describe, expect, it } from 'vitest';
import {
  createIdleTimer,
  DEFAULT_IDLE_SECONDS,
  idlePhaseAt,
  idleTimeoutMs,
  warningMs,
  type IdleScheduler,
} from '../../../screen/kiosk/logic/idleTimer';

/** A hand-driven clock: `advance` runs the timers that fall due, in order. */
function fakeScheduler() {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const scheduler: IdleScheduler = {
    now: () => now,
    setTimer: (run, ms) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, run });
      return id;
    },
    clearTimer: (handle) => void timers.delete(handle as number),
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].run();
    }
    now = end;
  };
  /** Moves the clock on at once, then runs what fell due, late: as a sleeping PC or Playwright's `fastForward` does. */
  const jump = (ms: number) => {
    now += ms;
    const due = [...timers.entries()].filter(([, t]) => t.at <= now);
    for (const [id, t] of due) {
      timers.delete(id);
      t.run();
    }
  };
  return { scheduler, advance, jump, pending: () => timers.size };
}

describe('idle timer', () => {
  it('fires once after the timeout without activity', () => {
    const clock = fakeScheduler();
    let idled = 0;
    const timer = createIdleTimer({ timeoutMs: 1000, onIdle: () => idled++, scheduler: clock.scheduler });
    timer.poke();
    clock.advance(999);
    expect(idled).toBe(0);
    clock.advance(1);
    expect(idled).toBe(1);
    expect(timer.running).toBe(false);
    clock.advance(10_000);
    expect(idled).toBe(1);
  });

  it('counts from the last activity, keeping one pending timer however often it is poked', () => {
    const clock = fakeScheduler();
    let idled = 0;
    const timer = createIdleTimer({ timeoutMs: 1000, onIdle: () => idled++, scheduler: clock.scheduler });
    timer.poke();
    for (let i = 0; i < 50; i++) {
      clock.advance(100);
      timer.poke();
    }
    expect(clock.pending()).toBe(1);
    expect(idled).toBe(0);
    clock.advance(999);
    expect(idled).toBe(0);
    clock.advance(1);
    expect(idled).toBe(1);
  });

  it('does nothing while stopped, and starts again on the next poke', () => {
    const clock = fakeScheduler();
    let idled = 0;
    const timer = createIdleTimer({ timeoutMs: 500, onIdle: () => idled++, scheduler: clock.scheduler });
    timer.poke();
    timer.stop();
    expect(clock.pending()).toBe(0);
    clock.advance(5000);
    expect(idled).toBe(0);
    timer.poke();
    clock.advance(500);
    expect(idled).toBe(1);
  });

  it('is not started until poked', () => {
    const clock = fakeScheduler();
    let idled = 0;
    createIdleTimer({ timeoutMs: 10, onIdle: () => idled++, scheduler: clock.scheduler });
    clock.advance(1000);
    expect(idled).toBe(0);
  });
});

describe('the warning before going idle', () => {
  it('is a pure function of the quiet time: active, then a countdown in whole seconds, then idle', () => {
    expect(idlePhaseAt(0, 90_000, 10_000)).toEqual({ name: 'active' });
    expect(idlePhaseAt(79_999, 90_000, 10_000)).toEqual({ name: 'active' });
    expect(idlePhaseAt(80_000, 90_000, 10_000)).toEqual({ name: 'warning', secondsLeft: 10 });
    expect(idlePhaseAt(89_001, 90_000, 10_000)).toEqual({ name: 'warning', secondsLeft: 1 });
    expect(idlePhaseAt(90_000, 90_000, 10_000)).toEqual({ name: 'idle' });
    expect(warningMs(90_000)).toBe(10_000);
    expect(warningMs(3000)).toBe(1000);
  });

  it('counts down each second before going idle', () => {
    const clock = fakeScheduler();
    const seen: Array<number | 'idle'> = [];
    const timer = createIdleTimer({
      timeoutMs: 30_000,
      warnMs: 10_000,
      onWarning: (s) => seen.push(s),
      onIdle: () => seen.push('idle'),
      scheduler: clock.scheduler,
    });
    timer.poke();
    clock.advance(19_999);
    expect(seen).toEqual([]);
    clock.advance(1);
    expect(seen).toEqual([10]);
    clock.advance(10_000);
    expect(seen).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 'idle']);
    expect(clock.pending()).toBe(0);
  });

  it('is cancelled by activity, which starts the full timeout again', () => {
    const clock = fakeScheduler();
    const seen: Array<number | 'idle' | 'resume'> = [];
    const timer = createIdleTimer({
      timeoutMs: 30_000,
      warnMs: 10_000,
      onWarning: (s) => seen.push(s),
      onResume: () => seen.push('resume'),
      onIdle: () => seen.push('idle'),
      scheduler: clock.scheduler,
    });
    timer.poke();
    clock.advance(25_000);
    expect(seen.at(-1)).toBe(5);
    timer.poke();
    expect(seen.at(-1)).toBe('resume');
    clock.advance(19_999);
    expect(seen.at(-1)).toBe('resume');
    expect(clock.pending()).toBe(1);
    clock.advance(10_001);
    expect(seen.at(-1)).toBe('idle');
  });

  it('lands in the right phase when the clock jumps, skipping the seconds it jumped over', () => {
    const clock = fakeScheduler();
    const seen: Array<number | 'idle'> = [];
    const timer = createIdleTimer({
      timeoutMs: 30_000,
      warnMs: 10_000,
      onWarning: (s) => seen.push(s),
      onIdle: () => seen.push('idle'),
      scheduler: clock.scheduler,
    });
    timer.poke();
    clock.jump(26_500);
    expect(seen).toEqual([4]);
    clock.jump(60_000);
    expect(seen).toEqual([4, 'idle']);
  });
});

describe('idle timeout from the query', () => {
  it('defaults to 90 s', () => {
    expect(DEFAULT_IDLE_SECONDS).toBe(90);
    expect(idleTimeoutMs('')).toBe(90_000);
    expect(idleTimeoutMs('?screen=kiosk-1')).toBe(90_000);
  });

  it('reads ?idle=<seconds>, fractions included', () => {
    expect(idleTimeoutMs('?idle=2')).toBe(2000);
    expect(idleTimeoutMs('?idle=1.5&screen=k')).toBe(1500);
    expect(idleTimeoutMs('?idle=600')).toBe(600_000);
  });

  it('ignores values that would make the kiosk unusable or never return', () => {
    for (const bad of ['?idle=', '?idle=abc', '?idle=0', '?idle=-5', '?idle=0.2', '?idle=Infinity', '?idle=1e9']) {
      expect(idleTimeoutMs(bad), bad).toBe(90_000);
    }
  });
});
