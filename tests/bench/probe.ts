/**
 * Preloaded into a measured server (`node --import tsx --import probe.ts …`):
 * answers the bench over the IPC channel with the process's own CPU time,
 * memory and event-loop delay. The server's code and API know nothing of it.
 *
 * Messages in: `{probe: 'reset'}`, `{probe: 'sample'}`. Out: a ProbeSample.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

/** What the probe reports, since the last reset. */
export interface ProbeSample {
  probe: 'sample';
  wallMs: number;
  cpuUserMs: number;
  cpuSystemMs: number;
  rssMb: number;
  maxRssMb: number;
  heapUsedMb: number;
  loopDelayP50Ms: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
}

if (process.send) {
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  let since = { at: performance.now(), cpu: process.cpuUsage() };
  let maxRss = process.memoryUsage.rss();
  const mb = (bytes: number) => bytes / 1024 / 1024;
  setInterval(() => (maxRss = Math.max(maxRss, process.memoryUsage.rss())), 200).unref();

  process.on('message', (message: { probe?: string }) => {
    if (message.probe === 'reset') {
      loop.reset();
      since = { at: performance.now(), cpu: process.cpuUsage() };
      maxRss = process.memoryUsage.rss();
    }
    const cpu = process.cpuUsage(since.cpu);
    const rss = process.memoryUsage.rss();
    maxRss = Math.max(maxRss, rss);
    const sample: ProbeSample = {
      probe: 'sample',
      wallMs: performance.now() - since.at,
      cpuUserMs: cpu.user / 1000,
      cpuSystemMs: cpu.system / 1000,
      rssMb: mb(rss),
      maxRssMb: mb(maxRss),
      heapUsedMb: mb(process.memoryUsage().heapUsed),
      loopDelayP50Ms: loop.percentile(50) / 1e6,
      loopDelayP99Ms: loop.percentile(99) / 1e6,
      loopDelayMaxMs: loop.max / 1e6,
    };
    process.send?.(sample);
  });
  // Without this the open IPC channel alone would keep a stopped server alive.
  process.channel?.unref();
}
