/**
 * The wall as a live display: a posted appeal reaches the page within a
 * second, citizens' text is shown as text with personal numbers masked, and
 * the page rides out a server restart without a reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Snapshot } from '../../common/protocol';
import { getJson, postEvents, startTestServer, type TestServer } from '../support/server';
import { launchChromium, saveScreenshot, type WallBrowser } from './support/chromium';
import { sampleAppeals } from './support/events';
import { TEST_SCREEN_DIR } from './support/paths';
import { figureOf, waitForFigure, waitForFollowed } from './support/wall';

let server: TestServer;
let browser: WallBrowser;
let page: Page;
let pageErrors: string[];
const dialogs: string[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ screenDir: TEST_SCREEN_DIR }), launchChromium()]);
  ({ page, errors: pageErrors } = await browser.open(`${server.url}/?scene=overview`, { width: 1920, height: 1080 }));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await waitForFigure(page, 'appeals.handled', '4,600');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Waits until the ticker has a line containing `text`. */
function waitForTickerLine(text: string) {
  return page.waitForFunction(
    (want) => [...document.querySelectorAll('[data-ticker-line]')].some((line) => line.textContent?.includes(want)),
    text,
    { polling: 'raf' },
  );
}

const handled = async () => (await getJson<Snapshot>(server, '/api/snapshot')).values['appeals.handled'];

describe('the live wall', () => {
  it('in live mode, neither counts nor marks what a demo feed sends', async () => {
    const demo = await fetch(`${server.url}/api/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.ingestToken}`, 'x-feed-kind': 'demo' },
      body: JSON.stringify({ id: 'demo-1', type: 'appeal.handled', town: '灵川镇', category: '其他' }),
    });
    expect(demo.status).toBeLessThan(300);
    // A live event after it: once the wall has followed it, a demo event it had been sent would show.
    const live = await postEvents(server, { id: 'live-0', type: 'participant.joined' });
    const { seq } = (await live.json()) as { seq: number };
    await waitForFollowed(page, seq);
    expect(await figureOf(page, 'appeals.handled')).toBe('4,600');
    expect(await page.locator('[data-demo-mark]').count()).toBe(0);
  });

  it('shows a posted appeal, in the ticker and in the counter', async () => {
    const before = await handled();
    const summary = '九屋镇村道路灯损坏，已报修';
    const response = await postEvents(server, { id: 'live-1', type: 'appeal.handled', town: '九屋镇', category: '市容市貌', summary });
    expect(response.status).toBeLessThan(300);

    // How fast: `npm run bench:screen`.
    await waitForTickerLine(summary);
    await waitForFigure(page, 'appeals.handled', (before + 1).toLocaleString('en-US'));
  });

  it('shows a summary written as HTML as literal text and runs nothing', async () => {
    const attack = '<img src=x onerror=alert(1)>';
    const imageRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/x') imageRequests.push(request.url());
    });
    await postEvents(server, { id: 'live-xss', type: 'appeal.handled', town: '灵川镇', category: '其他', summary: attack });

    await waitForTickerLine(attack);
    expect(await page.locator('[data-ticker] img').count()).toBe(0);
    // Another line after it: by the time it shows, an image the first had made would have been requested and failed.
    await postEvents(server, { id: 'live-after-xss', type: 'appeal.handled', town: '灵川镇', category: '其他', summary: '路面坑洼已修复' });
    await waitForTickerLine('路面坑洼已修复');
    expect(dialogs).toEqual([]);
    expect(imageRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('masks phone and ID-card numbers in summaries', async () => {
    const summary = '请回电13812345678，身份证450323199001011234';
    await postEvents(server, { id: 'live-mask', type: 'appeal.handled', town: '灵田镇', category: '其他', summary });

    await waitForTickerLine('138****5678');
    const ticker = await page.locator('[data-ticker]').innerText();
    expect(ticker).toContain('450323********1234');
    expect(ticker).not.toContain('13812345678');
    expect(ticker).not.toContain('199001011234');
  });

  it('glows the appeals counter when it passes a hundred, not on the appeals before it', async () => {
    const counter = '[data-metric="appeals.handled"]';
    await page.evaluate((selector) => {
      const glows: number[] = [];
      Object.assign(window, { counterGlows: glows });
      const element = document.querySelector(selector);
      if (!element) throw new Error('no appeals counter');
      new MutationObserver(() => {
        if (element.hasAttribute('data-glow')) glows.push(Number(element.querySelector('[data-figure]')?.textContent?.replace(/\D/g, '')));
      }).observe(element, { attributes: true, attributeFilter: ['data-glow'] });
    }, counter);
    const glowsSoFar = () => page.evaluate(() => (window as unknown as { counterGlows: number[] }).counterGlows.length);

    // Up to the last appeal before the next hundred: the figure moves, nothing glows.
    const start = await handled();
    const nextHundred = Math.floor(start / 100) * 100 + 100;
    const before = sampleAppeals(nextHundred - 1 - start, 'glow-before');
    if (before.length > 0) expect((await postEvents(server, before)).status).toBeLessThan(300);
    await waitForFigure(page, 'appeals.handled', (nextHundred - 1).toLocaleString('en-US'));
    expect(await glowsSoFar()).toBe(0);

    await postEvents(server, sampleAppeals(1, 'glow-milestone'));
    await page.locator(`${counter}[data-glow]`).waitFor();
    expect(await glowsSoFar()).toBe(1);
    // The glow goes out again: a milestone is a moment, not a state.
    await page.locator(`${counter}[data-glow]`).waitFor({ state: 'detached' });
  });

  it('keeps its figures through a server restart, says it is reconnecting, and catches up without a reload', async () => {
    await page.evaluate(() => Object.assign(window, { wallLoadMarker: 'still the same page' }));
    // The counter rolls to each new figure: wait until it has landed on the server's, or the roll would still be moving when read.
    const shownBefore = (await handled()).toLocaleString('en-US');
    await waitForFigure(page, 'appeals.handled', shownBefore);
    const { dataDir, port } = server;

    await server.stop();
    const banner = page.locator('[data-connection-banner]');
    await banner.waitFor({ state: 'visible' });
    expect(await banner.innerText()).toMatch(/正在重新连接.*更新于/);
    expect(await figureOf(page, 'appeals.handled')).toBe(shownBefore);
    await saveScreenshot(page, 'wall-reconnecting');

    server = await startTestServer({ dataDir, screenDir: TEST_SCREEN_DIR, env: { PORT: String(port) } });
    const before = await handled();
    await postEvents(server, {
      id: 'live-after-restart',
      type: 'appeal.handled',
      town: '海洋乡',
      category: '社会治安',
      summary: '重启后的第一条诉求',
    });

    await waitForTickerLine('重启后的第一条诉求');
    await waitForFigure(page, 'appeals.handled', (before + 1).toLocaleString('en-US'));
    await banner.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => (window as unknown as { wallLoadMarker?: string }).wallLoadMarker)).toBe('still the same page');
    expect(pageErrors).toEqual([]);
  });
});
