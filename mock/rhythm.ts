/**
 * Timing of the mock feed as pure functions: the day rhythm of a county
 * service platform, the simulated clock and how many events fall due.
 */

/** Lingchuan keeps China Standard Time, UTC+8, with no daylight saving. */
const UTC_OFFSET_HOURS = 8;

/**
 * Relative activity for each hour of the local day, 1 = the busiest hour.
 * Appeals arrive mostly in office hours (08:30-12:00, 14:30-17:30 in Guangxi
 * government offices), dip over the long lunch break, taper off in the evening
 * and almost stop at night; never quite 0 so the wall still moves.
 */
// prettier-ignore
const HOURLY_ACTIVITY: readonly number[] = [
  0.06, 0.04, 0.03, 0.03, 0.03, 0.05, // 00-05
  0.1, 0.25, 0.6, 0.95, 1, 0.95, //      06-11
  0.55, 0.4, 0.7, 0.95, 0.95, 0.8, //    12-17
  0.5, 0.4, 0.35, 0.25, 0.15, 0.09, //   18-23
];

/**
 * Activity at a local hour of the day (0 <= hour < 24, fractions allowed),
 * interpolated between the hourly figures so that the rate never jumps.
 */
export function dayRhythm(hour: number): number {
  const h = ((hour % 24) + 24) % 24;
  const base = Math.floor(h);
  const from = HOURLY_ACTIVITY[base] ?? 0;
  const to = HOURLY_ACTIVITY[(base + 1) % 24] ?? 0;
  return from + (to - from) * (h - base);
}

/** The local (UTC+8) hour of the day, with fractions, at an instant. */
export function localHour(epochMs: number): number {
  const hours = epochMs / 3_600_000 + UTC_OFFSET_HOURS;
  return ((hours % 24) + 24) % 24;
}

/** The instant at local (UTC+8) `hour` o'clock on the local day of `epochMs`. */
export function localTimeOfDay(epochMs: number, hour: number): number {
  const offsetMs = UTC_OFFSET_HOURS * 3_600_000;
  const local = epochMs + offsetMs;
  return local - (local % 86_400_000) + hour * 3_600_000 - offsetMs;
}

/** The simulated instant: the simulated clock started at `simStartMs` and runs `speed` times real time. */
export function simulatedTime(simStartMs: number, realElapsedMs: number, speed: number): number {
  return simStartMs + realElapsedMs * speed;
}

/**
 * How many whole events fall due after `elapsedMs` at `ratePerS` scaled by
 * `activity`, carrying the fraction over so that low rates still add up.
 * The carry is capped at `maxCarry`: after an outage a demo feed should not
 * flood the server to catch up.
 */
export function eventsDue(
  carry: number,
  ratePerS: number,
  activity: number,
  elapsedMs: number,
  maxCarry: number,
): { count: number; carry: number } {
  const total = Math.min(carry + (ratePerS * activity * Math.max(0, elapsedMs)) / 1000, maxCarry);
  const count = Math.floor(total);
  return { count, carry: total - count };
}

/**
 * How often the runner wakes up: about once per event at low rates, so
 * events go one by one; every 50 ms at high rates, so they go in batches.
 */
export function tickIntervalMs(ratePerS: number): number {
  return Math.min(1000, Math.max(50, 1000 / ratePerS));
}
