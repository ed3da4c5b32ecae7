/**
 * A touch panel in real Chromium: a context with touch input, so that
 * `tap()` sends touch events as a visitor's finger would. One browser per
 * test file; each panel gets its own context and viewport.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Viewport } from './chromium';
import { EVENTUALLY_MS } from './timing';

export interface TouchBrowser {
  /**
   * Opens `url` on a touch panel of `viewport`; errors thrown by the page's scripts are collected in `errors`.
   * With `fakeClock`, the page's timers run on Playwright's clock, which the test moves on with `page.clock`.
   */
  openPanel(url: string, viewport: Viewport, options?: { fakeClock?: boolean }): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

export async function launchTouchChromium(): Promise<TouchBrowser> {
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    async openPanel(url, viewport, options = {}) {
      const context = await browser.newContext({ viewport, hasTouch: true });
      context.setDefaultTimeout(EVENTUALLY_MS);
      const page = await context.newPage();
      if (options.fakeClock) await page.clock.install();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(url);
      return { page, errors };
    },
    close: () => browser.close(),
  };
}

/** Visible elements a visitor taps that are smaller than `min` CSS pixels either way. */
export function smallTapTargets(page: Page, min = 64): Promise<Array<{ what: string; width: number; height: number }>> {
  return page.evaluate((least) => {
    const targets = document.querySelectorAll<HTMLElement>('button, a[href], [role="button"], [data-tap]');
    return [...targets]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0)
      .filter(({ box }) => box.width < least || box.height < least)
      .map(({ el, box }) => ({ what: el.outerHTML.slice(0, 80), width: Math.round(box.width), height: Math.round(box.height) }));
  }, min);
}

/** Whether the page, or the kiosk's scrolling area, can be scrolled sideways. */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    [document.documentElement, document.body, document.querySelector('[data-kiosk-scroll]')].some(
      (el) => el !== null && el.scrollWidth > el.clientWidth,
    ),
  );
}

/**
 * Lines of the kiosk's visible text holding Han characters other than `allowed`
 * (the proper nouns the message catalog marks): in an English view, there should be none.
 */
export function unmarkedHan(page: Page, allowed: readonly string[]): Promise<string[]> {
  return page.evaluate((names) => {
    const text = (document.querySelector('[data-kiosk]') as HTMLElement | null)?.innerText ?? '';
    return text.split('\n').filter((line) => /\p{Script=Han}/u.test(names.reduce((rest, name) => rest.split(name).join(''), line)));
  }, allowed);
}

/**
 * Visible elements whose content is cut off: wider than their box where the overflow is hidden,
 * or ending in an ellipsis; and elements reaching past the left or right edge of the glass.
 * Decorations (aria-hidden) are left out: they are meant to bleed off the screen.
 */
export function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    for (const el of document.querySelectorAll<HTMLElement>('[data-kiosk] *')) {
      if (el.closest('[aria-hidden="true"]') || el instanceof SVGElement) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const style = getComputedStyle(el);
      const clips = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
      if (clips && el.scrollWidth > el.clientWidth + 1) problems.push(`cut: ${describe(el)} ${el.scrollWidth} > ${el.clientWidth}`);
      if (box.left < -1 || box.right > window.innerWidth + 1)
        problems.push(`off the glass: ${describe(el)} ${Math.round(box.left)}..${Math.round(box.right)}`);
    }
    return problems;
  });
}
