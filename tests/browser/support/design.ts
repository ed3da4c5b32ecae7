/**
 * How well a wall uses its space and how readable it is from across the room,
 * measured from the page as drawn: what an outside reviewer with a ruler would check.
 */
import type { Page } from 'playwright-core';

export interface PanelFill {
  panel: string;
  /** Share of the panel's box covered by its content boxes, 0..1. */
  filled: number;
}

/**
 * For each `[data-panel]`: the share of its box covered by the union of its
 * content boxes, i.e. the boxes of visible elements that draw something of
 * their own (text of their own, a canvas, an svg, an image). Layout wrappers
 * count only through what they hold, so a stretched empty grid cell stays empty.
 */
export function panelFill(page: Page): Promise<PanelFill[]> {
  return page.evaluate(() => {
    const drawsItself = (el: Element) =>
      el instanceof HTMLCanvasElement ||
      el instanceof SVGSVGElement ||
      el instanceof HTMLImageElement ||
      [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
    const shown = (el: Element) => {
      for (let at: Element | null = el; at; at = at.parentElement) {
        const style = getComputedStyle(at);
        if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) return false;
      }
      return true;
    };
    return [...document.querySelectorAll<HTMLElement>('[data-panel]')].map((panel) => {
      const box = panel.getBoundingClientRect();
      // A raster of about 400 cells across: fine enough for content boxes, cheap at 8K.
      const cell = Math.max(1, box.width / 400);
      const columns = Math.ceil(box.width / cell);
      const rows = Math.ceil(box.height / cell);
      const covered = new Uint8Array(columns * rows);
      for (const el of panel.querySelectorAll('*')) {
        if (el.closest('svg') !== el && el.closest('svg')) continue;
        if (!drawsItself(el) || !shown(el)) continue;
        const r = el.getBoundingClientRect();
        const x0 = Math.max(0, Math.floor((r.left - box.left) / cell));
        const x1 = Math.min(columns, Math.ceil((r.right - box.left) / cell));
        const y0 = Math.max(0, Math.floor((r.top - box.top) / cell));
        const y1 = Math.min(rows, Math.ceil((r.bottom - box.top) / cell));
        for (let y = y0; y < y1; y++) covered.fill(1, y * columns + x0, Math.max(y * columns + x0, y * columns + x1));
      }
      const filled = covered.reduce((sum, v) => sum + v, 0) / Math.max(1, columns * rows);
      return { panel: panel.dataset.panel ?? '?', filled };
    });
  });
}

export interface SmallText {
  text: string;
  /** Font size in design pixels (the wall canvas is scaled as a whole, so computed sizes are design sizes). */
  size: number;
}

/** Every visible text on the wall smaller than `minimum` design px (each distinct text once). */
export function textsUnder(page: Page, minimum: number): Promise<SmallText[]> {
  return page.evaluate((min) => {
    const found = new Map<string, number>();
    const root = document.querySelector('[data-wall-canvas]') ?? document.body;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const element = node.parentElement;
      if (!text || !element || element.getClientRects().length === 0) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden') continue;
      const size = parseFloat(style.fontSize);
      if (size < min) found.set(text.slice(0, 40), size);
    }
    return [...found].map(([text, size]) => ({ text, size }));
  }, minimum);
}

/** Every counter figure drawn smaller than `minimum` design px, with its metric. */
export function figuresUnder(page: Page, minimum: number): Promise<SmallText[]> {
  return page.evaluate(
    (min) =>
      [...document.querySelectorAll<HTMLElement>('[data-figure]')]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => ({
          text: el.closest<HTMLElement>('[data-metric]')?.dataset.metric ?? el.innerText,
          size: parseFloat(getComputedStyle(el).fontSize),
        }))
        .filter(({ size }) => size < min),
    minimum,
  );
}

/**
 * Waits until the scene is fully shown (faded in, not mid-transition) and every
 * chart on it has drawn into its canvas (charts are created one per frame, not all at load).
 */
export async function waitForSceneDrawn(page: Page, scene: string): Promise<void> {
  await page.waitForFunction(
    (id) => {
      const root = document.querySelector(`[data-scene="${id}"]`);
      if (!root) return false;
      for (let at: Element | null = root; at; at = at.parentElement) if (Number(getComputedStyle(at).opacity) < 1) return false;
      return [...root.querySelectorAll('[data-chart], [data-chart3d]')].every((host) =>
        [...host.querySelectorAll('canvas')].some((canvas) => canvas.width > 0 && canvas.height > 0),
      );
    },
    scene,
    { polling: 100 },
  );
}
