/**
 * Walls driven by the presenter: two wall pages of one group follow a
 * command, hold and resume the playlist, spotlight a live
 * figure, freeze it while new events arrive, and ignore a command from
 * anyone who may not present. Commands go over HTTP here with the control
 * token (as automation sends them); console.test.ts signs in and taps them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Snapshot } from '../../common/protocol';
import { addAccount, asPage, signIn } from '../support/accounts';
import { getJson, postEvents, startTestServer, type TestServer } from '../support/server';
import { launchChromium, saveScreenshot, type WallBrowser } from './support/chromium';
import {
  sceneOf,
  sendCommand,
  shortPlaylistEnv,
  spotlightFigure,
  waitForOpaque,
  waitForScene,
  waitForSettledScene,
} from './support/control';
import { TEST_SCREEN_DIR } from './support/paths';
import { figureOf, waitForFigure, waitForFollowed } from './support/wall';

let server: TestServer;
let browser: WallBrowser;
const walls: Page[] = [];
const pageErrors: string[][] = [];
const pages = () => walls;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ screenDir: TEST_SCREEN_DIR, env: shortPlaylistEnv() }), launchChromium()]);
  for (const name of ['a', 'b']) {
    const { page, errors } = await browser.open(`${server.url}/?screen=${name}&group=main`, { width: 1280, height: 720 });
    walls.push(page);
    pageErrors.push(errors);
  }
  await Promise.all(pages().map((page) => waitForFigure(page, 'appeals.handled', '4,600')));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const group = { group: 'main' };
const command = async (body: Record<string, unknown>) => {
  const response = await sendCommand(server, { target: group, ...body });
  expect(response.status).toBe(200);
};
const handled = async () => (await getJson<Snapshot>(server, '/api/snapshot')).values['appeals.handled'];
const serverSeq = async () => (await getJson<Snapshot>(server, '/api/snapshot')).seq;

describe('walls following the presenter', () => {
  it('switch together to the scene a command names, leaving one scene mounted', async () => {
    for (const scene of ['smart', 'brand'] as const) {
      await command({ action: 'goto', scene });
      await Promise.all(pages().map((page) => waitForScene(page, scene)));
    }
    // Once the crossfade is over the leaving scene is gone, charts and all. Chromium draws a
    // wall page that is not in front at a frame or two a second, so the fade is watched in front.
    await pages()[0]!.bringToFront();
    await pages()[0]!.waitForFunction(() => document.querySelectorAll('[data-stage-scene]').length === 1, null);
  });

  it('never show two scenes at once: the leaving one fades out before the next comes in', async () => {
    const page = pages()[0]!;
    await page.bringToFront();
    await page.evaluate(() => {
      const w = window as unknown as { mostScenes: number };
      w.mostScenes = 0;
      new MutationObserver(() => {
        w.mostScenes = Math.max(w.mostScenes, document.querySelectorAll('[data-stage-scene]').length);
      }).observe(document.body, { childList: true, subtree: true });
    });
    for (const scene of ['regional', 'overview', 'smart'] as const) {
      await command({ action: 'goto', scene });
      await waitForSettledScene(page, scene);
    }
    expect(await page.evaluate(() => (window as unknown as { mostScenes: number }).mostScenes)).toBe(1);
  });

  it('refuse a command for a group with no wall in it, saying so, and change nothing', async () => {
    const before = await Promise.all(pages().map(sceneOf));
    const response = await sendCommand(server, { target: { group: 'nobody' }, action: 'goto', scene: 'overview' });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: 'no_screens', message: expect.stringContaining('分组 nobody 当前没有在线屏幕') });
    expect(await Promise.all(pages().map(sceneOf))).toEqual(before);
  });

  it('show a welcome banner and the standby screen across both walls, still there after a reload, until ended', async () => {
    const line = '热烈欢迎自治区代表团莅临指导';
    await command({ action: 'banner', text: line });
    await command({ action: 'standby' });
    await Promise.all(pages().map((page) => page.locator(`[data-welcome-banner="${line}"]`).waitFor()));
    await Promise.all(pages().map((page) => page.locator('[data-standby]').waitFor()));
    const [a] = pages() as [Page];
    await a.reload();
    await a.locator(`[data-welcome-banner="${line}"]`).waitFor();
    await a.locator('[data-standby] [data-hall-emblem]').waitFor();
    await a.bringToFront();
    await waitForOpaque(a, '[data-welcome-banner]');
    // Legible from the back of the hall: the line is large on the wall's canvas.
    const size = await a.locator('[data-welcome-banner] span').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(96);
    await saveScreenshot(a, 'wall-welcome-standby');
    // Covered by the standby screen, the scene is unmounted, charts and all, until the standby ends.
    await a.locator('[data-stage-scene]').first().waitFor({ state: 'detached' });
    await command({ action: 'unbanner' });
    await Promise.all(pages().map((page) => page.locator('[data-welcome-banner]').waitFor({ state: 'detached' })));
    expect(await a.locator('[data-standby]').count()).toBe(1);
    await command({ action: 'unstandby' });
    await Promise.all(pages().map((page) => page.locator('[data-standby]').waitFor({ state: 'detached' })));
    await a.locator('[data-stage-scene]').first().waitFor();
  });

  it('hold a scene past its duration, and resume the playlist from it', async () => {
    await command({ action: 'goto', scene: 'regional' });
    await command({ action: 'hold' });
    await pages()[0]!.waitForTimeout(6000);
    expect(await Promise.all(pages().map(sceneOf))).toEqual(['regional', 'regional']);

    await command({ action: 'resume' });
    // It plays on from the held scene (which gets its full time again: tests/common/control.test.ts).
    expect(await Promise.all(pages().map(sceneOf))).toEqual(['regional', 'regional']);
    await Promise.all(pages().map((page) => waitForScene(page, 'smart')));
  });

  it('spotlight one live figure across the wall, still updating', async () => {
    await command({ action: 'hold' });
    await command({ action: 'spotlight', metric: 'volunteers.mobilized' });
    for (const page of pages()) {
      await page.locator('[data-spotlight="volunteers.mobilized"]').waitFor({ state: 'visible' });
      expect(await spotlightFigure(page)).toBe('3,446');
    }
    const page = pages()[0]!;
    const box = await page.locator('[data-spotlight]').boundingBox();
    const figure = await page.locator('[data-spotlight] [data-figure]').boundingBox();
    expect(box!.width).toBeGreaterThan(1280 * 0.95);
    expect(figure!.height).toBeGreaterThan(720 * 0.2);
    expect(await page.locator('[data-spotlight]').innerText()).toContain('发动党员志愿者');

    await postEvents(server, { id: 'spot-1', type: 'volunteer.mobilized', count: 54 });
    await page.waitForFunction(
      () => document.querySelector('[data-spotlight] [data-figure]')?.textContent?.replace(/\s+/g, '') === '3,500',
      null,
      {
        polling: 'raf',
      },
    );
    // Chromium draws only the page in front at full rate; fades elsewhere crawl.
    await page.bringToFront();
    await waitForOpaque(page, '[data-spotlight]');
    await saveScreenshot(page, 'wall-spotlight');
    await command({ action: 'release' });
    await page.locator('[data-spotlight]').waitFor({ state: 'detached' });
  });

  it('freeze the figures while events arrive, with a visible mark, and show the new ones on release', async () => {
    const [a, b] = pages() as [Page, Page];
    await command({ action: 'goto', scene: 'overview' });
    await command({ action: 'hold' });
    for (const page of pages()) {
      await page.bringToFront();
      await waitForSettledScene(page, 'overview');
    }
    const before = await handled();
    const shown = before.toLocaleString('en-US');
    await Promise.all(pages().map((page) => waitForFigure(page, 'appeals.handled', shown)));
    await command({ action: 'freeze' });
    await Promise.all(pages().map((page) => page.locator('[data-freeze-mark]').waitFor({ state: 'visible' })));
    expect(await a.locator('[data-freeze-mark]').innerText()).toContain('画面已定格');

    await postEvents(server, [
      { id: 'frozen-1', type: 'appeal.handled', town: '灵川镇', category: '其他', summary: '定格期间的诉求' },
      { id: 'frozen-2', type: 'appeal.handled', town: '大圩镇', category: '其他', summary: '定格期间的第二条诉求' },
    ]);
    expect(await handled()).toBe(before + 2);
    const seq = await serverSeq();
    await Promise.all(pages().map((page) => waitForFollowed(page, seq)));
    expect(await figureOf(a, 'appeals.handled')).toBe(shown);
    expect(await figureOf(b, 'appeals.handled')).toBe(shown);
    expect(await a.locator('[data-ticker]').innerText()).not.toContain('定格期间');
    await a.bringToFront();
    await waitForOpaque(a, '[data-freeze-mark]');
    await saveScreenshot(a, 'wall-frozen');

    await command({ action: 'release' });
    await Promise.all(pages().map((page) => waitForFigure(page, 'appeals.handled', (before + 2).toLocaleString('en-US'))));
    await a.locator('[data-freeze-mark]').waitFor({ state: 'detached' });
  });

  it('spotlight and freeze together: the big figure stays put until release', async () => {
    const page = pages()[0]!;
    await command({ action: 'spotlight', metric: 'appeals.handled' });
    await command({ action: 'freeze' });
    await page.locator('[data-freeze-mark]').waitFor({ state: 'visible' });
    const frozen = await spotlightFigure(page);
    await postEvents(server, { id: 'frozen-spot', type: 'appeal.handled', town: '九屋镇', category: '其他' });
    await waitForFollowed(page, await serverSeq());
    expect(await spotlightFigure(page)).toBe(frozen);
    await waitForOpaque(page, '[data-freeze-mark]');
    await saveScreenshot(page, 'wall-spotlight-frozen');
    await command({ action: 'release' });
    await page.locator('[data-spotlight]').waitFor({ state: 'detached' });
  });

  it('ignore a command from anyone who may not present: 401 unidentified, 403 a feed key or an operator; no wall changes', async () => {
    await command({ action: 'goto', scene: 'brand' });
    await Promise.all(pages().map((page) => waitForScene(page, 'brand')));
    for (const [token, status] of [
      [null, 401],
      ['not-the-token', 401],
      // The ingest token is the feed key "env": it may send figures, not commands.
      [server.ingestToken, 403],
    ] as const) {
      expect((await sendCommand(server, { target: group, action: 'goto', scene: 'smart' }, token)).status).toBe(status);
      expect((await sendCommand(server, { target: group, action: 'spotlight', metric: 'orgs.active' }, token)).status).toBe(status);
    }
    await addAccount(server, 'figures', 'operator');
    const operator = await signIn(server, 'figures');
    const asOperator = await fetch(`${server.url}/api/control`, {
      method: 'POST',
      headers: asPage(server, operator),
      body: JSON.stringify({ target: group, action: 'goto', scene: 'smart' }),
    });
    expect(asOperator.status).toBe(403);
    // A wall gets its commands in order: once this later, valid one has arrived, a refused one that had got through would show.
    await command({ action: 'spotlight', metric: 'volunteers.mobilized' });
    for (const page of pages()) await page.locator('[data-spotlight="volunteers.mobilized"]').waitFor();
    expect(await Promise.all(pages().map(sceneOf))).toEqual(['brand', 'brand']);
    for (const page of pages()) expect(await page.locator('[data-spotlight="orgs.active"]').count()).toBe(0);
  });
});

describe('through every scene and command above', () => {
  it('the walls raised no page error', () => {
    expect(pageErrors).toEqual([[], []]);
  });
});
