/**
 * A playlist saved from the desk reaches the walls: two wall pages of one
 * group play the new order without being reloaded, and a group not edited
 * plays on as before. The save goes over HTTP as the signed-in operator's
 * page sends it (the section is not yet in the desk's navigation).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PlaylistEntry } from '../../common/control';
import { addAccount, asPage, signIn } from '../support/accounts';
import { startTestServer, type TestServer } from '../support/server';
import { launchChromium, type WallBrowser } from './support/chromium';
import { sceneOf, sendCommand, shortPlaylistEnv, waitForScene } from './support/control';
import { TEST_SCREEN_DIR } from './support/paths';
import { waitForFollowed } from './support/wall';

let server: TestServer;
let browser: WallBrowser;
const hall: Page[] = [];
let lobby: Page;
const pageErrors: string[][] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ screenDir: TEST_SCREEN_DIR, env: shortPlaylistEnv() }), launchChromium()]);
  for (const [name, group] of [
    ['left', 'hall'],
    ['right', 'hall'],
    ['lobby', 'entrance'],
  ] as const) {
    const { page, errors } = await browser.open(`${server.url}/?screen=${name}&group=${group}`, { width: 1280, height: 720 });
    if (group === 'hall') hall.push(page);
    else lobby = page;
    pageErrors.push(errors);
  }
  // Live (the first snapshot followed) and showing a scene; timer-polled, since a page not in front gets few frames.
  await Promise.all([...hall, lobby].map((page) => waitForFollowed(page, 0, 30_000)));
  await Promise.all([...hall, lobby].map((page) => page.waitForSelector('[data-scene-id]', { timeout: 30_000 })));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Brand, then smart: the short playlist's overview and regional are dropped. */
const NEW_ORDER: PlaylistEntry[] = [
  { scene: 'brand', seconds: 5 },
  { scene: 'smart', seconds: 5 },
];
/** The short playlist's scenes that NEW_ORDER leaves out. */
const DROPPED = ['overview', 'regional'];

/** Records every scene a page shows from now on, so that a scene shown between two waits is not missed. */
async function watchScenes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { scenesShown: string[]; sameDocument: boolean };
    w.scenesShown = [];
    w.sameDocument = true;
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

const scenesShown = (page: Page) => page.evaluate(() => (window as unknown as { scenesShown: string[] }).scenesShown);

describe('a playlist saved at the desk', () => {
  it('is played by every wall of the group at once, in its new order, without a reload', async () => {
    // Everything but the save itself is done first: the walls play on while an account is made and signed in.
    await addAccount(server, '王丽', 'operator');
    const operator = asPage(server, await signIn(server, '王丽'));
    const listed = (await (await fetch(`${server.url}/api/playlists`, { headers: operator })).json()) as Array<{
      group: string;
      version: number;
    }>;
    const version = listed.find((p) => p.group === 'hall')?.version;
    expect(version).toBe(0);

    // The hall is put on overview, which the new playlist drops: the walls must leave it at once for brand.
    expect((await sendCommand(server, { target: { group: 'hall' }, action: 'goto', scene: 'overview' })).status).toBe(200);
    await Promise.all(hall.map((page) => waitForScene(page, 'overview')));
    await Promise.all(hall.map(watchScenes));
    const saved = await fetch(`${server.url}/api/playlists/hall`, {
      method: 'PUT',
      headers: operator,
      body: JSON.stringify({ version, scenes: NEW_ORDER }),
    });
    expect(saved.status).toBe(200);

    // Read from what each page recorded, not by polling each scene in turn: a page behind another must not miss a scene.
    // On a slow machine the old playlist may have moved on from overview to regional (also dropped) before the save
    // landed; either way the first scene after the dropped ones is brand, and the new order follows.
    await Promise.all(
      hall.map((page) =>
        page.waitForFunction(
          (dropped) => {
            const shown = (window as unknown as { scenesShown: string[] }).scenesShown;
            const kept = shown.findIndex((scene) => !dropped.includes(scene));
            return kept >= 0 && shown.length >= kept + 3;
          },
          DROPPED,
          { polling: 100, timeout: 40_000 },
        ),
      ),
    );
    for (const page of hall) {
      const shown = await scenesShown(page);
      const kept = shown.findIndex((scene) => !DROPPED.includes(scene));
      expect(kept).toBeGreaterThan(0); // it started on a dropped scene and left it
      expect(shown.slice(kept, kept + 3)).toEqual(['brand', 'smart', 'brand']);
      // The marker set before the save is still there: the page was told, not reloaded.
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    }
  });

  it('leaves the other groups playing what they played', async () => {
    await watchScenes(lobby);
    await lobby.waitForFunction(() => (window as unknown as { scenesShown: string[] }).scenesShown.length >= 3, null, {
      polling: 100,
      timeout: 30_000,
    });
    const shown = await scenesShown(lobby);
    expect(shown.some((scene) => scene === 'overview' || scene === 'regional')).toBe(true);
    expect(await sceneOf(lobby)).not.toBeNull();
    expect(pageErrors.flat()).toEqual([]);
  });
});
