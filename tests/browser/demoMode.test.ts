/**
 * Rehearsing on demo data without touching the real figures: with demo
 * events flowing, an admin switches the hall from demo to live at the desk
 * and back; the open wall follows each switch without reloading, marks itself
 * as demo only while it shows demo data, and the live figures never include a
 * demo event at any moment sampled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { copyFileSync, mkdirSync } from 'node:fs';
import type { Snapshot } from '../../common/protocol';
import { addAccount } from '../support/accounts';
import { getJson, postEvents, startTestServer, type TestServer } from '../support/server';
import { launchChromium, saveScreenshot, type WallBrowser } from './support/chromium';
import { deskMessage, signInDesk } from './support/desk';
import { TEST_SCREEN_DIR } from './support/paths';
import { figureOf, waitForFigure, waitForFollowed } from './support/wall';

const PASSWORD = 'lingchuan-demo-2026';
const SHOTS = '/tmp/demo-shots';
let server: TestServer;
let browser: WallBrowser;
let wall: Page;
let desk: Page;
let wallErrors: string[];
/** appeals.handled in the live store: one real appeal over the baseline, whatever the demo feed sends. */
let liveHandled: number;
/** Every appeals.handled `GET /api/snapshot?mode=live` answered while the test ran. */
const liveSamples: number[] = [];
let sampling: ReturnType<typeof setInterval> | undefined;
let feeding: ReturnType<typeof setInterval> | undefined;
let demoSent = 0;

const snapshot = (mode: 'live' | 'demo') => getJson<Snapshot>(server, `/api/snapshot?mode=${mode}`);
const shown = (n: number) => n.toLocaleString('en-US');

/** The demo feed, as `npm start` runs it: a batch every 300 ms, marked as demo. */
function startDemoFeed(): void {
  feeding = setInterval(() => {
    const batch = [1, 2].map(() => ({ id: `demo-${++demoSent}`, type: 'appeal.handled', town: '大圩镇', category: '市容市貌' }));
    void fetch(`${server.url}/api/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.ingestToken}`, 'x-feed-kind': 'demo' },
      body: JSON.stringify(batch),
    }).catch(() => undefined);
  }, 300);
}

async function shot(page: Page, name: string): Promise<void> {
  const path = await saveScreenshot(page, name);
  mkdirSync(SHOTS, { recursive: true });
  copyFileSync(path, `${SHOTS}/${name}.png`);
}

beforeAll(async () => {
  // MOCK on: the hall starts in demo mode and may be switched (the test plays the demo feed itself).
  [server, browser] = await Promise.all([startTestServer({ screenDir: TEST_SCREEN_DIR, env: { MOCK: 'on' } }), launchChromium()]);
  await addAccount(server, 'chief', 'admin', PASSWORD);
  await addAccount(server, 'figures', 'operator', PASSWORD);
  expect((await postEvents(server, { id: 'real-1', type: 'appeal.handled', town: '九屋镇', category: '其他' })).status).toBe(200);
  liveHandled = (await snapshot('live')).values['appeals.handled'];
  sampling = setInterval(() => {
    void snapshot('live')
      .then((s) => liveSamples.push(s.values['appeals.handled']))
      .catch(() => undefined);
  }, 150);
  startDemoFeed();
  ({ page: wall, errors: wallErrors } = await browser.open(`${server.url}/?scene=overview`, { width: 1920, height: 1080 }));
  // Gone if the page reloads: the switch must reach the open wall by its socket.
  await wall.evaluate(() => Object.assign(window, { __sameWallPage: true }));
  ({ page: desk } = await browser.open(`${server.url}/desk`, { width: 1366, height: 768 }));
});

afterAll(async () => {
  clearInterval(feeding);
  clearInterval(sampling);
  await browser?.close();
  await server?.stop();
});

describe('the live/demo switch', () => {
  it('starts a new install on demo data, marked as demo on the wall', async () => {
    await wall.locator('[data-demo-mark]').waitFor({ state: 'visible' });
    // The demo feed's appeals raise the wall's figure above the live one.
    await wall.waitForFunction(
      (live) => Number(document.querySelector('[data-metric="appeals.handled"] [data-figure]')?.textContent?.replace(/\D/g, '')) > live,
      liveHandled,
    );
    await shot(wall, 'demo-mode-wall-demo');
  });

  it('shows an operator what the walls show, with no switch', async () => {
    await signInDesk(desk, 'figures', PASSWORD);
    await desk.locator('[data-mode-shown]', { hasText: '演示数据' }).waitFor();
    expect(await desk.locator('[data-mode-admin-only]').count()).toBe(1);
    expect(await desk.locator('[data-mode-switch]').count()).toBe(0);
  });

  it('lets an admin switch demo → live: the wall drops its mark and shows the live figures at once', async () => {
    await signInDesk(desk, 'chief', PASSWORD);
    await desk.click('[data-mode-switch]');
    const confirm = desk.locator('[data-mode-confirm]');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('立即改为显示实时数据');
    await shot(desk, 'demo-mode-desk-confirm');
    await desk.click('[data-mode-confirm-switch]');
    await deskMessage(desk, 'ok', '各大屏现在显示实时数据');
    await desk.locator('[data-mode-shown]', { hasText: '实时数据' }).waitFor();

    await wall.locator('[data-demo-mark]').waitFor({ state: 'detached' });
    await waitForFigure(wall, 'appeals.handled', shown(liveHandled));
    // Demo batches keep coming: once the wall has followed a live event sent after more of them, none moved it.
    const demoSeq = (await snapshot('demo')).seq;
    await expect.poll(async () => (await snapshot('demo')).seq, { timeout: 30_000 }).toBeGreaterThan(demoSeq + 4);
    const real = await postEvents(server, { id: 'real-2', type: 'participant.joined' });
    await waitForFollowed(wall, ((await real.json()) as { seq: number }).seq);
    expect(await figureOf(wall, 'appeals.handled')).toBe(shown(liveHandled));
    expect(await wall.locator('[data-demo-mark]').count()).toBe(0);
    await shot(wall, 'demo-mode-wall-live');
  });

  it('lets an admin switch live → demo again: the mark and the demo figures come back, on the same page', async () => {
    clearInterval(feeding);
    // The last demo batches sent are all in before the figure to expect is read.
    await expect.poll(async () => (await snapshot('demo')).values['appeals.handled'], { timeout: 30_000 }).toBe(4600 + demoSent);
    const demoHandled = (await snapshot('demo')).values['appeals.handled'];
    expect(demoHandled).toBeGreaterThan(liveHandled);

    await desk.click('[data-mode-switch]');
    await desk.locator('[data-mode-confirm]').waitFor();
    await desk.click('[data-mode-confirm-switch]');
    await deskMessage(desk, 'ok', '各大屏现在显示演示数据');

    await wall.locator('[data-demo-mark]').waitFor({ state: 'visible' });
    await waitForFigure(wall, 'appeals.handled', shown(demoHandled));
    expect(await wall.evaluate(() => (window as unknown as { __sameWallPage?: boolean }).__sameWallPage)).toBe(true);
    expect(wallErrors).toEqual([]);
  });

  it('never had a demo event in the live figures at any moment sampled', () => {
    expect(liveSamples.length).toBeGreaterThan(10);
    expect(new Set(liveSamples)).toEqual(new Set([liveHandled]));
  });
});
