/**
 * The presenter console on a tablet: it asks for the control token (and
 * says so clearly when it is wrong), lists the connected walls, and drives
 * two wall pages of one group by taps on its buttons.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server';
import { launchChromium, saveScreenshot, type WallBrowser } from './support/chromium';
import { sceneOf, waitForOpaque, waitForScene } from './support/control';
import { TEST_SCREEN_DIR } from './support/paths';

let server: TestServer;
let browser: WallBrowser;
let consolePage: Page;
let walls: Page[];
/** A page opened as a wall that nobody pairs: it shows the figures but is no one's target. */
let stranger: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ screenDir: TEST_SCREEN_DIR }), launchChromium()]);
  walls = [];
  for (const name of ['a', 'b'])
    walls.push((await browser.open(`${server.url}/?screen=${name}&group=main`, { width: 960, height: 540 })).page);
  // Whatever scene the default playlist is on; the console's list shows them once they are paired.
  await Promise.all(walls.map((page) => page.locator('[data-stage-scene]').first().waitFor()));
  ({ page: stranger } = await browser.open(`${server.url}/?screen=a&group=main`, { width: 640, height: 360 }));
  ({ page: consolePage } = await browser.open(`${server.url}/console`, { width: 1024, height: 768 }));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const tap = (selector: string) => consolePage.locator(selector).click();

/** Taps a console button and waits until both walls show `scene` (how fast: `npm run bench:screen`). */
async function tapAndFollow(selector: string, scene: Parameters<typeof waitForScene>[1]) {
  await tap(selector);
  await Promise.all(walls.map((page) => waitForScene(page, scene)));
}

describe('the presenter console', () => {
  it('asks for the token, says clearly when it is refused, pairs each new wall by the code it shows, and lists it', async () => {
    await consolePage.locator('[data-token-form]').waitFor();
    await consolePage.fill('[data-token-input]', 'not-the-token');
    await tap('[data-token-submit]');
    await consolePage.locator('[data-token-problem]').waitFor();
    expect(await consolePage.locator('[data-token-problem]').innerText()).toContain('控制口令不正确');

    await consolePage.fill('[data-token-input]', server.controlToken);
    await tap('[data-token-submit]');
    await consolePage.locator('[data-unpaired-count]', { hasText: '3 个页面在等待配对' }).waitFor();
    expect(await consolePage.locator('[data-screen-row]').count()).toBe(0);
    for (const [name, wall] of [
      ['a', walls[0]!],
      ['b', walls[1]!],
    ] as const) {
      const code = (await wall.locator('[data-pairing-code]').getAttribute('data-pairing-code'))!;
      await consolePage.fill('[data-pair-code]', `${code.slice(0, 3)} ${code.slice(3)}`);
      await consolePage.fill('[data-pair-name]', name);
      await consolePage.fill('[data-pair-group]', 'main');
      await tap('[data-pair-submit]');
      await consolePage.locator('[data-notice]', { hasText: `已配对：${name}` }).waitFor();
      // Paired: the code leaves the wall.
      await wall.locator('[data-pairing-code]').waitFor({ state: 'detached' });
    }
    // The name is taken now; the stranger that calls itself "a" cannot have it, and stays unlisted.
    const strangerCode = (await stranger.locator('[data-pairing-code]').getAttribute('data-pairing-code'))!;
    await consolePage.fill('[data-pair-code]', strangerCode);
    await consolePage.fill('[data-pair-name]', 'a');
    await tap('[data-pair-submit]');
    await consolePage.locator('[data-notice]', { hasText: '已有屏幕使用这个名称' }).waitFor();
    await saveScreenshot(consolePage, 'console-pairing');
    for (const name of ['a', 'b']) {
      const row = consolePage.locator(`[data-screen-row="${name}"]`);
      await row.waitFor();
      expect(await row.innerText()).toMatch(/分组 main/);
      expect(await row.locator('[data-heartbeat]').innerText()).toMatch(/^(刚刚|\d+ 秒前)$/);
    }
    // Kept on the tablet: a reload does not ask again.
    await consolePage.reload();
    await consolePage.locator('[data-screen-row="a"]').waitFor();
    expect(await consolePage.locator('[data-token-form]').count()).toBe(0);
  });
  it('moves both walls of the group with a tap', async () => {
    await tap('[data-target-group="main"]');
    await tapAndFollow('[data-scene-button="smart"]', 'smart');
    await tapAndFollow('[data-scene-button="regional"]', 'regional');
    await tapAndFollow('[data-command="next"]', 'smart');
    await tapAndFollow('[data-command="prev"]', 'regional');
    await tap('[data-command="hold"]');
    await consolePage.locator('[data-screen-row="a"] [data-flag="held"]').waitFor();
    // The unpaired page follows the group's playlist as a viewer, but is not one of the screens commanded.
    expect(await consolePage.locator('[data-notice]').innerText()).toContain('2 块屏幕已执行');
    expect(await consolePage.locator('[data-screen-row]').count()).toBe(2);
    await saveScreenshot(consolePage, 'console-landscape');
  });

  it('spotlights a metric picked from the list, freezes, and releases', async () => {
    await consolePage.selectOption('[data-metric-picker]', 'orgs.active');
    await tap('[data-command="spotlight"]');
    await Promise.all(walls.map((page) => page.locator('[data-spotlight="orgs.active"]').waitFor()));
    await tap('[data-command="freeze"]');
    await Promise.all(walls.map((page) => page.locator('[data-freeze-mark]').waitFor()));
    await consolePage.locator('[data-screen-row="b"] [data-flag="frozen"]').waitFor();
    expect(await consolePage.locator('[data-screen-row="b"] [data-flag="spotlight"]').innerText()).toContain('开展活动的党组织');
    // Chromium draws only the page in front at full rate; the others get a frame or two a second.
    await walls[0]!.bringToFront();
    await waitForOpaque(walls[0]!, '[data-spotlight]');
    await waitForOpaque(walls[0]!, '[data-freeze-mark]');
    await saveScreenshot(walls[0]!, 'console-driven-wall');
    await consolePage.bringToFront();

    await tap('[data-command="release"]');
    // Fading out takes a few of the throttled frames of a wall page that is not in front.
    await Promise.all(walls.map((page) => page.locator('[data-spotlight]').waitFor({ state: 'detached' })));
    await Promise.all(walls.map((page) => page.locator('[data-freeze-mark]').waitFor({ state: 'detached' })));
  });

  it('takes one wall out of its group and puts it back', async () => {
    await tap('[data-target-screen="a"]');
    const [a, b] = walls as [Page, Page];
    await tap('[data-scene-button="brand"]');
    await waitForScene(a, 'brand');
    await consolePage.locator('[data-screen-row="a"]', { hasText: '单独控制' }).waitFor();
    // The group is held on its scene, so only a command could move b; none was aimed at it.
    expect(await sceneOf(b)).toBe('regional');

    await tap('[data-command="rejoin"]');
    await waitForScene(a, 'regional');
    // Back with its group, so the console addresses the group again.
    expect(await consolePage.locator('[data-target-group="main"]').getAttribute('class')).toContain('selected');
  });

  it('shows the recent commands in the audit log, refused ones included', async () => {
    const log = consolePage.locator('[data-audit-row]');
    // The last command tapped; every earlier one is older, so it is listed too once this is.
    await log.filter({ hasText: '回到分组 → a' }).first().waitFor();
    const text = await log.allInnerTexts();
    expect(text.join('\n')).toContain('切换场景：智慧党建 → main');
    expect(text.join('\n')).toContain('聚焦指标：开展活动的党组织 → main');
    expect(text.join('\n')).toContain('回到分组 → a');
    expect(text.join('\n')).toContain('口令错误');
    expect(text.join('\n')).not.toContain('null');
  });

  it('fits a tablet in portrait and landscape, with touch targets of 64 px or more', async () => {
    for (const [name, viewport] of [
      ['console-portrait', { width: 768, height: 1024 }],
      ['console-landscape-full', { width: 1024, height: 768 }],
    ] as const) {
      await consolePage.setViewportSize(viewport);
      const layout = await consolePage.evaluate(() => {
        const root = document.querySelector<HTMLElement>('[data-console]')!;
        const targets = [...document.querySelectorAll<HTMLElement>('[data-console] button, [data-console] select')];
        return {
          overflowX: root.scrollWidth > root.clientWidth,
          smallest: Math.min(...targets.map((el) => Math.min(el.getBoundingClientRect().height, el.getBoundingClientRect().width))),
        };
      });
      expect(layout.overflowX).toBe(false);
      expect(layout.smallest).toBeGreaterThanOrEqual(64);
      await saveScreenshot(consolePage, name);
    }
  });
});
