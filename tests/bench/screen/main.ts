/**
 * `npm run bench:screen`: how fast the walls show what happens, in real
 * Chromium against the server in its own process. Prints each figure beside
 * the product's target and writes the table and a JSON result to
 * .artifacts/bench-screen/. These are the timings the browser tests used to
 * assert; the tests now prove only that the behaviour happens.
 *
 *   npm run bench:screen -- [--runs 10] [--screens 200]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import type { SceneId } from '../../../common/control';
import type { Snapshot } from '../../../common/protocol';
import { buildScreen, screenBuildIsStale } from '../../../server/screenBuild';
import { launchChromium, type WallBrowser } from '../../browser/support/chromium';
import { addPresenterTo, signInConsole } from '../../browser/support/control';
import { CHILD_INGEST_TOKEN, startChildServer, type ChildServer } from '../../support/childServer';
import { postPairing } from '../../support/pairing';
import { getJson, postEvents, tempDataDir } from '../../support/server';
import { TICKER_PACE } from '../../../screen/components/ticker/tickerQueue';
import { markdownTable, summarise, type Measured } from './figures';
import { firstFigureMs, recordWallTimings, sceneShownAt, textShownAt } from './pageTimings';
import { restartRecoveryMs } from './restart';

const root = resolve(import.meta.dirname, '../../..');
const CONTROL_TOKEN = 'bench-control-token-0123456789';
const SCENES: SceneId[] = ['regional', 'smart', 'overview', 'brand'];
const TICKER_INTERVAL_MS = TICKER_PACE.intervalMs;

function readOptions() {
  const { values } = parseArgs({ options: { runs: { type: 'string' }, screens: { type: 'string' } } });
  const runs = Number(values.runs ?? 10);
  const screens = Number(values.screens ?? 200);
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(screens) || screens < 1) {
    throw new Error('usage: npm run bench:screen -- [--runs N] [--screens N]');
  }
  return { runs, screens };
}

async function ensureScreenBuilt(): Promise<void> {
  const sources = ['screen', 'common', 'assets', 'vite.config.ts'].map((p) => join(root, p));
  if (!screenBuildIsStale(join(root, 'dist', 'screen', 'index.html'), sources)) return;
  console.log('[bench:screen] building the screen…');
  await buildScreen(root);
}

/** Navigation to the first live figure, on fresh pages of one browser (the scripts cached after the first). */
async function firstFigure(browser: WallBrowser, url: string, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const { page } = await browser.open(`${url}/?scene=overview`, { width: 1920, height: 1080 });
    samples.push(await firstFigureMs(page));
    await page.close();
  }
  return samples;
}

/** From sending a command until both walls of the group show its scene. */
async function commandToWalls(walls: Page[], runs: number, send: (scene: SceneId) => Promise<void>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    // Always a scene the walls are not on, so that each command is seen to change something.
    const current = await walls[0]!.locator('[data-scene-id]').getAttribute('data-scene-id');
    const scene = SCENES.filter((s) => s !== current)[i % (SCENES.length - 1)]!;
    const sentAt = Date.now();
    await send(scene);
    const shown = await Promise.all(walls.map((page) => sceneShownAt(page, scene, sentAt)));
    samples.push(Math.max(...shown) - sentAt);
    // Let the crossfade end, as it would before a presenter's next tap.
    await walls[0]!.waitForTimeout(1500);
  }
  return samples;
}

async function sendCommand(server: ChildServer, body: unknown): Promise<void> {
  const response = await fetch(`${server.url}/api/control`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${CONTROL_TOKEN}` },
    body: JSON.stringify(body),
  });
  if (response.status !== 200) throw new Error(`POST /api/control answered ${response.status}`);
}

/** From posting an appeal until the wall's ticker shows it, and until its counter lands on the new figure. */
async function appealToWall(page: Page, server: ChildServer, runs: number): Promise<{ ticker: number[]; counter: number[] }> {
  const ingest = { url: server.url, ingestToken: CHILD_INGEST_TOKEN };
  const ticker: number[] = [];
  const counter: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const before = (await getJson<Snapshot>(server, '/api/snapshot')).values['appeals.handled'];
    const summary = `基准测试诉求第${i + 1}条`;
    const postedAt = Date.now();
    const tickerAt = textShownAt(page, '[data-ticker-line]', summary);
    const counterAt = textShownAt(page, '[data-metric="appeals.handled"] [data-figure]', (before + 1).toLocaleString('en-US'));
    const response = await postEvents(ingest, {
      id: `bench-appeal-${i}`,
      type: 'appeal.handled',
      town: '灵川镇',
      category: '市容市貌',
      summary,
    });
    if (response.status !== 200) throw new Error(`POST /api/events answered ${response.status}`);
    ticker.push((await tickerAt) - postedAt);
    counter.push((await counterAt) - postedAt);
    // The ticker lets in one line every 2.5 s however busy the feed (calm motion): appeals spaced wider than that
    // measure how soon a quiet wall shows news, not how long a line queues behind the one before.
    await page.waitForTimeout(TICKER_INTERVAL_MS + 500);
  }
  return { ticker, counter };
}

async function main(): Promise<void> {
  const { runs, screens } = readOptions();
  await ensureScreenBuilt();
  const loadBefore = loadavg()[0] ?? 0;
  const dataDir = tempDataDir();
  await addPresenterTo(dataDir);
  const server = await startChildServer({ env: { DATA_DIR: dataDir, SCREEN: 'on', CONTROL_TOKEN }, timeoutMs: 60_000 });
  const browser = await launchChromium();
  const measured: Measured[] = [];
  try {
    await recordWallTimings(browser.context);
    console.log('[bench:screen] first live figure…');
    measured.push({
      measure: 'navigation → first live figure, 1920x1080',
      targetMs: 500,
      samplesMs: await firstFigure(browser, server.url, runs),
    });

    console.log('[bench:screen] presenter commands…');
    const walls: Page[] = [];
    for (const name of ['a', 'b'])
      walls.push((await browser.open(`${server.url}/?screen=${name}&group=bench`, { width: 960, height: 540 })).page);
    await Promise.all(walls.map((page) => page.locator('[data-stage-scene]').first().waitFor()));
    // Paired, as the hall's walls are, so that the console lists their group.
    for (const [i, page] of walls.entries()) {
      const code = await page.locator('[data-pairing-code]').getAttribute('data-pairing-code');
      const paired = await postPairing({ url: server.url, controlToken: CONTROL_TOKEN }, { code, name: `bench-${i}`, group: 'bench' });
      if (paired.status !== 200) throw new Error(`pairing answered ${paired.status}`);
      await page.locator('[data-pairing-code]').waitFor({ state: 'detached' });
    }
    await sendCommand(server, { target: { group: 'bench' }, action: 'hold' });
    const overHttp = await commandToWalls(walls, runs, (scene) =>
      sendCommand(server, { target: { group: 'bench' }, action: 'goto', scene }),
    );
    measured.push({ measure: 'command (HTTP) → both walls of the group on its scene', targetMs: 1000, samplesMs: overHttp });

    const { page: consolePage } = await browser.open(`${server.url}/console`, { width: 1024, height: 768 });
    await signInConsole(consolePage);
    await consolePage.locator('[data-target-group="bench"]').click();
    const byTap = await commandToWalls(walls, runs, (scene) => consolePage.locator(`[data-scene-button="${scene}"]`).click());
    measured.push({ measure: 'console tap → both walls of the group on its scene', targetMs: 1000, samplesMs: byTap });
    await consolePage.close();
    for (const page of walls) await page.close();

    console.log('[bench:screen] appeals reaching the wall…');
    const { page: wall } = await browser.open(`${server.url}/?scene=overview`, { width: 1920, height: 1080 });
    await wall.locator('[data-ticker]').waitFor();
    const appeals = await appealToWall(wall, server, runs);
    measured.push({ measure: 'appeal posted → in the ticker', targetMs: 1000, samplesMs: appeals.ticker });
    measured.push({ measure: 'appeal posted → counter landed on the new figure', targetMs: 1000, samplesMs: appeals.counter });
  } finally {
    await browser.close();
    await server.kill('SIGKILL');
  }

  console.log(`[bench:screen] kill -9 and restart with ${screens} screens…`);
  const recoveries: number[] = [];
  for (let i = 0; i < Math.min(3, runs); i += 1) recoveries.push(await restartRecoveryMs(screens));
  measured.push({ measure: `kill -9, restart → all ${screens} screens right again`, targetMs: 10_000, samplesMs: recoveries });

  const summaries = measured.map(summarise);
  const machine = { cpus: cpus().length, node: process.version, loadAverageBefore: loadBefore, loadAverageAfter: loadavg()[0] ?? 0 };
  const table = markdownTable(summaries);
  const outDir = join(root, '.artifacts', 'bench-screen');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'result.json'), JSON.stringify({ at: new Date().toISOString(), machine, runs, measured, summaries }, null, 2));
  writeFileSync(join(outDir, 'result.md'), `${table}\n`);
  console.log(
    `\n${table}\n\n${machine.cpus} cores, Node ${machine.node}, load average ${loadBefore.toFixed(2)} before, ${machine.loadAverageAfter.toFixed(2)} after`,
  );
  console.log(`written to ${outDir}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
