/**
 * The touch kiosk in real Chromium with touch input: a tap wakes it and
 * drills into a group, live events reach the open view, the language switch
 * changes every label but no figure, and it returns to its attract loop when
 * left alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Snapshot } from '../../common/protocol';
import { properNounHan } from '../../screen/i18n/kiosk/catalog';
import { postPairing } from '../support/pairing';
import { getJson, postEvents, startTestServer, type TestServer } from '../support/server';
import { saveScreenshot } from './support/chromium';
import { TEST_SCREEN_DIR } from './support/paths';
import { EVENTUALLY_MS } from './support/timing';
import { launchTouchChromium, unmarkedHan, type TouchBrowser } from './support/touch';

let server: TestServer;
let browser: TouchBrowser;
let page: Page;
let errors: string[];

const LANDSCAPE = { width: 1920, height: 1080 };
const drillFigure = (metric: string) => page.locator(`[data-drill] [data-metric="${metric}"] [data-figure]`);

async function waitForText(selector: string, text: string, timeout = EVENTUALLY_MS): Promise<void> {
  await page.waitForFunction(
    ([sel, want]) => document.querySelector(sel)?.textContent?.replace(/\s+/g, '') === want,
    [selector, text] as const,
    { timeout, polling: 'raf' },
  );
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ screenDir: TEST_SCREEN_DIR }), launchTouchChromium()]);
  ({ page, errors } = await browser.openPanel(`${server.url}/kiosk?screen=kiosk-test`, LANDSCAPE));
  await page.locator('[data-attract]').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the touch kiosk', () => {
  it('loops the live figures while idle, and is counted by the server as a kiosk', async () => {
    await waitForText('[data-attract] [data-metric="appeals.handled"] [data-figure]', '4,600');
    // The loop speaks both languages in turn, Chinese first.
    expect(await page.locator('[data-attract]').getAttribute('data-attract-lang')).toBe('zh');
    expect(await page.locator('[data-attract-cta]').innerText()).toBe('触摸屏幕 探索更多');
    await saveScreenshot(page, 'kiosk-landscape-attract');

    // Paired by the code it shows, it is listed as the hall named it, as a kiosk.
    const code = await page.locator('[data-pairing-code]').getAttribute('data-pairing-code');
    expect((await postPairing(server, { code, name: 'kiosk-test', group: 'lobby' })).status).toBe(200);
    await page.locator('[data-pairing-code]').waitFor({ state: 'detached' });
    const screens = await fetch(`${server.url}/api/screens`, { headers: { authorization: `Bearer ${server.controlToken}` } });
    const body = JSON.stringify(await screens.json());
    expect(body).toContain('kiosk-test');
    expect(body).toContain('"kind":"kiosk"');
  });

  it('wakes on a tap and drills into appeals with the breakdown by town', async () => {
    await page.locator('[data-attract]').tap({ position: { x: 200, y: 600 } });
    await page.locator('[data-kiosk-home]').waitFor();
    expect(await page.locator('[data-tile]').count()).toBe(4);
    // A tap wakes it in the language on screen, which the loop alternates; this test reads Chinese.
    await page.locator('[data-lang-switch] [data-lang="zh"]').tap();
    await saveScreenshot(page, 'kiosk-landscape-home');

    await page.locator('[data-tile="appeals"]').tap();
    await page.locator('[data-drill="appeals"]').waitFor();
    expect(await drillFigure('appeals.handled').innerText()).toBe('4,600');
    const rows = page.locator('[data-breakdown="appeals-by-town"] [data-breakdown-row]');
    expect(await rows.count()).toBe(12);
    expect(await rows.first().innerText()).toMatch(/灵川镇\s*1,180 件/);
    expect(await page.locator('[data-breakdown="appeals-by-category"] [data-breakdown-row]').count()).toBe(4);
    expect(await page.locator('[data-drill] [data-metric="appeals.resolved"]').innerText()).toContain('示例');
    await saveScreenshot(page, 'kiosk-landscape-drill');
  });

  it('shows an ingested appeal in the open view: counter, town bar, latest appeals and its own trend', async () => {
    const before = (await getJson<Snapshot>(server, '/api/snapshot')).values['appeals.handled'];
    const summary = '<b>九屋镇</b>村道路灯损坏，已报修';
    const response = await postEvents(server, { id: 'kiosk-1', type: 'appeal.handled', town: '九屋镇', category: '市容市貌', summary });
    expect(response.status).toBeLessThan(300);

    await waitForText('[data-drill] [data-metric="appeals.handled"] [data-figure]', (before + 1).toLocaleString('en-US'));
    await waitForText('[data-breakdown-row="九屋镇"] .breakdown__value', '211件');
    await page.locator('[data-recent-line]', { hasText: summary }).waitFor();
    expect(await page.locator('[data-kiosk-recent] b').count()).toBe(0);
    expect(Number(await page.locator('[data-trend]').getAttribute('data-trend-points'))).toBeGreaterThanOrEqual(2);

    // Its town opens on a tap: the town's own count, its rank, and the appeal just made there.
    await page.locator('[data-breakdown-row="九屋镇"]').tap();
    const town = page.locator('[data-town="九屋镇"]');
    await town.waitFor();
    expect(await town.locator('h2').innerText()).toBe('九屋镇');
    expect(await town.locator('[data-metric] [data-figure]').innerText()).toBe('211');
    expect(await town.locator('[data-town-rank]').innerText()).toMatch(/第 10 \/ 12/);
    expect(await town.locator('[data-town-appeals] [data-town-line]', { hasText: summary }).count()).toBe(1);
    await saveScreenshot(page, 'kiosk-landscape-town');
    await page.locator('[data-back]').tap();
    await page.locator('[data-drill="appeals"]').waitFor();
  });

  it('switches every label to English and back, the figures unchanged', async () => {
    const figure = await drillFigure('appeals.handled').innerText();
    await page.locator('[data-lang-switch] [data-lang="en"]').tap();
    await page.waitForFunction(() => document.querySelector('[data-drill] h2')?.textContent === 'Citizen appeals');
    expect(await drillFigure('appeals.handled').innerText()).toBe(figure);
    expect(await page.locator('[data-drill] [data-metric="appeals.handled"]').innerText()).toContain('Appeals handled');
    expect(await page.locator('[data-breakdown-row="灵川镇"]').innerText()).toMatch(/Lingchuan Town\s*1,180 cases/);
    expect(await page.locator('[data-back]').innerText()).toContain('Back');
    // The citizen's Chinese words give way to what the appeal was about, in English.
    await page.locator('[data-recent-line]', { hasText: 'City appearance appeal' }).first().waitFor();
    expect(await unmarkedHan(page, properNounHan())).toEqual([]);
    await saveScreenshot(page, 'kiosk-landscape-drill-en');

    await page.locator('[data-back]').tap();
    await page.locator('[data-kiosk-home]').waitFor();
    expect(await page.locator('[data-tile="land"]').innerText()).toContain('Land acquisition');
    await page.locator('[data-lang-switch] [data-lang="zh"]').tap();
    expect(await page.locator('[data-tile="land"]').innerText()).toContain('项目征地');
  });

  it('blocks the context menu, pinch zoom and text selection', async () => {
    const prevented = await page.evaluate(() => {
      const event = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
      document.querySelector('[data-tile]')?.dispatchEvent(event);
      return event.defaultPrevented;
    });
    expect(prevented).toBe(true);
    const pinch = await page.evaluate(() => {
      const target = document.querySelector('[data-kiosk]')!;
      const touch = (identifier: number, x: number) => new Touch({ identifier, target, clientX: x, clientY: 500 });
      const move = (touches: Touch[]) => {
        const event = new TouchEvent('touchmove', { bubbles: true, cancelable: true, touches, changedTouches: touches });
        target.dispatchEvent(event);
        return event.defaultPrevented;
      };
      return { twoFingers: move([touch(1, 400), touch(2, 900)]), oneFinger: move([touch(1, 400)]) };
    });
    // Two fingers would zoom and are stopped; one finger must still scroll a long view.
    expect(pinch).toEqual({ twoFingers: true, oneFinger: false });
    expect(await page.locator('[data-kiosk]').evaluate((el) => getComputedStyle(el).userSelect)).toBe('none');
    expect(await page.locator('[data-kiosk]').evaluate((el) => getComputedStyle(el).touchAction)).toBe('manipulation');
    expect(errors).toEqual([]);
  });

  it('returns to its attract loop, in Chinese, after the idle timeout; a touch postpones it', async () => {
    // Ten minutes idle, on a clock the test moves: a slow machine can neither fire it early nor late.
    const idle = await browser.openPanel(`${server.url}/kiosk?idle=600`, LANDSCAPE, { fakeClock: true });
    const kiosk = idle.page.locator('[data-kiosk]');
    await idle.page.locator('[data-attract] [data-lang="en"]').tap();
    await idle.page.locator('[data-kiosk-home]').waitFor();
    expect(await kiosk.getAttribute('lang')).toBe('en');

    await idle.page.clock.fastForward('09:00');
    await idle.page.locator('[data-tile="orgs"]').tap();
    // Eighteen minutes since the first touch, nine since the last: still in use.
    await idle.page.clock.fastForward('09:00');
    expect(await kiosk.getAttribute('data-kiosk-view')).toBe('group');

    await idle.page.clock.fastForward('02:00');
    await idle.page.locator('[data-attract]').waitFor();
    expect(await kiosk.getAttribute('lang')).toBe('zh-CN');
    await idle.page.locator('[data-attract]').tap({ position: { x: 100, y: 500 } });
    await idle.page.locator('[data-kiosk-home]').waitFor();
    expect(await idle.page.locator('[data-tile="orgs"]').innerText()).toContain('组织覆盖');
    expect(idle.errors).toEqual([]);
    await idle.page.context().close();
  });
});
