/** What a visitor sees on the wall, read from the page. */
import type { Page } from 'playwright-core';
import type { MetricId } from '../../../common/metrics';
import { EVENTUALLY_MS } from './timing';

/** The figure a counter shows, e.g. `4,600` (digits as drawn, separators included). */
export function figureOf(page: Page, metric: MetricId): Promise<string> {
  return page
    .locator(`[data-metric="${metric}"] [data-figure]`)
    .innerText()
    .then((text) => text.replace(/\s+/g, ''));
}

/** Waits until a counter shows `expected` (its roll landed there). */
export async function waitForFigure(page: Page, metric: MetricId, expected: string, timeoutMs = EVENTUALLY_MS): Promise<void> {
  await page.waitForFunction(
    ([selector, want]) => document.querySelector(selector)?.textContent?.replace(/\s+/g, '') === want,
    [`[data-metric="${metric}"] [data-figure]`, expected] as const,
    { timeout: timeoutMs, polling: 'raf' },
  );
}

/**
 * Waits until the wall has received everything up to `seq`, whether it shows it
 * or holds it back behind a freeze: after this, a figure that did not move never will.
 */
export async function waitForFollowed(page: Page, seq: number, timeoutMs = EVENTUALLY_MS): Promise<void> {
  await page.waitForFunction(
    (want) => Number(document.querySelector('[data-followed-seq]')?.getAttribute('data-followed-seq')) >= want,
    seq,
    {
      timeout: timeoutMs,
      polling: 50,
    },
  );
}

/** Whether the page can be scrolled in either direction (it must not: a wall has no one to scroll it). */
export function hasScrollbars(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const root = document.documentElement;
    return root.scrollWidth > root.clientWidth || root.scrollHeight > root.clientHeight;
  });
}

/** The screen-pixel box of each overview panel, keyed by its group. */
export function panelBoxes(page: Page): Promise<Record<string, { x: number; y: number; width: number; height: number }>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('[data-panel]')].map((el) => {
        const r = el.getBoundingClientRect();
        return [el.dataset.panel ?? '', { x: r.x, y: r.y, width: r.width, height: r.height }];
      }),
    ),
  );
}

/**
 * For each chart canvas: its backing-store pixels per device pixel it covers
 * on screen. 1 means drawn at device resolution; below 1, a stretched bitmap.
 */
export function chartSharpness(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLCanvasElement>('[data-chart] canvas')].map(
      (canvas) => canvas.width / (canvas.getBoundingClientRect().width * window.devicePixelRatio),
    ),
  );
}

/**
 * The smallest font size of any visible text on the wall, in design pixels
 * (CSS pixels before the canvas is scaled), with the element that has it.
 */
export function smallestText(page: Page): Promise<{ size: number; text: string }> {
  return page.evaluate(() => {
    let smallest = { size: Infinity, text: '' };
    const walker = document.createTreeWalker(document.querySelector('[data-wall-canvas]') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const element = node.parentElement;
      if (!text || !element || element.getClientRects().length === 0) continue;
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (size < smallest.size) smallest = { size, text };
    }
    return smallest;
  });
}
