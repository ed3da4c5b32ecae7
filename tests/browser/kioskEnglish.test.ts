/**
 * The kiosk in English on portrait and landscape glass, in real Chromium with
 * touch input: every view a visitor can reach (the attract loop's English
 * slides, home, each group, a town, a company card, the idle warning) shows no
 * Chinese but the proper nouns the catalog marks, and nothing cut off or off
 * the glass. Screenshots go to .artifacts/screenshots/kiosk-en-*.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { properNounHan } from '../../screen/i18n/kiosk/catalog';
import { postPairing } from '../support/pairing';
import { postEvents, startTestServer, type TestServer } from '../support/server';
import { saveScreenshot, type Viewport, waitForStillness } from './support/chromium';
import { sampleAppeals } from './support/events';
import { TEST_SCREEN_DIR } from './support/paths';
import { cutOff, launchTouchChromium, smallTapTargets, unmarkedHan, type TouchBrowser } from './support/touch';

let server: TestServer;
let browser: TouchBrowser;
const ALLOWED = properNounHan();

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ screenDir: TEST_SCREEN_DIR }), launchTouchChromium()]);
  // Citizens write in Chinese: the English views must say what the appeals were without showing their words.
  expect((await postEvents(server, sampleAppeals(12, 'en-view'))).status).toBeLessThan(300);
  const wish = { id: 'en-wish', type: 'wish.fulfilled', town: '九屋镇' };
  expect((await postEvents(server, wish)).status).toBeLessThan(300);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Checks an English view as a visitor sees it, and saves its picture. */
async function checkEnglish(page: Page, name: string): Promise<void> {
  await waitForStillness(page);
  expect(await unmarkedHan(page, ALLOWED), `${name}: Chinese in the English view`).toEqual([]);
  expect(await cutOff(page), `${name}: cut off`).toEqual([]);
  expect(await smallTapTargets(page), `${name}: tap targets under 64 px`).toEqual([]);
  await saveScreenshot(page, `kiosk-en-${name}`);
}

const PANELS: Array<[string, Viewport]> = [
  ['portrait', { width: 1080, height: 1920 }],
  ['landscape', { width: 1920, height: 1080 }],
];

describe.each(PANELS)('the kiosk in English on a %s panel', (orientation, viewport) => {
  it('shows every view in English, whole, and warns before going idle', async () => {
    const { page, errors } = await browser.openPanel(`${server.url}/kiosk?idle=600`, viewport, { fakeClock: true });
    const kiosk = page.locator('[data-kiosk]');
    // Paired, as in the hall: an unpaired kiosk shows its pairing code to the presenter instead.
    const code = await page.locator('[data-pairing-code]').getAttribute('data-pairing-code');
    expect((await postPairing(server, { code, name: `kiosk-en-${orientation}`, group: 'lobby' })).status).toBe(200);
    await page.locator('[data-pairing-code]').waitFor({ state: 'detached' });

    await page.clock.fastForward('00:08');
    await page.locator('[data-attract-lang="en"]').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-attract] [data-figure]')?.textContent?.includes(','));
    await checkEnglish(page, `${orientation}-attract`);

    await page.locator('[data-attract] [data-lang="en"]').tap();
    await page.locator('[data-kiosk-home]').waitFor();
    expect(await kiosk.getAttribute('lang')).toBe('en');
    await checkEnglish(page, `${orientation}-home`);

    for (const group of ['appeals', 'volunteers', 'land', 'orgs']) {
      await page.locator(`[data-tile="${group}"]`).tap();
      await page.locator(`[data-drill="${group}"]`).waitFor();
      await checkEnglish(page, `${orientation}-drill-${group}`);
      await page.locator('[data-back]').tap();
      await page.locator('[data-kiosk-home]').waitFor();
    }

    // A town row opens the town, with its own figures and its appeals from the feed.
    await page.locator('[data-tile="appeals"]').tap();
    await page.locator('[data-breakdown-row="九屋镇"]').tap();
    const town = page.locator('[data-town="九屋镇"]');
    await town.waitFor();
    expect(await town.locator('h2').innerText()).toBe('Jiuwu Town');
    expect(await town.locator('[data-metric] [data-figure]').innerText()).toMatch(/^\d{3}$/);
    expect(await town.locator('[data-town-rank]').innerText()).toMatch(/\d+ of 12/);
    expect(await town.locator('[data-town-wishes] [data-town-line]').count()).toBeGreaterThanOrEqual(1);
    await checkEnglish(page, `${orientation}-town`);
    await page.locator('[data-back]').tap();
    await page.locator('[data-drill="appeals"]').waitFor();
    await page.locator('[data-back]').tap();

    // A company chip opens a short card, romanised, saying what the report leaves out.
    await page.locator('[data-tile="land"]').tap();
    await page.locator('[data-names="named-projects"] [data-name="桂康物流"]').tap();
    const card = page.locator('[data-company-card="桂康物流"]');
    await card.waitFor();
    expect(await card.innerText()).toMatch(/Guikang Logistics[\s\S]*Not in the report/);
    await checkEnglish(page, `${orientation}-company`);
    await page.locator('[data-card-close]').tap();
    await card.waitFor({ state: 'detached' });

    // Ten minutes idle: the warning counts down over the last ten seconds, and a touch keeps the visitor where they were.
    // The clock is held still while the warning is checked, so a slow machine cannot run the countdown out meanwhile.
    const lastTouch = await page.evaluate(() => Date.now());
    await page.clock.pauseAt(lastTouch + 595_000);
    const warning = page.locator('[data-idle-warning]');
    await warning.waitFor();
    expect(await warning.innerText()).toMatch(/Still there\?[\s\S]*Returning to the start in \d+ s/);
    const secondsLeft = async () => Number(await warning.locator('[data-idle-seconds]').getAttribute('data-idle-seconds'));
    const before = await secondsLeft();
    expect(before).toBeGreaterThan(2);
    expect(before).toBeLessThanOrEqual(10);
    await page.clock.runFor(2000);
    await page.waitForFunction(
      (want) => document.querySelector('[data-idle-seconds]')?.getAttribute('data-idle-seconds') === String(want),
      before - 2,
    );
    await checkEnglish(page, `${orientation}-idle-warning`);
    // A finger on the button: the warning goes, and the same touch opens nothing that lay beneath it.
    const stay = (await warning.locator('[data-idle-stay]').boundingBox())!;
    await page.touchscreen.tap(stay.x + stay.width / 2, stay.y + stay.height / 2);
    await warning.waitFor({ state: 'detached' });
    expect(await page.locator('[data-company-card]').count()).toBe(0);
    expect(await kiosk.getAttribute('data-kiosk-view')).toBe('group');
    expect(await page.locator('[data-drill="land"]').count()).toBe(1);
    await page.clock.resume();

    await page.clock.fastForward('10:01');
    await page.locator('[data-attract]').waitFor();
    expect(await kiosk.getAttribute('lang')).toBe('zh-CN');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
