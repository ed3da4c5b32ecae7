/**
 * A wall's first picture carries true figures: the server writes the current
 * snapshot and catalog into the page, so the counters and title are right
 * before the live link has connected, and the link then carries on from there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../common/catalog';
import type { Snapshot } from '../../common/protocol';
import { formatMetricValue } from '../../screen/format/numbers';
import { getJson, postEvents, startTestServer, type TestServer } from '../support/server';
import { launchChromium, type WallBrowser } from './support/chromium';
import { sampleAppeals } from './support/events';
import { TEST_SCREEN_DIR } from './support/paths';
import { waitForFigure } from './support/wall';

let server: TestServer;
let browser: WallBrowser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ screenDir: TEST_SCREEN_DIR }), launchChromium()]);
  expect((await postEvents(server, sampleAppeals(5, 'first'))).ok).toBe(true);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the first picture', () => {
  it('shows the current figures and title even while the live link cannot connect, then follows the feed once it can', async () => {
    const [snapshot, catalog] = await Promise.all([getJson<Snapshot>(server, '/api/snapshot'), getJson<Catalog>(server, '/api/metrics')]);
    const page = await browser.context.newPage();
    let blocked = true;
    // Both of the link's ways in: the WebSocket, and the long-polling it falls back to.
    await page.routeWebSocket(/\/socket\.io\//, (socket) => (blocked ? socket.close() : socket.connectToServer()));
    await page.route('**/socket.io/**', (route) => (blocked ? route.abort() : route.continue()));
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${server.url}/?scene=overview`);

    await waitForFigure(page, 'appeals.handled', formatMetricValue('appeals.handled', snapshot.values['appeals.handled']));
    await waitForFigure(page, 'volunteers.mobilized', formatMetricValue('volunteers.mobilized', snapshot.values['volunteers.mobilized']));
    expect(await page.locator('[data-title]').innerText()).toBe(catalog.title.zh);

    // Once the link connects, the wall carries on from that picture with what happened since.
    expect((await postEvents(server, sampleAppeals(3, 'later'))).ok).toBe(true);
    const after = await getJson<Snapshot>(server, '/api/snapshot');
    blocked = false;
    await waitForFigure(page, 'appeals.handled', formatMetricValue('appeals.handled', after.values['appeals.handled']), 60_000);
    await page.close();
  });
});
