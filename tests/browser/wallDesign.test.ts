/**
 * Every scene designed for every wall the hall has: at each size, no panel is
 * more than a quarter empty, no text is too small to read from 5 m, and every
 * counter's figure is big enough to read from the back of the room.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCENE_IDS } from '../../common/control';
import type { Snapshot } from '../../common/protocol';
import { formatMetricValue } from '../../screen/format/numbers';
import { getJson, postEvents, startTestServer, type TestServer } from '../support/server';
import { launchChromium, saveScreenshot, type WallBrowser, waitForStillness } from './support/chromium';
import { figuresUnder, panelFill, textsUnder, waitForSceneDrawn } from './support/design';
import { sampleAppeals } from './support/events';
import { TEST_SCREEN_DIR } from './support/paths';
import { waitForFigure } from './support/wall';

/** The hall's walls: a single screen, spliced rows of two and three, 4K, two rows of three, 8K, and a small office monitor. */
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 3840, height: 1080 },
  { width: 5760, height: 1080 },
  { width: 3840, height: 2160 },
  { width: 5760, height: 2160 },
  { width: 7680, height: 2160 },
  { width: 1366, height: 768 },
] as const;

/** A quarter empty at most: content boxes cover at least three quarters of each panel. */
const MIN_FILL = 0.75;
const MIN_TEXT_PX = 20;
const MIN_FIGURE_PX = 48;

let server: TestServer;
let browser: WallBrowser;
let snapshot: Snapshot;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ screenDir: TEST_SCREEN_DIR }), launchChromium()]);
  // A wall as the hall sees it: figures moved on from the baseline and a ticker with lines in it.
  expect((await postEvents(server, sampleAppeals(9, 'design'))).status).toBeLessThan(300);
  snapshot = await getJson<Snapshot>(server, '/api/snapshot');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.each(SCENE_IDS)('the %s scene', (scene) => {
  it.each(SIZES)('at $width x $height uses its panels and reads from 5 m', async ({ width, height }) => {
    const { page, errors } = await browser.open(`${server.url}/?scene=${scene}`, { width, height });
    await page.locator(`[data-scene="${scene}"]`).waitFor();
    await page.waitForFunction(() => document.fonts.status === 'loaded');
    if (scene === 'overview' || scene === 'smart') {
      await waitForFigure(page, 'appeals.handled', formatMetricValue('appeals.handled', snapshot.values['appeals.handled']));
    }
    await waitForSceneDrawn(page, scene);
    await waitForStillness(page);

    const fills = await panelFill(page);
    expect(fills.length, 'panels on the scene').toBeGreaterThan(0);
    const emptyPanels = fills.filter(({ filled }) => filled < MIN_FILL).map(({ panel, filled }) => `${panel} ${Math.round(filled * 100)}%`);
    const smallTexts = (await textsUnder(page, MIN_TEXT_PX)).map(({ text, size }) => `"${text}" ${size}px`);
    const smallFigures = (await figuresUnder(page, MIN_FIGURE_PX)).map(({ text, size }) => `${text} ${size}px`);
    await saveScreenshot(page, `design-${scene}-${width}x${height}`);

    // Joined, so that a failure lists every offender rather than the first few.
    expect(emptyPanels.join(', '), 'panels filled less than three quarters').toBe('');
    expect(smallTexts.join(', '), `texts under ${MIN_TEXT_PX} design px`).toBe('');
    expect(smallFigures.join(', '), `figures under ${MIN_FIGURE_PX} design px`).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });
});
