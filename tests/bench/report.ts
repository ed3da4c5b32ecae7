/** The bench's result as a Markdown table of ours beside the floor, with the targets. */
import type { ThroughputResult } from './load';
import type { BenchOptions, LoadFigures, TargetFigures } from './scenario';

export interface BenchResult {
  at: string;
  machine: { cpus: number; node: string; platform: string };
  options: BenchOptions;
  ours: TargetFigures;
  floor: TargetFigures;
  /** Ingest throughput of our server with SQLITE_SYNC=normal (survives a crashed process, not power loss). */
  oursSyncNormal?: NonNullable<TargetFigures['throughput']>;
}

type Row = [measure: string, target: string, ours: number | undefined, floor: number | undefined, digits?: number];

const show = (value: number | undefined, digits = 1) =>
  value === undefined || Number.isNaN(value) ? '–' : value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function loadRows(label: string, ours: LoadFigures, floor: LoadFigures, p99Target: string, loaded: boolean): Row[] {
  const rows: Row[] = [
    [`${label}: latency p50 (ms)`, '', ours.latency.p50, floor.latency.p50],
    [`${label}: latency p95 (ms)`, '', ours.latency.p95, floor.latency.p95],
    [`${label}: latency p99 (ms)`, p99Target, ours.latency.p99, floor.latency.p99],
    [`${label}: latency max (ms)`, '', ours.latency.max, floor.latency.max],
    [`${label}: server CPU (% of a core)`, loaded ? '≤ 1.5× floor' : '', ours.cpuShare * 100, floor.cpuShare * 100],
    [`${label}: server RSS, max (MB)`, loaded ? '≤ 200' : '', ours.probe.maxRssMb, floor.probe.maxRssMb],
    [`${label}: event-loop delay p99 (ms)`, '', ours.probe.loopDelayP99Ms, floor.probe.loopDelayP99Ms],
    [`${label}: event-loop delay max (ms)`, '', ours.probe.loopDelayMaxMs, floor.probe.loopDelayMaxMs],
    [`${label}: updates out (messages/s, all screens)`, '', ours.messagesPerS, floor.messagesPerS, 0],
    [`${label}: events in (events/s)`, '', ours.eventsPerS, floor.eventsPerS, 0],
    [`${label}: gaps + missing deliveries`, '0', ours.gaps + ours.latency.missing, floor.gaps + floor.latency.missing, 0],
    [`${label}: load generator CPU (% of a core)`, '', ours.generatorCpuShare * 100, floor.generatorCpuShare * 100],
  ];
  return rows;
}

function throughputRows(label: string, ours: TargetFigures['throughput'], floor: TargetFigures['throughput'], target: string): Row[] {
  const ev = (r: ThroughputResult | undefined) => r?.eventsPerS;
  return [
    [`${label} batches of 1,000 (events/s)`, target, ev(ours?.batch1000), ev(floor?.batch1000), 0],
    [`${label} batches of 100 (events/s)`, target, ev(ours?.batch100), ev(floor?.batch100), 0],
    [`${label} single-event POSTs/s`, '', ev(ours?.single), ev(floor?.single), 0],
  ];
}

export function markdownTable(result: BenchResult): string {
  const { options: o } = result;
  const rows: Row[] = [
    ...loadRows(`Sparse (${o.sparseScreens} screens, ${o.sparseRate} ev/s singly)`, result.ours.sparse, result.floor.sparse, '≤ 20', false),
    ...loadRows(`Loaded (${o.screens} screens, ${o.rate} ev/s)`, result.ours.loaded, result.floor.loaded, '≤ 150, ≤ 1.5× floor', true),
    ...throughputRows('Durable ingest, SQLITE_SYNC=full:', result.ours.throughput, result.floor.throughput, '≥ 20,000'),
    ...(result.oursSyncNormal ? throughputRows('Ingest, SQLITE_SYNC=normal:', result.oursSyncNormal, result.floor.throughput, '') : []),
  ];
  const lines = [
    '| measure | target | ours | floor | ours / floor |',
    '|---|---|--:|--:|--:|',
    ...rows.map(([measure, target, ours, floor, digits]) => {
      const ratio = ours !== undefined && floor !== undefined && floor > 0 ? `${(ours / floor).toFixed(2)}×` : '–';
      return `| ${measure} | ${target} | ${show(ours, digits)} | ${show(floor, digits)} | ${ratio} |`;
    }),
  ];
  const m = result.machine;
  const footer = `\n${m.cpus} CPUs, Node ${m.node}, ${m.platform}; ${o.seconds} s loaded, ${o.sparseSeconds} s sparse, ${Math.round(o.singleShare * 100)}% of loaded events sent singly; the floor stores nothing, so its ingest rows are an HTTP ceiling, not durable.`;
  return lines.join('\n') + footer;
}
