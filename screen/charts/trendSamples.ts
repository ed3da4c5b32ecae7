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

export interface TrendSeries {
  /** Changes closer together than this share one point (the last one wins). */
  bucketMs: number;
  /** Oldest first; the first is the figure when the wall opened. */
  samples: readonly TrendSample[];
}

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
  if (next.length <= limit) return { bucketMs: series.bucketMs, samples: next };
  return { bucketMs: series.bucketMs * 2, samples: halve(next) };
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
