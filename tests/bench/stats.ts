/** Event-to-screen latency from what the sender and the screens recorded. */
import type { BenchScreen } from './benchScreens';
import type { SentPost } from './sender';

const BUCKET_MS = 0.1;
const MAX_MS = 60_000;

/** Percentiles of a weighted sample, kept in 0.1 ms buckets. */
export class Histogram {
  private readonly counts = new Float64Array(MAX_MS / BUCKET_MS + 1);
  total = 0;

  add(ms: number, weight = 1): void {
    const bucket = Math.min(this.counts.length - 1, Math.max(0, Math.round(ms / BUCKET_MS)));
    this.counts[bucket] = (this.counts[bucket] ?? 0) + weight;
    this.total += weight;
  }

  percentile(p: number): number {
    if (this.total === 0) return Number.NaN;
    const wanted = (p / 100) * this.total;
    let seen = 0;
    for (let i = 0; i < this.counts.length; i += 1) {
      seen += this.counts[i] ?? 0;
      if (seen >= wanted) return i * BUCKET_MS;
    }
    return MAX_MS;
  }
}

/** Event-to-screen latency over every (event, screen) delivery. */
export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Event deliveries measured: events × screens. */
  samples: number;
  /** Event deliveries that never arrived. */
  missing: number;
}

function firstAtLeast(seqs: readonly number[], seq: number): number {
  let lo = 0;
  let hi = seqs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((seqs[mid] ?? -1) < seq) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For every POST and every screen: the time from the POST leaving the sender
 * to the first update on that screen that holds its last seq, counted once
 * per event the POST carried.
 */
export function latencyOf(posts: readonly SentPost[], screens: readonly BenchScreen[]): LatencySummary {
  const histogram = new Histogram();
  let missing = 0;
  let max = 0;
  for (const screen of screens) {
    for (const post of posts) {
      const i = firstAtLeast(screen.seqs, post.seq);
      const time = screen.times[i];
      if (time === undefined) {
        missing += post.count;
        continue;
      }
      const ms = time - post.sentAt;
      max = Math.max(max, ms);
      histogram.add(ms, post.count);
    }
  }
  return {
    p50: histogram.percentile(50),
    p95: histogram.percentile(95),
    p99: histogram.percentile(99),
    max,
    samples: histogram.total,
    missing,
  };
}
