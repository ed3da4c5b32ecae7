/**
 * `npm run soak`: the wall page in headless Chromium, fed by the demo feed at
 * 10x its default rate; samples the JS heap after forced GC, DOM nodes,
 * listeners and long tasks; prints the heap slope per hour and the longest
 * task after warm-up, and writes them to .artifacts/soak/.
 *
 *   npm run soak -- [--minutes 10] [--quick] [--size 1920x1080]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cycleMs } from '../../common/control';
import { parsePlaylist } from '../../server/control/playlist';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { localTimeOfDay } from '../../mock/rhythm';
import { startMockFeed } from '../../mock/feed';
import { readConfig } from '../../server/config';
import { screenBuildIsStale } from '../../server/screenBuild';
import { launchChromium } from '../browser/support/chromium';
import { startTestServer } from '../support/server';
import { soakTable, type SoakResult } from './report';
import { heapSlopeMbPerHour, observeLongTasks, openSampler, type SoakSample } from './sampler';

const root = resolve(import.meta.dirname, '../..');
// Apart from dist/screen, which a running `npm start` may serve; not in a dot-folder, which sendFile refuses.
const screenDir = join(root, 'dist', 'screen-soak');
const SPEEDUP = 10;

function readOptions() {
  const { values } = parseArgs({
    options: { minutes: { type: 'string' }, quick: { type: 'boolean', default: false }, size: { type: 'string' } },
  });
  const quick = values.quick ?? false;
  const minutes = values.minutes === undefined ? (quick ? 1.5 : 10) : Number(values.minutes);
  const [width, height] = (values.size ?? '1920x1080').split('x').map(Number);
  if (!(minutes > 0) || !width || !height) throw new Error('usage: npm run soak -- [--minutes N] [--quick] [--size WxH]');
  // Warm up over one whole playlist cycle, so every scene has loaded once before anything counts.
  const playlist = parsePlaylist(JSON.parse(readFileSync(join(root, 'assets', 'playlist.json'), 'utf8')));
  const warmUpS = Math.min(cycleMs(playlist) / 1000, Math.round(minutes * 60 * 0.4));
  return { minutes, width, height, warmUpS, sampleEveryS: quick ? 5 : 10 };
}

async function ensureScreenBuilt(): Promise<void> {
  const sources = ['screen', 'common', 'assets', 'vite.config.ts'].map((p) => join(root, p));
  if (!screenBuildIsStale(join(screenDir, 'index.html'), sources)) return;
  console.log('[soak] building the screen…');
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: screenDir, emptyOutDir: true } });
}

async function main(): Promise<void> {
  const options = readOptions();
  await ensureScreenBuilt();
  const server = await startTestServer({ screenDir, env: { INGEST_RATE_LIMIT: '100000' } });
  const feedRate = readConfig({}).mockRate * SPEEDUP;
  const feed = startMockFeed({
    url: server.url,
    token: server.ingestToken,
    rate: feedRate,
    speed: SPEEDUP,
    seed: 42,
    startAt: localTimeOfDay(Date.now(), 9),
  });
  const browser = await launchChromium();
  try {
    await observeLongTasks(browser.context);
    const { page, errors } = await browser.open(server.url, { width: options.width, height: options.height });
    const sampler = await openSampler(page);
    const samples: SoakSample[] = [];
    const endAt = Date.now() + options.minutes * 60_000;
    console.log(
      `[soak] ${options.minutes} min at ${options.width}x${options.height}, feed ${feedRate} events/s, sampling every ${options.sampleEveryS} s`,
    );
    while (Date.now() < endAt) {
      await new Promise((r) => setTimeout(r, Math.min(options.sampleEveryS * 1000, Math.max(0, endAt - Date.now()))));
      const sample = await sampler.sample();
      samples.push(sample);
      console.log(
        `[soak] ${sample.atS.toFixed(0)} s: heap ${sample.heapMb.toFixed(2)} MB, ${sample.domNodes} nodes, ${sample.listeners} listeners`,
      );
    }
    const longTasks = await sampler.longTasks();
    const afterWarmUp = longTasks.filter((t) => t.atS >= options.warmUpS);
    const result: SoakResult = {
      at: new Date().toISOString(),
      minutes: options.minutes,
      warmUpS: options.warmUpS,
      viewport: { width: options.width, height: options.height },
      feedRate,
      eventsAccepted: feed.stats().accepted,
      heapSlopeMbPerHour: heapSlopeMbPerHour(samples.filter((s) => s.atS >= options.warmUpS)),
      longestTaskAfterWarmUpMs: afterWarmUp.reduce((max, t) => Math.max(max, t.durationMs), 0),
      longTasksOver50AfterWarmUp: afterWarmUp.filter((t) => t.durationMs > 50).length,
      pageErrors: errors,
      samples,
      longTasks,
    };
    const table = soakTable(result);
    const outDir = join(root, '.artifacts', 'soak');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'result.json'), JSON.stringify(result, null, 2));
    writeFileSync(join(outDir, 'result.md'), `# Soak, ${result.at}\n\n${table}\n`);
    console.log(`\n${table}\n\nWritten to ${join(outDir, 'result.json')} and result.md`);
  } finally {
    await feed.stop();
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
