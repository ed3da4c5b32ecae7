/** Real Chromium for the browser tests: Debian's build, headless, one per test file. */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './paths';
import { EVENTUALLY_MS } from './timing';

export interface Viewport {
  width: number;
  height: number;
}

export interface WallBrowser {
  context: BrowserContext;
  /** Opens a page at the viewport's size; errors thrown by the page's scripts are collected in `errors`. */
  open(url: string, viewport: Viewport): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<WallBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'wall-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--enable-unsafe-swiftshader',
    ],
    viewport: { width: 1920, height: 1080 },
  });
  // Every wait that names no timeout of its own is for something that must happen eventually.
  context.setDefaultTimeout(EVENTUALLY_MS);
  return {
    context,
    async open(url, viewport) {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.setViewportSize(viewport);
      await page.goto(url);
      return { page, errors };
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Saves a full-viewport screenshot under .artifacts/screenshots/<name>.png. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * Waits until no finite CSS transition or animation is running (endless ones, like a
 * glow, are part of the look), so that what is measured or shot is the page at rest.
 */
export async function waitForStillness(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
    null,
    { polling: 100 },
  );
}
