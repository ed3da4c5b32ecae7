/** A timing measured a few times, summarised beside its target: the rows `npm run bench:screen` prints. */

export interface Measured {
  measure: string;
  /** Upper bound in ms the product promises. */
  targetMs: number;
  samplesMs: number[];
}

export interface Summary {
  measure: string;
  targetMs: number;
  n: number;
  p50: number;
  p95: number;
  max: number;
  /** Whether the slowest sample met the target. */
  met: boolean;
}

/** The nearest-rank percentile of `samples` (unsorted), or NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

export function summarise({ measure, targetMs, samplesMs }: Measured): Summary {
  const max = samplesMs.length === 0 ? Number.NaN : Math.max(...samplesMs);
  return {
    measure,
    targetMs,
    n: samplesMs.length,
    p50: percentile(samplesMs, 50),
    p95: percentile(samplesMs, 95),
    max,
    met: max <= targetMs,
  };
}

const ms = (value: number) => (Number.isNaN(value) ? '–' : Math.round(value).toLocaleString('en-US'));

/** The Markdown table of summaries: each figure beside its target, with a verdict on the slowest sample. */
export function markdownTable(summaries: readonly Summary[]): string {
  return [
    '| measure | target | n | p50 (ms) | p95 (ms) | max (ms) | verdict |',
    '|---|--:|--:|--:|--:|--:|---|',
    ...summaries.map(
      (s) =>
        `| ${s.measure} | ≤ ${ms(s.targetMs)} ms | ${s.n} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.max)} | ${s.met ? 'met' : '**missed**'} |`,
    ),
  ].join('\n');
}
