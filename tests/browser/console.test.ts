/**
 * The presenter console on a tablet: a presenter signs in by name and
 * password (a wrong one, or an account that may not present, is told so
 * clearly), pairs and lists the connected walls, drives two wall pages of one
 * group by taps on its buttons, never reports a command that reached no
 * screen as done, speaks English when asked, and when the session ends asks
 * again without losing what was typed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addAccount, asPage } from '../support/accounts';
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
  ({ page: stranger } = await browser.open(`${server.url}/?screen=a&group=elsewhere`, { width: 640, height: 360 }));
  await addAccount(server, '张丽', 'presenter', PASSWORD);
  await addAccount(server, 'figures', 'operator', PASSWORD);
  ({ page: consolePage } = await browser.open(`${server.url}/console`, { width: 1024, height: 768 }));
});

const PASSWORD = 'lingchuan-presenter-2026';

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const tap = (selector: string) => consolePage.locator(selector).click();

/** Types a name and password into the console's sign-in form and submits it. */
async function signInWith(name: string, password: string): Promise<void> {
  await consolePage.locator('[data-sign-in-form]').waitFor();
  await consolePage.fill('[data-sign-in-name]', name);
  await consolePage.fill('[data-sign-in-password]', password);
  await tap('[data-sign-in-submit]');
}
const notice = (kind: 'ok' | 'error', text: string) => consolePage.locator(`[data-notice="${kind}"]`, { hasText: text }).waitFor();

/** Taps a console button and waits until both walls show `scene` (how fast: `npm run bench:screen`). */
async function tapAndFollow(selector: string, scene: Parameters<typeof waitForScene>[1]) {
  await tap(selector);
  await Promise.all(walls.map((page) => waitForScene(page, scene)));
}

describe('the presenter console', () => {
  it('asks a presenter to sign in, says clearly when it is refused, pairs each new wall by the code it shows, and lists it', async () => {
    // A token an older console kept on this tablet is dropped: the console keeps no secret now.
    await consolePage.evaluate(() => localStorage.setItem('lingchuan.controlToken', 'an-old-control-token'));
    await consolePage.reload();
    await signInWith('张丽', 'not the password');
    await consolePage.locator('[data-sign-in-problem]', { hasText: '账户名或密码不正确' }).waitFor();
    expect(await consolePage.locator('[data-target-group]').count()).toBe(0);
    expect(await consolePage.evaluate(() => localStorage.getItem('lingchuan.controlToken'))).toBeNull();

    // An operator keeps the figures but does not drive the walls.
    await signInWith('figures', PASSWORD);
    await consolePage.locator('[data-sign-in-problem]', { hasText: '不能控制大屏' }).waitFor();
    expect(await consolePage.locator('[data-sign-in-problem]').innerText()).toContain('请用讲解员或管理员账户登录');

    await signInWith('张丽', PASSWORD);
    await consolePage.locator('[data-signed-in-as]', { hasText: '张丽 · 讲解员' }).waitFor();
    expect(await consolePage.locator('[data-sign-in-form]').count()).toBe(0);
    // The session is an HttpOnly cookie: nothing the page's scripts can read.
    expect(await consolePage.evaluate(() => document.cookie)).toBe('');
    expect(await consolePage.evaluate(() => Object.keys(localStorage).filter((key) => /token|session/i.test(key)))).toEqual([]);
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
      await notice('ok', `已配对：${name}`);
      // Paired: the code leaves the wall.
      await wall.locator('[data-pairing-code]').waitFor({ state: 'detached' });
    }
    // The name is taken now; the stranger that calls itself "a" cannot have it, and stays unlisted.
    const strangerCode = (await stranger.locator('[data-pairing-code]').getAttribute('data-pairing-code'))!;
    await consolePage.fill('[data-pair-code]', strangerCode);
    await consolePage.fill('[data-pair-name]', 'a');
    await tap('[data-pair-submit]');
    await notice('error', '已有屏幕使用这个名称');
    await saveScreenshot(consolePage, 'console-pairing');
    for (const name of ['a', 'b']) {
      const row = consolePage.locator(`[data-screen-row="${name}"]`);
      await row.waitFor();
      expect(await row.innerText()).toMatch(/分组 main/);
      expect(await row.locator('[data-heartbeat]').innerText()).toMatch(/^(刚刚|\d+ 秒前)$/);
    }
    // Signed in on this tablet: a reload does not ask again.
    await consolePage.reload();
    await consolePage.locator('[data-screen-row="a"]').waitFor();
    expect(await consolePage.locator('[data-sign-in-form]').count()).toBe(0);
  });

  it('reports a command to a group with no screen as a failure, in words, and changes nothing', async () => {
    const before = await Promise.all(walls.map(sceneOf));
    await tap('[data-target-group="main"]');
    expect(await consolePage.locator('[data-target-group="main"]').innerText()).toContain('2 块');
    // Every wall of main taken out of it: a group command now reaches none.
    for (const name of ['a', 'b']) {
      await tap(`[data-target-screen="${name}"]`);
      // Said before it happens: a command to one screen takes it out of its group.
      await consolePage.locator('[data-will-single]', { hasText: `屏幕 ${name}` }).waitFor();
      await tap('[data-command="hold"]');
      await notice('ok', `屏幕 ${name}`);
    }
    await consolePage.locator('[data-target-group="main"]', { hasText: '0 块' }).waitFor();
    await tap('[data-target-group="main"]');
    await consolePage.locator('[data-now-nobody]').waitFor();
    const other = before[0] === 'brand' ? 'smart' : 'brand';
    await tap(`[data-scene-button="${other}"]`);
    await notice('error', '分组 main 的屏幕都在单屏控制中，命令未执行');
    await saveScreenshot(consolePage, 'console-unreached');
    expect(await Promise.all(walls.map(sceneOf))).toEqual(before);
    // The failure is red, and stays while the presenter reads it.
    const colour = await consolePage.locator('[data-notice="error"]').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(colour).toMatch(/^rgba?\((1[5-9]\d|2\d\d), \d{1,2}, \d{1,2}/);
  });

  it('shows single-screen control on the screen and on the target, and restore all puts every wall back', async () => {
    for (const name of ['a', 'b']) {
      await consolePage.locator(`[data-screen-row="${name}"] [data-single-badge]`).waitFor();
      await consolePage.locator(`[data-target-screen="${name}"] [data-single-badge]`).waitFor();
    }
    await tap('[data-restore-all]');
    await notice('ok', '全部屏幕');
    await consolePage.locator('[data-single-badge]').first().waitFor({ state: 'detached' });
    await consolePage.locator('[data-target-group="main"]', { hasText: '2 块' }).waitFor();
    // Following the group again: a group command moves both.
    await tapAndFollow('[data-scene-button="smart"]', 'smart');
    await notice('ok', '2 块屏幕已执行');
  });

  it('moves both walls of the group with a tap, lighting the scene on the walls and the hold toggle', async () => {
    await tap('[data-target-group="main"]');
    await tapAndFollow('[data-scene-button="regional"]', 'regional');
    await consolePage.locator('[data-scene-button="regional"][aria-pressed="true"]').waitFor();
    await consolePage.locator('[data-now-scene="regional"]').waitFor();
    expect(await consolePage.locator('[data-next-scene]').innerText()).toContain('下一个');
    expect(await consolePage.locator('[data-time-left]').innerText()).toMatch(/^还剩 \d+:\d\d$/);
    await tapAndFollow('[data-command="next"]', 'smart');
    await tapAndFollow('[data-command="prev"]', 'regional');
    // The result floats over the page: the buttons stay where they were.
    const box = await consolePage.locator('[data-command="hold"]').boundingBox();
    await tap('[data-command="hold"]');
    await notice('ok', '保持当前画面 · 分组 main · 2 块屏幕已执行');
    expect(await consolePage.locator('[data-command="hold"]').boundingBox()).toEqual(box);
    await consolePage.locator('[data-screen-row="a"] [data-flag="held"]').waitFor();
    await consolePage.locator('[data-command="hold"][aria-pressed="true"]', { hasText: '继续轮播' }).waitFor();
    expect(await consolePage.locator('[data-screen-row]').count()).toBe(2);
    await saveScreenshot(consolePage, 'console-landscape');
    // A success fades by itself.
    await consolePage.locator('[data-notice]').waitFor({ state: 'detached' });
  });

  it('spotlights a metric picked from the list and freezes, each a toggle with its own end', async () => {
    await consolePage.selectOption('[data-metric-picker]', 'orgs.active');
    await tap('[data-command="spotlight"]');
    await Promise.all(walls.map((page) => page.locator('[data-spotlight="orgs.active"]').waitFor()));
    await tap('[data-command="freeze"]');
    await Promise.all(walls.map((page) => page.locator('[data-freeze-mark]').waitFor()));
    await consolePage.locator('[data-command="freeze"][aria-pressed="true"]').waitFor();
    await consolePage.locator('[data-command="spotlight"][aria-pressed="true"]').waitFor();
    await consolePage.locator('[data-screen-row="b"] [data-flag="frozen"]').waitFor();
    expect(await consolePage.locator('[data-screen-row="b"] [data-flag="spotlight"]').innerText()).toContain('开展活动的党组织');
    // Chromium draws only the page in front at full rate; the others get a frame or two a second.
    await walls[0]!.bringToFront();
    await waitForOpaque(walls[0]!, '[data-spotlight]');
    await waitForOpaque(walls[0]!, '[data-freeze-mark]');
    await saveScreenshot(walls[0]!, 'console-driven-wall');
    await consolePage.bringToFront();

    await tap('[data-command="unspotlight"]');
    await Promise.all(walls.map((page) => page.locator('[data-spotlight]').waitFor({ state: 'detached' })));
    // Still frozen: ending the spotlight ends only the spotlight.
    expect(await walls[1]!.locator('[data-freeze-mark]').count()).toBe(1);
    await tap('[data-command="unfreeze"]');
    await Promise.all(walls.map((page) => page.locator('[data-freeze-mark]').waitFor({ state: 'detached' })));
    await consolePage.locator('[data-command="freeze"][aria-pressed="false"]').waitFor();
  });

  it('shows a welcome banner and the standby screen on both walls, each ended by its own button, and offers the line again', async () => {
    const line = '热烈欢迎桂林市代表团莅临指导';
    await consolePage.fill('[data-banner-input]', line);
    await tap('[data-command="banner"]');
    await Promise.all(walls.map((page) => page.locator(`[data-welcome-banner="${line}"]`).waitFor()));
    await tap('[data-command="standby"]');
    await Promise.all(walls.map((page) => page.locator('[data-standby] [data-hall-emblem]').waitFor()));
    expect(await walls[0]!.locator('[data-standby-title]').innerText()).not.toBe('');
    await walls[0]!.bringToFront();
    await waitForOpaque(walls[0]!, '[data-welcome-banner]');
    await waitForOpaque(walls[0]!, '[data-standby]');
    await saveScreenshot(walls[0]!, 'wall-standby-welcome');
    await consolePage.bringToFront();
    await consolePage.locator('[data-recent-banner]', { hasText: line }).waitFor();

    await tap('[data-command="unbanner"]');
    await Promise.all(walls.map((page) => page.locator('[data-welcome-banner]').waitFor({ state: 'detached' })));
    await tap('[data-command="unstandby"]');
    await Promise.all(walls.map((page) => page.locator('[data-standby]').waitFor({ state: 'detached' })));
  });

  it('resets everything with one tap', async () => {
    await tap('[data-target-screen="a"]');
    await tap('[data-command="freeze"]');
    await walls[0]!.locator('[data-freeze-mark]').waitFor();
    await tap('[data-reset-all]');
    await walls[0]!.locator('[data-freeze-mark]').waitFor({ state: 'detached' });
    await consolePage.locator('[data-single-badge]').first().waitFor({ state: 'detached' });
    await consolePage.locator('[data-screen-row="a"] [data-flag="held"]').waitFor({ state: 'detached' });
  });

  it('shows the recent commands in the audit log in presenter words, with who sent each', async () => {
    const log = consolePage.locator('[data-audit-row]');
    await log.filter({ hasText: '全部复位 · 全部屏幕 · 2 块屏幕' }).first().waitFor();
    const text = (await log.allInnerTexts()).join('\n');
    expect(text).toContain('切换到「智慧党建」 · 分组 main · 2 块屏幕');
    expect(text).toContain('聚焦「开展活动的党组织」 · 分组 main · 2 块屏幕');
    expect(text).toContain('欢迎横幅「热烈欢迎桂林市代表团莅临指导」');
    expect(text).toContain('未执行：切换到');
    expect(text).not.toMatch(/POST|GET|\/api|\?|null/);
    const reset = log.filter({ hasText: '全部复位 · 全部屏幕 · 2 块屏幕' }).first();
    expect(await reset.locator('[data-audit-actor]').innerText()).toBe('张丽');
  });

  it('speaks English for a guest presenter: buttons, results and the audit log, then Chinese again', async () => {
    await tap('[data-lang-switch]');
    await consolePage.locator('h1', { hasText: 'Presenter console' }).waitFor();
    await tap('[data-target-group="main"]');
    expect(await consolePage.locator('[data-scene-button="regional"]').innerText()).toBe('Regional');
    await tapAndFollow('[data-scene-button="regional"]', 'regional');
    await notice('ok', 'Show “Regional” · group main · 2 screen(s) done');
    await consolePage.locator('[data-audit-row]', { hasText: 'Reset all · all screens · 2 screen(s)' }).first().waitFor();
    expect(await consolePage.locator('[data-lang-switch]').innerText()).toBe('中文');
    await saveScreenshot(consolePage, 'console-english');
    await tap('[data-lang-switch]');
    await consolePage.locator('h1', { hasText: '演示控制台' }).waitFor();
    expect(await consolePage.locator('[data-scene-button="regional"]').innerText()).toBe('区域党建');
  });

  it('says when the server is away, shows the screens as unknown meanwhile, and clears it all on its return', async () => {
    await consolePage.route('**/api/**', (route) => route.abort('connectionrefused'));
    await consolePage.locator('[data-connection-lost]', { hasText: '与服务器的连接已断开，正在重连…' }).waitFor();
    await consolePage.locator('[data-screen-row="a"] [data-screen-unknown]').waitFor();
    expect(await consolePage.locator('[data-screen-scene]').count()).toBe(0);
    await tap('[data-command="next"]');
    await notice('error', '与服务器的连接已断开');
    await saveScreenshot(consolePage, 'console-server-away');
    await consolePage.unroute('**/api/**');
    await consolePage.locator('[data-connection-lost]').waitFor({ state: 'detached' });
    await consolePage.locator('[data-notice="error"]').waitFor({ state: 'detached' });
    await consolePage.locator('[data-screen-row="a"] [data-screen-scene]').waitFor();
  });

  it('fits a tablet in portrait and landscape, with touch targets of 64 px or more', async () => {
    for (const [name, viewport] of [
      ['console-portrait', { width: 768, height: 1024 }],
      ['console-landscape-full', { width: 1024, height: 768 }],
    ] as const) {
      await consolePage.setViewportSize(viewport);
      const layout = await consolePage.evaluate(() => {
        const root = document.querySelector<HTMLElement>('[data-console]')!;
        const targets = [...document.querySelectorAll<HTMLElement>('[data-console] button, [data-console] select, [data-console] input')];
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

  it('asks again when the session ends elsewhere, keeping what was typed, and once signed out a command is refused', async () => {
    const line = '热烈欢迎南宁市代表团莅临指导';
    await consolePage.fill('[data-banner-input]', line);
    const [cookie] = (await browser.context.cookies(server.url)).filter((c) => c.name === 'wall_session');
    expect(cookie?.httpOnly).toBe(true);
    // Signed out from another tab of this tablet: the console hears it at its next poll.
    const ended = await fetch(`${server.url}/api/session`, {
      method: 'DELETE',
      headers: asPage(server, `${cookie!.name}=${cookie!.value}`),
    });
    expect(ended.status).toBe(204);
    // Said calmly, not as an error, with the name filled in again.
    await consolePage.locator('[data-sign-in-problem][data-tone="calm"]', { hasText: '登录已过期，请重新登录' }).waitFor();
    expect(await consolePage.inputValue('[data-sign-in-name]')).toBe('张丽');
    await saveScreenshot(consolePage, 'console-session-expired');
    await signInWith('张丽', PASSWORD);
    await consolePage.locator('[data-target-group="main"]').waitFor();
    expect(await consolePage.inputValue('[data-banner-input]')).toBe(line);

    await tap('[data-sign-out]');
    await consolePage.locator('[data-sign-in-form]').waitFor();
    expect(await consolePage.locator('[data-sign-in-problem]').count()).toBe(0);
    const refused = await consolePage.evaluate(async () => {
      const response = await fetch('/api/control', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ target: { group: 'main' }, action: 'next' }),
      });
      return response.status;
    });
    expect(refused).toBe(401);
  });
});
