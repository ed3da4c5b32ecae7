/**
 * What the soak reads from the wall page over the Chrome DevTools Protocol:
 * the JS heap after a forced GC, DOM nodes, event listeners, and the long
 * tasks the page's own PerformanceObserver saw (minus those the forced GC caused).
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** One sample of the page, taken right after a forced GC. */
export interface SoakSample {
  /** Seconds since the page was opened. */
  atS: number;
  heapMb: number;
  domNodes: number;
  listeners: number;
  /** Seconds the renderer's main thread has spent on tasks since the page opened. */
  taskS: number;
}

/** A task that kept the page's main thread busy over 50 ms. */
export interface LongTask {
  atS: number;
  durationMs: number;
}

interface PageProbe {
  __soakLongTasks: Array<[start: number, duration: number]>;
  __soakGcWindows: Array<[start: number, end: number]>;
}

/** Installs the long-task observer in every page of the context, before any of its scripts run. */
export async function observeLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const probe = window as unknown as PageProbe;
    probe.__soakLongTasks = [];
    probe.__soakGcWindows = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.__soakLongTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** Opens a DevTools session on the page for sampling. */
export async function openSampler(page: Page): Promise<{ sample(): Promise<SoakSample>; longTasks(): Promise<LongTask[]> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const pageNow = () => page.evaluate(() => performance.now());
  return {
    async sample() {
      const before = await pageNow();
      await cdp.send('HeapProfiler.collectGarbage');
      const after = await pageNow();
      await page.evaluate(([start, end]) => (window as unknown as PageProbe).__soakGcWindows.push([start, end]), [before, after] as const);
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
      return {
        atS: after / 1000,
        heapMb: metric('JSHeapUsedSize') / 1024 / 1024,
        domNodes: metric('Nodes'),
        listeners: metric('JSEventListeners'),
        taskS: metric('TaskDuration'),
      };
    },
    async longTasks() {
      // Read raw and filter here: tsx would wrap a helper defined inside the page callback in a `__name` the page lacks.
      const { tasks, gcWindows } = await page.evaluate(() => {
        const probe = window as unknown as PageProbe;
        return { tasks: probe.__soakLongTasks, gcWindows: probe.__soakGcWindows };
      });
      // A task that overlaps a GC the soak forced is the soak's doing, not the wall's.
      const forced = (start: number, end: number) => gcWindows.some(([s, e]) => start < e + 20 && end > s - 20);
      return tasks
        .filter(([start, duration]) => !forced(start, start + duration))
        .map(([start, duration]) => ({ atS: start / 1000, durationMs: duration }));
    },
  };
}

/** Least-squares slope of heap against time, in MB per hour. */
export function heapSlopeMbPerHour(samples: readonly SoakSample[]): number {
  const n = samples.length;
  if (n < 2) return Number.NaN;
  const meanT = samples.reduce((s, x) => s + x.atS, 0) / n;
  const meanH = samples.reduce((s, x) => s + x.heapMb, 0) / n;
  let num = 0;
  let den = 0;
  for (const x of samples) {
    num += (x.atS - meanT) * (x.heapMb - meanH);
    den += (x.atS - meanT) ** 2;
  }
  return den === 0 ? Number.NaN : (num / den) * 3600;
}

/** Share of one core the page's main thread was busy between two samples (forced GCs included, so slightly high). */
export function mainThreadBusy(first: SoakSample | undefined, last: SoakSample | undefined): number {
  if (!first || !last || last.atS <= first.atS) return Number.NaN;
  return (last.taskS - first.taskS) / (last.atS - first.atS);
}
