/**
 * The kiosk laid out for the glass it is on: portrait and landscape panels,
 * every view usable by a finger (no target under 64 px) and nothing that
 * scrolls sideways. Screenshots of every view go to .artifacts/screenshots.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server';
import { saveScreenshot, type Viewport, waitForStillness } from './support/chromium';
import { TEST_SCREEN_DIR } from './support/paths';
import { launchTouchChromium, scrollsSideways, smallTapTargets, type TouchBrowser } from './support/touch';

let server: TestServer;
let browser: TouchBrowser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ screenDir: TEST_SCREEN_DIR }), launchTouchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Checks the view on screen and saves its picture. */
async function checkView(page: Page, name: string): Promise<void> {
  // Transitions over, so the boxes measured are the ones a visitor sees.
  await waitForStillness(page);
  expect(await smallTapTargets(page), `${name}: tap targets under 64 px`).toEqual([]);
  expect(await scrollsSideways(page), `${name}: sideways scroll`).toBe(false);
  await saveScreenshot(page, `kiosk-${name}`);
}

const PANELS: Array<[string, Viewport]> = [
  ['portrait', { width: 1080, height: 1920 }],
  ['landscape', { width: 1920, height: 1080 }],
];

describe.each(PANELS)('the kiosk on a %s panel', (orientation, viewport) => {
  it('fits every view to the glass, with finger-sized targets and no sideways scroll', async () => {
    const { page, errors } = await browser.openPanel(`${server.url}/kiosk`, viewport);
    await page.locator('[data-attract] [data-metric="appeals.handled"] [data-figure]').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-attract] [data-figure]')?.textContent?.includes(','));
    await checkView(page, `${orientation}-attract`);

    await page.locator('[data-attract]').tap({ position: { x: 60, y: viewport.height / 2 } });
    await page.locator('[data-kiosk-home]').waitFor();
    await checkView(page, `${orientation}-home`);

    for (const group of ['appeals', 'volunteers', 'land', 'orgs']) {
      await page.locator(`[data-tile="${group}"]`).tap();
      await page.locator(`[data-drill="${group}"]`).waitFor();
      await checkView(page, `${orientation}-drill-${group}`);
      await page.locator('[data-back]').tap();
      await page.locator('[data-kiosk-home]').waitFor();
    }

    await page.locator('[data-lang-switch] [data-lang="en"]').tap();
    await checkView(page, `${orientation}-home-en`);
    await page.locator('[data-tile="land"]').tap();
    await page.locator('[data-drill="land"]').waitFor();
    await checkView(page, `${orientation}-drill-land-en`);
    expect(errors).toEqual([]);
    await page.context().close();
    // Ten views, each given time to settle: longer than the default when two browser files share a small machine.
  });
});
