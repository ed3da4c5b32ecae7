import { afterAll, beforeAll, it } from 'vitest';
import { SCENE_IDS } from '../../common/control';
import { startTestServer, type TestServer } from '../support/server';
import { launchChromium, type WallBrowser } from './support/chromium';
import { waitForSceneDrawn } from './support/design';
import { TEST_SCREEN_DIR } from './support/paths';
let server: TestServer;
let browser: WallBrowser;
beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ screenDir: TEST_SCREEN_DIR }), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});
it('heads', async () => {
  for (const size of [{ width: 1920, height: 1080 }, { width: 3840, height: 1080 }, { width: 5760, height: 1080 }])
    for (const scene of SCENE_IDS) {
      const { page } = await browser.open(`${server.url}/?scene=${scene}&preview=1`, size);
      await waitForSceneDrawn(page, scene);
      const heads = await page.evaluate(() =>
        [...document.querySelectorAll('[data-panel]')].map((p) => {
          const head = p.querySelector('.panel__head') as HTMLElement;
          const scale = head.getBoundingClientRect().width / head.offsetWidth;
          return `${p.getAttribute('data-panel')} head=${head.clientWidth} scale=${scale.toFixed(2)}`;
        }),
      );
      console.log(size.width, scene, heads.join(' | '));
      await page.close();
    }
}, 300_000);
