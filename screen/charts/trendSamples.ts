/**
 * The handling trend the smart scene draws: appeals handled and resolved as
 * the wall saw them, from the moment it opened. The server keeps no history,
 * so the screen records its own, honestly starting at load, and keeps it
 * bounded: when full, it halves its resolution instead of forgetting the start.
 */

/** The two running totals at one moment (client time, ms). */
export interface TrendSample {
  at: number;
  handled: number;
  resolved: number;
}

/** A stretch of time (client ms) when the wall had no link to the server, so it saw nothing. */
export interface TrendGap {
  from: number;
  to: number;
}

export interface TrendSeries {
  /** Changes closer together than this share one point (the last one wins). */
  bucketMs: number;
  /** Oldest first; the first is the figure when the wall opened. */
  samples: readonly TrendSample[];
  /** Oldest first: outages, drawn as a break in the lines rather than as flat "no appeals" stretches. */
  gaps?: readonly TrendGap[];
}

/** Shorter outages are not marked: a blip of a few seconds hides nothing a visitor could read. */
export const MIN_GAP_MS = 20_000;
/** At most this many outages are kept (the newest), like the samples, bounded whatever the uptime. */
export const GAP_LIMIT = 12;

/** At most this many points, whatever the uptime. */
export const TREND_LIMIT = 180;
export const TREND_BUCKET_MS = 10_000;

/** A series holding the figures shown when the wall opened. */
export function startTrend(sample: TrendSample, bucketMs = TREND_BUCKET_MS): TrendSeries {
  return { bucketMs, samples: [sample] };
}

/** Records new totals; returns the same series when nothing changed. */
export function addTrendSample(series: TrendSeries, sample: TrendSample, limit = TREND_LIMIT): TrendSeries {
  const { samples } = series;
  const last = samples[samples.length - 1];
  if (last && last.handled === sample.handled && last.resolved === sample.resolved) return series;
  const sameBucket =
    last !== undefined && samples.length > 1 && Math.floor(last.at / series.bucketMs) === Math.floor(sample.at / series.bucketMs);
  const next = sameBucket ? [...samples.slice(0, -1), sample] : [...samples, sample];
  const gaps = series.gaps ? { gaps: series.gaps } : {};
  if (next.length <= limit) return { bucketMs: series.bucketMs, samples: next, ...gaps };
  return { bucketMs: series.bucketMs * 2, samples: halve(next), ...gaps };
}

/**
 * Records an outage from `from` to `to`; returns the same series when it is
 * too short to mark or makes no sense (ends before it starts, or before the record).
 */
export function addTrendGap(series: TrendSeries, gap: TrendGap, limit = GAP_LIMIT): TrendSeries {
  const start = series.samples[0]?.at ?? gap.from;
  const from = Math.max(gap.from, start);
  if (!Number.isFinite(from) || !Number.isFinite(gap.to) || gap.to - from < MIN_GAP_MS) return series;
  const gaps = [...(series.gaps ?? []), { from, to: gap.to }].slice(-limit);
  return { ...series, gaps };
}

/**
 * One line's points for the chart: `[time, figure]`, with a `null` figure in
 * each outage so that the line breaks there instead of running flat across it.
 */
export function trendLine(series: TrendSeries, pick: (sample: TrendSample) => number): Array<[number, number | null]> {
  const points: Array<[number, number | null]> = series.samples.map((s) => [s.at, pick(s)]);
  for (const gap of series.gaps ?? []) {
    const at = (gap.from + gap.to) / 2;
    const index = points.findIndex(([t]) => t > at);
    points.splice(index === -1 ? points.length : index, 0, [at, null]);
  }
  return points;
}

// Keeps the first (the opening figure) and the last (the live one) and every other point between.
function halve(samples: readonly TrendSample[]): TrendSample[] {
  const first = samples[0]!;
  const last = samples[samples.length - 1]!;
  const middle = samples.slice(1, -1).filter((_, i) => i % 2 === 1);
  return [first, ...middle, last];
}

/** An axis time label: the clock within a day, the date once the trend spans days. */
export function trendTimeLabel(at: number, spanMs: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  const clock = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return spanMs < 86_400_000 ? clock : `${d.getMonth() + 1}月${d.getDate()}日`;
}
