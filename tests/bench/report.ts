/** The bench's result as a Markdown table: ours (fsync per commit, and without) beside the floor, with the targets. */
import type { ThroughputResult } from './load';
import type { BenchOptions, LoadFigures, TargetFigures } from './scenario';

/** Everything one bench run measured, as written to result.json. */
export interface BenchResult {
  at: string;
  machine: { cpus: number; node: string; platform: string; loadAverageBefore: number; loadAverageAfter: number };
  options: BenchOptions;
  /** Our server as shipped: SQLITE_SYNC=full, an fsync per commit. */
  ours: TargetFigures;
  /** Our server with SQLITE_SYNC=normal: survives a crashed process, not a power cut. */
  oursSyncNormal: TargetFigures;
  floor: TargetFigures;
}

type Pick3 = (figures: TargetFigures) => number | undefined;
type Row = [measure: string, target: string, pick: Pick3, digits?: number];

const show = (value: number | undefined, digits = 1) =>
  value === undefined || Number.isNaN(value)
    ? '–'
    : value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function loadRows(label: string, phase: (f: TargetFigures) => LoadFigures, p99Target: string, loaded: boolean): Row[] {
  return [
    [`${label}: latency p50 (ms)`, '', (f) => phase(f).latency.p50],
    [`${label}: latency p95 (ms)`, '', (f) => phase(f).latency.p95],
    [`${label}: latency p99 (ms)`, p99Target, (f) => phase(f).latency.p99],
    [`${label}: latency max (ms)`, '', (f) => phase(f).latency.max],
    [`${label}: server CPU (% of a core)`, loaded ? '≤ 1.5× floor' : '', (f) => phase(f).cpuShare * 100],
    [`${label}: server RSS, max (MB)`, loaded ? '≤ 200' : '', (f) => phase(f).probe.maxRssMb],
    [`${label}: event-loop delay p99 (ms)`, '', (f) => phase(f).probe.loopDelayP99Ms],
    [`${label}: event-loop delay max (ms)`, '', (f) => phase(f).probe.loopDelayMaxMs],
    [`${label}: updates out (messages/s, all screens)`, '', (f) => phase(f).messagesPerS, 0],
    [`${label}: events in (events/s)`, '', (f) => phase(f).eventsPerS, 0],
    [`${label}: gaps + missing deliveries`, '0', (f) => phase(f).gaps + phase(f).latency.missing, 0],
    [`${label}: load generator CPU (% of a core)`, '', (f) => phase(f).generatorCpuShare * 100],
  ];
}

function throughputRows(): Row[] {
  const ev = (pick: (t: NonNullable<TargetFigures['throughput']>) => ThroughputResult) => (f: TargetFigures) =>
    f.throughput ? pick(f.throughput).eventsPerS : undefined;
  return [
    ['Ingest, batches of 1,000 (events/s)', '≥ 20,000', ev((t) => t.batch1000), 0],
    ['Ingest, batches of 100 (events/s)', '≥ 20,000', ev((t) => t.batch100), 0],
    ['Ingest, single-event POSTs/s', '', ev((t) => t.single), 0],
  ];
}

/** The table `npm run bench` prints and writes to result.md. */
export function markdownTable(result: BenchResult): string {
  const { options: o } = result;
  const rows: Row[] = [
    ...loadRows(`Sparse (${o.sparseScreens} screens, ${o.sparseRate} ev/s singly)`, (f) => f.sparse, '≤ 20', false),
    ...loadRows(`Loaded (${o.screens} screens, ${o.rate} ev/s)`, (f) => f.loaded, '≤ 150, ≤ 1.5× floor', true),
    ...throughputRows(),
  ];
  const lines = [
    '| measure | target | ours | ours, SQLITE_SYNC=normal | floor | ours / floor |',
    '|---|---|--:|--:|--:|--:|',
    ...rows.map(([measure, target, pick, digits]) => {
      const [ours, normal, floor] = [pick(result.ours), pick(result.oursSyncNormal), pick(result.floor)];
      const ratio = ours !== undefined && floor !== undefined && floor > 0 ? `${(ours / floor).toFixed(2)}×` : '–';
      return `| ${measure} | ${target} | ${show(ours, digits)} | ${show(normal, digits)} | ${show(floor, digits)} | ${ratio} |`;
    }),
  ];
  const m = result.machine;
  const footer = [
    '',
    `${m.cpus} CPUs, Node ${m.node}, ${m.platform}; load average ${m.loadAverageBefore.toFixed(2)} before, ${m.loadAverageAfter.toFixed(2)} after (other work on the machine skews every figure).`,
    `${o.seconds} s loaded, ${o.sparseSeconds} s sparse, ${Math.round(o.singleShare * 100)}% of loaded events sent singly, the rest in one batch per 10 ms; each run on a fresh DATA_DIR.`,
    '"ours" is the server as shipped (SQLITE_SYNC=full: an fsync per commit). The floor stores and checks nothing: its ingest rows are an HTTP ceiling, not durable.',
  ];
  return lines.join('\n') + footer.join('\n');
}
