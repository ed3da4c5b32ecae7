/**
 * The ticker stays calm under a busy feed: at 30 events a second through the
 * real server it still shows new lines, but never two within 2 s of each other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { postEvents, startTestServer, type TestServer } from '../support/server';
import { launchChromium, saveScreenshot, type WallBrowser } from './support/chromium';
import { sampleAppeals } from './support/events';
import { TEST_SCREEN_DIR } from './support/paths';
import { waitForFigure } from './support/wall';

/** The feed's rate and how long it runs: the busiest hour the issue names, long enough for several admissions. */
const EVENTS_PER_SECOND = 30;
const FEED_MS = 15_000;
/** The queue admits one line per 2.5 s; 1.9 s leaves room for timer jitter on a loaded machine and still catches a burst. */
const MIN_GAP_MS = 1900;

let server: TestServer;
let browser: WallBrowser;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ screenDir: TEST_SCREEN_DIR }), launchChromium()]);
  ({ page, errors: pageErrors } = await browser.open(`${server.url}/?scene=overview`, { width: 1920, height: 1080 }));
  await waitForFigure(page, 'appeals.handled', '4,600');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Posts appeals at `perSecond` for `durationMs`, catching up in bigger batches when a request was slow; returns how many were sent. */
async function feed(perSecond: number, durationMs: number): Promise<number> {
  const start = Date.now();
  let sent = 0;
  for (let batch = 0; Date.now() - start < durationMs; batch++) {
    const due = Math.floor(((Date.now() - start) / 1000) * perSecond) - sent;
    if (due > 0) {
      const response = await postEvents(server, sampleAppeals(due, `busy-${batch}`));
      expect(response.status).toBeLessThan(300);
      sent += due;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return sent;
}

describe('the ticker under a busy feed', () => {
  it('shows new lines, never two within 2 s of each other', async () => {
    // Records when each new item's line enters the list, in the page's own clock. Lines the
    // list re-inserts while moving the others down are not new items, so each item counts once.
    await page.evaluate(() => {
      const arrivals: number[] = [];
      Object.assign(window, { tickerArrivals: arrivals });
      const list = document.querySelector('[data-ticker] ul');
      if (!list) throw new Error('no ticker list');
      const itemOf = (node: Element) => node.getAttribute('data-ticker-line') ?? '';
      const seen = new Set([...list.children].map(itemOf));
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (!(node instanceof HTMLElement) || !node.matches('[data-ticker-line]') || seen.has(itemOf(node))) continue;
            seen.add(itemOf(node));
            arrivals.push(performance.now());
          }
        }
      }).observe(list, { childList: true });
    });

    const sent = await feed(EVENTS_PER_SECOND, FEED_MS);
    await saveScreenshot(page, 'ticker-busy-feed');
    const arrivals = await page.evaluate(() => (window as unknown as { tickerArrivals: number[] }).tickerArrivals);

    expect(sent, 'events fed').toBeGreaterThanOrEqual(((EVENTS_PER_SECOND * FEED_MS) / 1000) * 0.95);
    // 15 s at one line per 2.5 s is six lines; a loaded machine may admit fewer, but a ticker that stopped would admit none.
    expect(arrivals.length, 'new lines shown').toBeGreaterThanOrEqual(3);
    const gaps = arrivals.slice(1).map((at, i) => Math.round(at - arrivals[i]!));
    expect(
      gaps.filter((gap) => gap < MIN_GAP_MS),
      `gaps between new lines (ms): ${gaps.join(', ')}`,
    ).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
