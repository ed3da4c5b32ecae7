/** The bench's phases against one target: sparse, loaded, then flat-out ingest. */
import { clearRecords, closeScreens, connectScreens } from './benchScreens';
import { bestFlatOut, runPaced, type ThroughputResult } from './load';
import type { ProbeSample } from './probe';
import { createSender } from './sender';
import { latencyOf, type LatencySummary } from './stats';
import { cpuShare, type Target } from './target';

/** The bench's knobs, from its command line. */
export interface BenchOptions {
  screens: number;
  rate: number;
  seconds: number;
  sparseScreens: number;
  sparseRate: number;
  sparseSeconds: number;
  singleShare: number;
  flatOutSeconds: number;
}

/** What one paced phase measured on one target. */
export interface LoadFigures {
  latency: LatencySummary;
  cpuShare: number;
  /** Share of a core the load generator itself used: near 1 means the figures are the generator's limit. */
  generatorCpuShare: number;
  probe: ProbeSample;
  messagesPerS: number;
  eventsPerS: number;
  gaps: number;
  failed: number;
}

/** Every phase's figures for one target. */
export interface TargetFigures {
  sparse: LoadFigures;
  loaded: LoadFigures;
  throughput?: { batch1000: ThroughputResult; batch100: ThroughputResult; single: ThroughputResult };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function measure(
  target: Target,
  screens: Awaited<ReturnType<typeof connectScreens>>,
  rate: number,
  seconds: number,
  singleShare: number,
) {
  const sender = createSender(target.server.url, target.token);
  await runPaced(sender, { rate, seconds: Math.min(2, seconds / 4), singleShare });
  await pause(300);
  clearRecords(screens);
  await target.reset();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const run = await runPaced(sender, { rate, seconds, singleShare });
  await pause(500);
  const probe = await target.sample();
  const generatorCpu = process.cpuUsage(cpuBefore);
  const wallS = (performance.now() - started) / 1000;
  sender.close();
  const messages = screens.reduce((sum, s) => sum + s.seqs.length, 0);
  return {
    latency: latencyOf(run.posts, screens),
    cpuShare: cpuShare(probe),
    generatorCpuShare: (generatorCpu.user + generatorCpu.system) / 1e6 / wallS,
    probe,
    messagesPerS: messages / wallS,
    eventsPerS: run.events / seconds,
    gaps: screens.reduce((sum, s) => sum + s.gaps, 0),
    failed: run.failed,
  };
}

/** The largest acknowledged rates for batches of 1,000 and 100 and for single events, over a few concurrency levels. */
export async function flatOut(target: Target, seconds: number): Promise<NonNullable<TargetFigures['throughput']>> {
  const sender = createSender(target.server.url, target.token, 64);
  const batch1000 = await bestFlatOut(sender, 1000, [1, 2, 4], seconds);
  const batch100 = await bestFlatOut(sender, 100, [1, 4, 8], seconds);
  const single = await bestFlatOut(sender, 1, [4, 16, 64], seconds);
  sender.close();
  return { batch1000, batch100, single };
}

/** Sparse with `sparseScreens`, then loaded with all `screens`, then (if asked) flat-out ingest with no screens. */
export async function runScenario(target: Target, options: BenchOptions, withThroughput: boolean): Promise<TargetFigures> {
  const screens = await connectScreens(target.server.url, options.sparseScreens);
  await pause(300);
  const sparse = await measure(target, screens, options.sparseRate, options.sparseSeconds, 1);
  screens.push(...(await connectScreens(target.server.url, Math.max(0, options.screens - screens.length))));
  await pause(500);
  const loaded = await measure(target, screens, options.rate, options.seconds, options.singleShare);
  closeScreens(screens);
  await pause(300);
  if (!withThroughput) return { sparse, loaded };
  return { sparse, loaded, throughput: await flatOut(target, options.flatOutSeconds) };
}
