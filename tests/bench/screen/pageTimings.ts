/**
 * Timings read inside the wall page, on the page's own clock, so that how
 * often the bench polls adds nothing to what it measures. Node and Chromium
 * run on one machine, so their `Date.now()` agree.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** Records, in every page of `context`, when the first live figure appears and every scene change. */
export async function recordWallTimings(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const marks = { firstFigureMs: null as number | null, scenes: [] as Array<{ scene: string; at: number }> };
    Object.assign(window, { wallTimings: marks });
    let lastScene: string | null = null;
    const observer = new MutationObserver(() => {
      const figure = document.querySelector('[data-metric="appeals.handled"] [data-figure]');
      if (marks.firstFigureMs === null && figure && /\d/.test(figure.textContent ?? '')) marks.firstFigureMs = performance.now();
      const scene = document.querySelector('[data-scene-id]')?.getAttribute('data-scene-id') ?? null;
      if (scene !== null && scene !== lastScene) {
        lastScene = scene;
        marks.scenes.push({ scene, at: Date.now() });
      }
    });
    observer.observe(document, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['data-scene-id'],
    });
  });
}

/** Milliseconds from navigation start to the first live figure on the page. */
export async function firstFigureMs(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => (window as unknown as { wallTimings: { firstFigureMs: number | null } }).wallTimings.firstFigureMs,
  );
  return (await handle.jsonValue()) as number;
}

/** The wall-clock time at which the page started showing `scene` after `since`. */
export async function sceneShownAt(page: Page, scene: string, since: number): Promise<number> {
  const handle = await page.waitForFunction(
    ([want, after]) =>
      (window as unknown as { wallTimings: { scenes: Array<{ scene: string; at: number }> } }).wallTimings.scenes.find(
        (mark) => mark.scene === want && mark.at >= after,
      )?.at,
    [scene, since] as const,
    { polling: 20 },
  );
  return (await handle.jsonValue()) as number;
}

/** The wall-clock time at which `predicate`'s text first appeared, checked every frame. */
export async function textShownAt(page: Page, selector: string, text: string): Promise<number> {
  const handle = await page.waitForFunction(
    ([sel, want]) =>
      [...document.querySelectorAll(sel)].some((el) => el.textContent?.replace(/\s+/g, '').includes(want)) ? Date.now() : null,
    [selector, text.replace(/\s+/g, '')] as const,
    { polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}
