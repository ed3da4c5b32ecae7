/**
 * The longest texts and lists the desk accepts still fit their panels: every
 * scene, fed the longest content through the desk's preview page, shows every
 * line of its text whole, on a 1080p wall, a 4K one and the wide 32:9 and 48:9 walls.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WallContent, WallContentMessage } from '../../common/wallContent';
import { validateWallContent } from '../../common/wallContentRules';
import { SCENE_IDS } from '../../common/control';
import { getJson, startTestServer, type TestServer } from '../support/server';
import { launchChromium, saveScreenshot, type WallBrowser } from './support/chromium';
import { clippedTexts, longestContent } from './support/contentFit';
import { waitForSceneDrawn } from './support/design';
import { TEST_SCREEN_DIR } from './support/paths';

let server: TestServer;
let browser: WallBrowser;
let longest: WallContent;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ screenDir: TEST_SCREEN_DIR }), launchChromium()]);
  longest = longestContent((await getJson<WallContentMessage>(server, '/api/content')).content);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the longest allowed wall texts', () => {
  it('are allowed: the desk would save them', () => {
    expect(validateWallContent(longest, server.running.catalog)).toMatchObject({ ok: true });
  });

  for (const size of [
    { width: 1920, height: 1080 },
    { width: 3840, height: 2160 },
    { width: 3840, height: 1080 },
    { width: 5760, height: 1080 },
  ])
    it(`fit every panel of every scene at ${size.width}x${size.height}`, async () => {
      const found: string[] = [];
      for (const scene of SCENE_IDS) {
        const { page } = await browser.open(`${server.url}/?scene=${scene}&preview=1`, size);
        await page.locator(`[data-scene="${scene}"]`).waitFor({ timeout: 30_000 });
        await page.evaluate((content) => window.postMessage({ type: 'wall-content-draft', content }, window.location.origin), longest);
        // Every panel title is the longest one once the page shows the content sent.
        await page.waitForFunction(
          () => [...document.querySelectorAll('.panel__title')].every((title) => title.textContent?.startsWith('党党')),
          null,
          { polling: 100, timeout: 30_000 },
        );
        await waitForSceneDrawn(page, scene);
        found.push(...(await clippedTexts(page)).map((problem) => `${scene} ${size.width}: ${problem}`));
        if (size.width === 1920) await saveScreenshot(page, `content-longest-${scene}`);
        await page.close();
      }
      expect(found).toEqual([]);
    });
});
