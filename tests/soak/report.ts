/** The soak's result as a Markdown table with the targets. */
import { mainThreadBusy, type LongTask, type SoakSample } from './sampler';

/** Everything one soak run measured, as written to result.json. */
export interface SoakResult {
  at: string;
  minutes: number;
  warmUpS: number;
  viewport: { width: number; height: number };
  feedRate: number;
  eventsAccepted: number;
  heapSlopeMbPerHour: number;
  longestTaskAfterWarmUpMs: number;
  longTasksOver50AfterWarmUp: number;
  pageErrors: string[];
  samples: SoakSample[];
  longTasks: LongTask[];
}

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

/** The table `npm run soak` prints and writes to result.md. */
export function soakTable(result: SoakResult): string {
  const after = result.samples.filter((s) => s.atS >= result.warmUpS);
  const first = after[0];
  const last = after.at(-1);
  const rows: Array<[string, string, string]> = [
    ['JS heap slope after warm-up (MB per hour, after forced GC)', '≤ 1', fixed(result.heapSlopeMbPerHour, 2)],
    ['Longest task after warm-up (ms)', '≤ 50', fixed(result.longestTaskAfterWarmUpMs)],
    ['Long tasks over 50 ms after warm-up', '0', String(result.longTasksOver50AfterWarmUp)],
    ['Renderer main thread busy after warm-up (share of a core)', '< 0.41', fixed(mainThreadBusy(first, last), 3)],
    ['JS heap, first → last sample after warm-up (MB)', '', `${fixed(first?.heapMb ?? Number.NaN)} → ${fixed(last?.heapMb ?? Number.NaN)}`],
    ['DOM nodes, first → last', '', `${first?.domNodes ?? '–'} → ${last?.domNodes ?? '–'}`],
    ['Event listeners, first → last', '', `${first?.listeners ?? '–'} → ${last?.listeners ?? '–'}`],
    ['Events fed (accepted by the server)', '', String(result.eventsAccepted)],
    ['Page errors', '0', String(result.pageErrors.length)],
  ];
  return [
    '| measure | target | measured |',
    '|---|---|--:|',
    ...rows.map(([measure, target, value]) => `| ${measure} | ${target} | ${value} |`),
    '',
    `${result.minutes} min at ${result.viewport.width}x${result.viewport.height}, the demo feed at ${result.feedRate} events/s (10x its default) with the day running 10x; ${result.warmUpS} s of warm-up (a whole playlist cycle, so first-time scene costs are not counted twice); ${result.samples.length} samples.`,
  ].join('\n');
}
