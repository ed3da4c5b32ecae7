/**
 * The wall's words edited at the desk reach the walls: an operator on an
 * office PC (1366x768) edits a brand's story, sees it on the live preview
 * before saving, is refused a story too long for its card with the typed
 * text kept, saves, and two wall pages of one group show the new words
 * without a reload; then, in the desk's playlist section, changes the
 * group's playlist and both walls follow the new order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addAccount } from '../support/accounts';
import { startTestServer, type TestServer } from '../support/server';
import { launchChromium, saveScreenshot, type WallBrowser } from './support/chromium';
import { sendCommand, shortPlaylistEnv, waitForScene } from './support/control';
import { deskMessage, fitsWidth, openDeskSection, signInDesk } from './support/desk';
import { TEST_SCREEN_DIR } from './support/paths';
import { waitForFollowed } from './support/wall';

const PASSWORD = 'lingchuan-desk-2026';
const NEW_STORY = '钢铁堡垒党群活动中心：党员教育、人才服务一站办好';
let server: TestServer;
let browser: WallBrowser;
let desk: Page;
const walls: Page[] = [];
const pageErrors: string[][] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ screenDir: TEST_SCREEN_DIR, env: shortPlaylistEnv() }), launchChromium()]);
  await addAccount(server, '王丽', 'operator', PASSWORD);
  for (const name of ['left', 'right']) {
    const { page, errors } = await browser.open(`${server.url}/?screen=${name}&group=hall`, { width: 1280, height: 720 });
    walls.push(page);
    pageErrors.push(errors);
  }
  const opened = await browser.open(`${server.url}/desk`, { width: 1366, height: 768 });
  desk = opened.page;
  pageErrors.push(opened.errors);
  await Promise.all(walls.map((page) => waitForFollowed(page, 0, 30_000)));
  // The marker a reload would wipe out.
  await Promise.all(walls.map((page) => page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true))));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const storyField = '[data-content-field="brands.0.story.zh"]';
const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);

/** Records every scene a page shows from now on, so that a scene shown between two waits is not missed. */
async function watchScenes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { scenesShown: string[] };
    w.scenesShown = [];
    const note = () => {
      const scene = document.querySelector('[data-scene-id]')?.getAttribute('data-scene-id');
      if (scene && w.scenesShown.at(-1) !== scene) w.scenesShown.push(scene);
    };
    note();
    new MutationObserver(note).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-scene-id'],
    });
  });
}

describe('the wall texts edited at the desk', () => {
  it('shows an edited story on the preview before it is saved, and refuses one too long, keeping what was typed', async () => {
    await signInDesk(desk, '王丽', PASSWORD);
    await openDeskSection(desk, 'content');
    await desk.selectOption('[data-content-scene]', 'brand');
    const story = desk.locator(`${storyField} textarea`);
    await story.waitFor();

    const tooLong = '党建'.repeat(30);
    await story.fill(tooLong);
    await desk.locator(`${storyField} [data-content-problem]`, { hasText: '太长' }).waitFor();
    await desk.click('[data-content-save]');
    await deskMessage(desk, 'error', '有 1 处需要修改');
    expect(await story.inputValue()).toBe(tooLong);

    await story.fill(NEW_STORY);
    await desk.locator(`${storyField} [data-content-problem]`).waitFor({ state: 'detached' });
    const preview = desk.frameLocator('[data-content-preview]');
    await preview.locator('[data-brands]', { hasText: NEW_STORY }).waitFor({ timeout: 30_000 });
    expect(await fitsWidth(desk)).toBe(true);
    await saveScreenshot(desk, 'desk-content-1366');
  });

  it('is shown by both walls of the group without a reload once saved', async () => {
    await desk.click('[data-content-save]');
    await deskMessage(desk, 'ok', '已保存为第 1 版');
    // The brand scene comes round within one 20 s cycle of the short playlist.
    await Promise.all(
      walls.map((page) =>
        page.waitForFunction((text) => document.querySelector('[data-brands]')?.textContent?.includes(text) ?? false, NEW_STORY, {
          polling: 100,
          timeout: 40_000,
        }),
      ),
    );
    for (const page of walls) expect(await sameDocument(page)).toBe(true);
    await desk.locator('[data-content-versions] [data-version="1"]', { hasText: '王丽' }).waitFor();
  });

  it('then, in the playlist section, changes the group’s order and both walls follow it without a reload', async () => {
    await openDeskSection(desk, 'playlist');
    await desk.selectOption('[data-playlist-group]', 'hall');
    // Overview and regional out: brand, then smart.
    const rows = desk.locator('[data-entry]');
    await rows.nth(3).waitFor();
    await rows.nth(0).locator('[data-remove]').click();
    await rows.nth(0).locator('[data-remove]').click();
    await rows.nth(1).locator('[data-move="up"]').click();
    expect(await rows.count()).toBe(2);

    // The walls are put on overview, which the new order drops: they must leave it at once for brand.
    expect((await sendCommand(server, { target: { group: 'hall' }, action: 'goto', scene: 'overview' })).status).toBe(200);
    await Promise.all(walls.map((page) => waitForScene(page, 'overview', 30_000)));
    await Promise.all(walls.map(watchScenes));
    await desk.click('[data-playlist-save]');
    await deskMessage(desk, 'ok', 'hall');

    await Promise.all(
      walls.map((page) =>
        page.waitForFunction(
          () => {
            const shown = (window as unknown as { scenesShown: string[] }).scenesShown;
            const kept = shown.findIndex((scene) => scene !== 'overview' && scene !== 'regional');
            return kept >= 0 && shown.length >= kept + 3;
          },
          null,
          { polling: 100, timeout: 40_000 },
        ),
      ),
    );
    for (const page of walls) {
      const shown = await page.evaluate(() => (window as unknown as { scenesShown: string[] }).scenesShown);
      const kept = shown.findIndex((scene) => scene !== 'overview' && scene !== 'regional');
      expect(shown.slice(kept, kept + 3)).toEqual(['brand', 'smart', 'brand']);
      expect(await sameDocument(page)).toBe(true);
      // The saved words are still the ones shown.
      expect(await page.locator('[data-brands]').innerText()).toContain(NEW_STORY);
    }
    expect(pageErrors.flat()).toEqual([]);
  });
});
