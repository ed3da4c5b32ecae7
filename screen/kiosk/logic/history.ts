import type { MetricId, MetricValues } from '../../../common/metrics';

/** One reading of the live figures, at client time `at` (ms). */
export interface Sample {
  at: number;
  values: Readonly<MetricValues>;
}

/** How many readings the kiosk keeps: a day of busy feed coalesced to minutes still fits. */
export const HISTORY_LIMIT = 240;
/** Readings within the same slot of this length are merged into one, so a burst of events is one point. */
export const COALESCE_MS = 5000;

/**
 * Adds a reading to the series the kiosk has seen since it opened: merged into
 * the last one when both fall in the same time slot, oldest dropped past `limit`. Returns a new
 * array; the input is not changed.
 */
export function appendSample(series: readonly Sample[], sample: Sample, limit = HISTORY_LIMIT, coalesceMs = COALESCE_MS): Sample[] {
  const last = series[series.length - 1];
  if (last && sameValues(last.values, sample.values)) return [...series];
  // The opening reading is never merged away: it is where "since this kiosk opened" starts.
  const sameSlot = last !== undefined && series.length > 1 && Math.floor(last.at / coalesceMs) === Math.floor(sample.at / coalesceMs);
  const keep = sameSlot ? series.slice(0, -1) : series;
  const next = [...keep, sample];
  return next.length > limit ? next.slice(next.length - limit) : next;
}

function sameValues(a: Readonly<MetricValues>, b: Readonly<MetricValues>): boolean {
  return (Object.keys(b) as MetricId[]).every((id) => a[id] === b[id]);
}

/** One metric's readings as points, oldest first. */
export function seriesOf(series: readonly Sample[], id: MetricId): Array<{ at: number; value: number }> {
  return series.map((sample) => ({ at: sample.at, value: sample.values[id] }));
}

/**
 * An SVG path for a sparkline of `points` in a `width` x `height` box, time
 * along x and value up y; a flat series draws a level line in the middle.
 * Empty for fewer than two points: one reading is not a trend.
 */
export function sparklinePath(points: ReadonlyArray<{ at: number; value: number }>, width: number, height: number): string {
  if (points.length < 2) return '';
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const span = Math.max(1, last.at - first.at);
  const values = points.map((p) => p.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const y = (value: number) => (max === min ? height / 2 : height - ((value - min) / (max - min)) * height);
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(((p.at - first.at) / span) * width)},${round(y(p.value))}`).join(' ');
}

const round = (n: number) => Math.round(n * 10) / 10;
