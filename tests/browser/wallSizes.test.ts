/**
 * The wall at the hall's sizes: every panel shows the server's figures, the
 * whole viewport is used without scrollbars, charts are drawn at device
 * pixels, and no text is too small to read from across the room.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../common/catalog';
import { METRIC_IDS, METRIC_BY_ID, type MetricGroup } from '../../common/metrics';
import type { Snapshot } from '../../common/protocol';
import { formatMetricValue } from '../../screen/format/numbers';
import { getJson, postEvents, startTestServer, type TestServer } from '../support/server';
import { sampleAppeals } from './support/events';
import { launchChromium, saveScreenshot, type WallBrowser, waitForStillness } from './support/chromium';
import { waitForSceneDrawn } from './support/design';
import { TEST_SCREEN_DIR } from './support/paths';
import { chartSharpness, figureOf, hasScrollbars, panelBoxes, smallestText, waitForFigure } from './support/wall';

const SIZES = [
  { width: 1920, height: 1080, layout: '16x9' },
  { width: 3840, height: 1080, layout: '32x9' },
  { width: 3840, height: 2160, layout: '16x9' },
  { width: 5760, height: 1080, layout: '48x9' },
  { width: 5760, height: 2160, layout: '32x9' },
  { width: 1366, height: 768, layout: '16x9' },
] as const;

const GROUPS: MetricGroup[] = ['appeals', 'volunteers', 'land', 'orgs'];

let server: TestServer;
let browser: WallBrowser;
let snapshot: Snapshot;
let catalog: Catalog;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ screenDir: TEST_SCREEN_DIR }), launchChromium()]);
  // A wall as the hall sees it: figures moved on from the baseline and a ticker with lines in it.
  expect((await postEvents(server, sampleAppeals(9, 'sizes'))).status).toBeLessThan(300);
  [snapshot, catalog] = await Promise.all([getJson<Snapshot>(server, '/api/snapshot'), getJson<Catalog>(server, '/api/metrics')]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.each(SIZES)('the wall at $width x $height', ({ width, height, layout }) => {
  it('shows all four panels with the server figures, filling the screen without scrollbars', async () => {
    const { page, errors } = await browser.open(`${server.url}/?scene=overview`, { width, height });
    await waitForFigure(page, 'appeals.handled', formatMetricValue('appeals.handled', snapshot.values['appeals.handled']));
    await page.waitForFunction(() => document.fonts.status === 'loaded');

    expect(await page.locator('[data-wall-canvas]').getAttribute('data-layout')).toBe(layout);
    expect(await page.locator('[data-title]').innerText()).toBe(catalog.title.zh);
    for (const id of METRIC_IDS) {
      const panel = page.locator(`[data-panel="${METRIC_BY_ID[id].group}"]`);
      expect(await panel.locator(`[data-metric="${id}"]`).count(), `${id} in its panel`).toBe(1);
      expect(await figureOf(page, id), id).toBe(formatMetricValue(id, snapshot.values[id]));
    }

    // Figures the seed does not give say so; the seed's own figures carry no mark.
    for (const id of METRIC_IDS) {
      const tag = page.locator(`[data-metric="${id}"] .counter__tag`);
      expect(await tag.count(), `${id} demo tag`).toBe(METRIC_BY_ID[id].source === 'demo' ? 1 : 0);
    }
    expect(await page.getByText('分项为示意数据').count()).toBeGreaterThan(0);

    const boxes = await panelBoxes(page);
    expect(Object.keys(boxes).sort()).toEqual([...GROUPS].sort());
    for (const group of GROUPS) {
      const box = boxes[group]!;
      expect(box.x, `${group} left`).toBeGreaterThanOrEqual(0);
      expect(box.y, `${group} top`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${group} right`).toBeLessThanOrEqual(width);
      expect(box.y + box.height, `${group} bottom`).toBeLessThanOrEqual(height);
    }
    expect(await hasScrollbars(page)).toBe(false);

    // The canvas covers the whole wall, not a letterboxed or half-filled part of it.
    const canvas = await page.locator('[data-wall-canvas]').boundingBox();
    expect(canvas!.width).toBeGreaterThan(width - 2);
    expect(canvas!.height).toBeGreaterThan(height - 2);

    // ECharts loads after the counters: wait for every chart to have drawn.
    await waitForSceneDrawn(page, 'overview');
    const sharpness = await chartSharpness(page);
    // Every chart has its canvas (the ranking and the category ring on the overview), none left out of the check.
    expect(sharpness.length).toBeGreaterThanOrEqual(2);
    expect(sharpness.length).toBeGreaterThanOrEqual(await page.locator('[data-chart]').count());
    // Canvas sizes are whole pixels, so a chart a few hundred pixels wide may be a fraction of a percent off.
    for (const ratio of sharpness) expect(ratio).toBeGreaterThanOrEqual(0.985);

    const smallest = await smallestText(page);
    expect(smallest.size, `"${smallest.text}" is the smallest text`).toBeGreaterThanOrEqual(20);

    // The ticker's slides over, so the screenshot shows the wall at rest.
    await waitForStillness(page);
    await saveScreenshot(page, `wall-${width}x${height}`);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the wall under scaling', () => {
  it('at 3840x2160, the tooltip names the town under the pointer', async () => {
    const { page } = await browser.open(`${server.url}/?scene=overview`, { width: 3840, height: 2160 });
    await waitForFigure(page, 'appeals.handled', formatMetricValue('appeals.handled', snapshot.values['appeals.handled']));
    await page.waitForTimeout(800);
    const ranked = Object.entries(snapshot.breakdowns.appealsByTown)
      .sort((a, b) => b[1] - a[1])
      .map(([name]) => name);
    const chart = page.locator('[data-chart="appeals-by-town"]');
    const box = (await chart.boundingBox())!;
    const scale = 2;
    // The ranking's rows share its height less 4 design px top and bottom (TOWN_RANKING_GRID).
    const rowHeight = (box.height - 8 * scale) / ranked.length;
    for (const row of [0, 2]) {
      const x = box.x + box.width * 0.33;
      const y = box.y + 4 * scale + rowHeight * (row + 0.5);
      // Moved a pixel each poll, as a hand would, until the bars have grown in and the tooltip follows.
      let jiggle = 0;
      await expect
        .poll(async () => {
          jiggle = 1 - jiggle;
          await page.mouse.move(x + jiggle, y);
          return chart.innerText();
        })
        .toContain(ranked[row]!);
    }
    await saveScreenshot(page, 'wall-3840x2160-tooltip');
    await page.close();
  });
});
