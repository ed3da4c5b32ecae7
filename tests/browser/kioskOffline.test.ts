/**
 * The kiosk without its server: a visitor sees a plain sentence instead of a
 * browser error, the last figures stay, taps still work, and the kiosk
 * catches up by itself when the server is back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { postEvents, startTestServer, type TestServer } from '../support/server';
import { saveScreenshot } from './support/chromium';
import { TEST_SCREEN_DIR } from './support/paths';
import { launchTouchChromium, type TouchBrowser } from './support/touch';

let server: TestServer;
let browser: TouchBrowser;
let page: Page;
let errors: string[];

const handledFigure = () => page.locator('[data-drill] [data-metric="appeals.handled"] [data-figure]').innerText();

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ screenDir: TEST_SCREEN_DIR }), launchTouchChromium()]);
  ({ page, errors } = await browser.openPanel(`${server.url}/kiosk`, { width: 1080, height: 1920 }));
  await page.locator('[data-attract]').tap({ position: { x: 60, y: 900 } });
  await page.locator('[data-tile="appeals"]').tap();
  await page.waitForFunction(() =>
    document.querySelector('[data-drill] [data-metric="appeals.handled"] [data-figure]')?.textContent?.includes(','),
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the kiosk when the server is gone', () => {
  it('says so in plain words, keeps its figures and stays usable, then catches up by itself', async () => {
    const shown = await handledFigure();
    const { dataDir, port } = server;
    await server.stop();

    const status = page.locator('[data-kiosk-status="offline"]');
    await status.waitFor();
    expect(await status.innerText()).toMatch(/正在自动重连/);
    expect(await handledFigure()).toBe(shown);
    await page.locator('[data-lang-switch] [data-lang="en"]').tap();
    expect(await status.innerText()).toMatch(/reconnecting by itself/);
    await page.locator('[data-back]').tap();
    await page.locator('[data-tile="appeals"]').tap();
    expect(await handledFigure()).toBe(shown);
    await saveScreenshot(page, 'kiosk-portrait-offline-en');

    server = await startTestServer({ dataDir, screenDir: TEST_SCREEN_DIR, env: { PORT: String(port) } });
    await page.locator('[data-kiosk-status="live"]').waitFor();
    await postEvents(server, {
      id: 'kiosk-after-restart',
      type: 'appeal.handled',
      town: '海洋乡',
      category: '社会治安',
      summary: '重启后的诉求',
    });
    // Still in English: the appeal is told by its kind and town, not by the citizen's Chinese words.
    await page.locator('[data-recent-line]', { hasText: 'Haiyang Township' }).filter({ hasText: 'Public security appeal' }).waitFor();
    const next = (Number(shown.replace(/,/g, '')) + 1).toLocaleString('en-US');
    // The counter rolls to its new value, so wait for the roll to land.
    await page.waitForFunction(
      (want) =>
        document.querySelector('[data-drill] [data-metric="appeals.handled"] [data-figure]')?.textContent?.replace(/\s+/g, '') === want,
      next,
    );
    expect(errors).toEqual([]);
  });
});
