/**
 * The project scenes in real Chromium: each shows the server's figures at
 * the hall's sizes without scrollbars or small text; the county map draws
 * its towns offline with a Chinese credit; full coverages read as milestones
 * reached; the brand scene's 3D county draws, survives a lost context and
 * gives its WebGL context back when the scene leaves; the handling trend
 * marks a server outage instead of drawing it as a flat line.
 */
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { SceneId } from '../../common/control';
import type { MetricId } from '../../common/metrics';
import type { Snapshot } from '../../common/protocol';
import { MIN_GAP_MS } from '../../screen/charts/trendSamples';
import { formatMetricValue } from '../../screen/format/numbers';
import { getJson, postEvents, startTestServer, type TestServer } from '../support/server';
import { launchChromium, saveScreenshot, type WallBrowser } from './support/chromium';
import { sendCommand, waitForScene } from './support/control';
import { sampleAppeals } from './support/events';
import { TEST_SCREEN_DIR } from './support/paths';
import { EVENTUALLY_MS } from './support/timing';
import { chartSharpness, hasScrollbars, smallestText, waitForFigure } from './support/wall';
import { loseAndRestoreWebGl, trackWebGlContexts, webGlContextCounts, webGlCoverage } from './support/webgl';

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 3840, height: 1080 },
  { width: 5760, height: 1080 },
] as const;

/** The live counters each scene must show, as the server has them. */
const SCENE_METRICS: Record<Exclude<SceneId, 'overview'>, MetricId[]> = {
  regional: [
    'orgs.active',
    'members.active',
    'communities.bigCommittee',
    'twoNew.instructorCoverage',
    'network.towns',
    'network.departments',
    'units.concurrent',
    'points.shared',
  ],
  smart: ['appeals.handled', 'appeals.resolved', 'wishes.fulfilled', 'platform.participants', 'network.towns', 'network.departments'],
  brand: ['land.acquiredMu', 'land.demolishedM2', 'projects.investmentYuan', 'projects.introduced', 'projects.serviceCadres'],
};

let server: TestServer;
let browser: WallBrowser;
let snapshot: Snapshot;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ screenDir: TEST_SCREEN_DIR }), launchChromium()]);
  await trackWebGlContexts(browser.context);
  expect((await postEvents(server, sampleAppeals(9, 'scenes'))).status).toBeLessThan(300);
  snapshot = await getJson<Snapshot>(server, '/api/snapshot');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.each(SIZES)('the project scenes at $width x $height', ({ width, height }) => {
  it.each(Object.keys(SCENE_METRICS) as Array<keyof typeof SCENE_METRICS>)(
    '%s shows the server figures, whole and legible',
    async (scene) => {
      const { page, errors } = await browser.open(`${server.url}/?scene=${scene}&group=scenes-${scene}`, { width, height });
      onTestFinished(() => page.close());
      await page.locator(`[data-scene="${scene}"]`).waitFor();
      for (const id of SCENE_METRICS[scene]) await waitForFigure(page, id, formatMetricValue(id, snapshot.values[id]));
      await page.waitForFunction(() => document.fonts.status === 'loaded');

      expect(await hasScrollbars(page)).toBe(false);
      const panels = await page
        .locator(`[data-scene="${scene}"] [data-panel]`)
        .evaluateAll((els) =>
          els.map((el) => ({ name: (el as HTMLElement).dataset.panel, ...(el.getBoundingClientRect().toJSON() as DOMRect) })),
        );
      expect(panels.length).toBeGreaterThanOrEqual(3);
      for (const box of panels) {
        expect(box.left, `${box.name} left`).toBeGreaterThanOrEqual(0);
        expect(box.right, `${box.name} right`).toBeLessThanOrEqual(width + 0.5);
        expect(box.bottom, `${box.name} bottom`).toBeLessThanOrEqual(height + 0.5);
      }
      for (const ratio of await chartSharpness(page)) expect(ratio).toBeGreaterThanOrEqual(0.985);
      const smallest = await smallestText(page);
      expect(smallest.size, `"${smallest.text}" is the smallest text`).toBeGreaterThanOrEqual(16);

      if (scene === 'regional') {
        const credit = await page.locator('[data-map-attribution]').innerText();
        expect(credit).toContain('高德地图');
        expect(credit).not.toMatch(/Boundary/);
        expect(await page.locator('[data-map-note]').innerText()).toContain('位置示意');
        // 10/10, 100 % and 12/12 are milestones reached, each with what it means, not rings that are always full.
        const milestones = page.locator('[data-milestone][data-reached="true"]');
        expect(await milestones.count()).toBe(3);
        for (const text of await milestones.allInnerTexts()) expect(text).toContain('全覆盖');
        expect(await page.locator('[data-chart^="ring-"]').count()).toBe(0);
      }
      if (scene === 'smart') {
        expect(await page.locator('[data-trend-since]').innerText()).toContain('自开屏以来');
        expect(await page.locator('[data-platform-model]').innerText()).toContain('学习赋能');
        expect(await page.locator('[data-scene="smart"]').innerText()).not.toContain('"');
        expect(await page.locator('[data-ticker-line]').count()).toBeGreaterThan(0);
      }
      if (scene === 'brand') {
        // "等 8 个" shares a line with the last company's name: never alone on a line.
        const more = page.locator('[data-projects-more]');
        expect(await more.innerText()).toBe('等 8 个');
        const [moreBox, lastBox] = await Promise.all([more.boundingBox(), page.locator('[data-projects] li').last().boundingBox()]);
        expect(moreBox!.y).toBeGreaterThanOrEqual(lastBox!.y);
        expect(moreBox!.y + moreBox!.height).toBeLessThanOrEqual(lastBox!.y + lastBox!.height + 0.5);
        expect(await page.locator('[data-projects] li').last().textContent()).toMatch(/^\s*\S+\s*等 8 个\s*$/);
        const brands = page.locator('[data-brands] li');
        expect(await brands.count()).toBe(5);
        expect(await brands.first().innerText()).toContain('钢铁堡垒·共创桂康');
        // The pandemic story belongs to the volunteers; the brand scene gives its room to the brands.
        expect(await page.locator('[data-scene="brand"]').innerText()).not.toContain('疫情');
        await expect.poll(() => webGlCoverage(page), { timeout: EVENTUALLY_MS }).toBeGreaterThan(0.01);
        // Headless Chromium draws WebGL in software: there the county stands still rather than block the page every frame.
        expect(await page.locator('[data-chart3d]').getAttribute('data-rotating')).toBe('false');
      }

      // Let bars grow and the 3D view settle, so the screenshot shows the scene at rest.
      await page.waitForTimeout(1200);
      await saveScreenshot(page, `scene-${scene}-${width}x${height}`);
      expect(errors).toEqual([]);
    },
  );
});

describe('the county map', () => {
  it('draws every town inside the county, offline: no request leaves the hall server', async () => {
    const { page, errors } = await browser.open('about:blank', { width: 1920, height: 1080 });
    onTestFinished(() => page.close());
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    await page.goto(`${server.url}/?scene=regional&group=scenes-map`);
    await page.locator('[data-chart="county-map"] canvas').first().waitFor();
    await page.waitForTimeout(800);
    const chart = page.locator('[data-chart="county-map"]');
    expect(await chart.locator('canvas').count()).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the 3D view', () => {
  it('rebuilds after a lost context and releases its context when the scene leaves', async () => {
    const group = 'scenes-gl';
    const { page, errors } = await browser.open(`${server.url}/?group=${group}`, { width: 1920, height: 1080 });
    onTestFinished(() => page.close());
    await page.locator('[data-scene-id]').waitFor();
    expect((await sendCommand(server, { target: { group }, action: 'goto', scene: 'brand' })).status).toBe(200);
    expect((await sendCommand(server, { target: { group }, action: 'hold' })).status).toBe(200);
    await waitForScene(page, 'brand');
    await expect.poll(() => webGlCoverage(page), { timeout: EVENTUALLY_MS }).toBeGreaterThan(0.01);
    expect((await webGlContextCounts(page)).live).toBe(1);

    await loseAndRestoreWebGl(page);
    await expect.poll(() => page.locator('[data-chart3d]').getAttribute('data-builds'), { timeout: EVENTUALLY_MS }).toBe('2');
    await expect.poll(() => webGlCoverage(page), { timeout: EVENTUALLY_MS }).toBeGreaterThan(0.01);
    expect((await webGlContextCounts(page)).live).toBe(1);

    expect((await sendCommand(server, { target: { group }, action: 'goto', scene: 'overview' })).status).toBe(200);
    await waitForScene(page, 'overview');
    await page.locator('[data-scene="brand"]').waitFor({ state: 'detached' });
    const counts = await webGlContextCounts(page);
    expect(counts.created).toBeGreaterThanOrEqual(2);
    expect(counts.live).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('the handling trend', () => {
  it('marks a server outage as 连接中断 instead of drawing a flat "no appeals" line across it', async () => {
    let own = await startTestServer({ screenDir: TEST_SCREEN_DIR });
    onTestFinished(() => own.stop());
    const { page, errors } = await browser.open(`${own.url}/?scene=smart&group=scenes-trend`, { width: 1920, height: 1080 });
    onTestFinished(() => page.close());
    const trend = page.locator('[data-trend-outages]');
    await trend.waitFor();
    expect(await trend.getAttribute('data-trend-outages')).toBe('0');

    const { dataDir, port } = own;
    await own.stop();
    await page.locator('[data-connection-banner]').waitFor({ state: 'visible' });
    // Long enough to be worth marking (shorter blips hide nothing a visitor could read).
    await page.waitForTimeout(MIN_GAP_MS + 2_000);
    own = await startTestServer({ dataDir, screenDir: TEST_SCREEN_DIR, env: { PORT: String(port) } });
    expect((await postEvents(own, sampleAppeals(1, 'after-outage'))).status).toBeLessThan(300);

    await expect.poll(() => trend.getAttribute('data-trend-outages'), { timeout: EVENTUALLY_MS }).toBe('1');
    await page.locator('[data-connection-banner]').waitFor({ state: 'hidden' });
    await saveScreenshot(page, 'scene-smart-trend-outage');
    expect(errors).toEqual([]);
  });
});
