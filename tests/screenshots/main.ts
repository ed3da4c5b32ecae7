/**
 * `npm run screenshots`: the pictures in README.md, taken anew from the product
 * as it is. Starts the server with its demo feed, lets the wall fill for a while,
 * then photographs every scene at 1920x1080 and 5760x1080, the kiosk, the
 * console, the admin page's ledger and the operator's desk, as JPEGs in docs/screenshots/.
 *
 *   npm run screenshots -- [--warmup 20] [--png]
 *   (--warmup: seconds of demo feed before the first picture; --png: lossless, for a close look)
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SCENE_IDS } from '../../common/control';
import { launchChromium } from '../browser/support/chromium';
import { addPresenterTo, signInConsole } from '../browser/support/control';

const SCRIPT_ADMIN = { name: 'admin', password: 'screenshots admin passphrase', role: 'admin' } as const;
const SCRIPT_OPERATOR = { name: 'operator', password: 'screenshots operator passphrase', role: 'operator' } as const;
import { waitForSceneDrawn } from '../browser/support/design';
import { startChildServer } from '../support/childServer';

const root = resolve(import.meta.dirname, '../..');
const OUT = join(root, 'docs', 'screenshots');
const WALLS = [
  { width: 1920, height: 1080 },
  { width: 5760, height: 1080 },
] as const;

const { values } = parseArgs({ options: { warmup: { type: 'string' }, png: { type: 'boolean' } } });
const warmupMs = Number(values.warmup ?? 20) * 1000;
const extension = values.png ? 'png' : 'jpg';
const picture = values.png ? ({ type: 'png' } as const) : ({ type: 'jpeg', quality: 82 } as const);
const dataDir = mkdtempSync(join(tmpdir(), 'wall-shots-'));
// The console and admin page as their people see them once signed in, not their sign-in forms.
await addPresenterTo(dataDir);
await addPresenterTo(dataDir, SCRIPT_ADMIN);
await addPresenterTo(dataDir, SCRIPT_OPERATOR);
const server = await startChildServer({
  env: { MOCK: 'on', MOCK_RATE: '6', SCREEN: 'on', DATA_DIR: dataDir },
  timeoutMs: 180_000,
});
const browser = await launchChromium();
try {
  mkdirSync(OUT, { recursive: true });
  console.log(`[screenshots] demo feed for ${warmupMs / 1000} s so that the trend and ticker have something to show…`);
  await new Promise((done) => setTimeout(done, warmupMs));
  for (const scene of SCENE_IDS) {
    for (const { width, height } of WALLS) {
      const { page } = await browser.open(`${server.url}/?scene=${scene}`, { width, height });
      await waitForSceneDrawn(page, scene);
      // Long enough for counters to land and the ticker to settle between rows.
      await page.waitForTimeout(4000);
      const file = join(OUT, `wall-${scene}-${width}x${height}.${extension}`);
      await page.screenshot({ path: file, ...picture });
      console.log(`[screenshots] ${file}`);
      await page.close();
    }
  }
  for (const { path, name, width, height } of [
    { path: '/kiosk', name: 'kiosk-portrait', width: 1080, height: 1920 },
    { path: '/console', name: 'console-tablet', width: 1024, height: 768 },
    { path: '/admin', name: 'admin-ledger', width: 1440, height: 900 },
    { path: '/desk', name: 'desk-today', width: 1366, height: 768 },
  ]) {
    const { page } = await browser.open(`${server.url}${path}`, { width, height });
    if (path === '/console') await signInConsole(page);
    if (path === '/admin' || path === '/desk') {
      // The pages share one browser profile, still signed in as someone else: start this one afresh.
      await page.context().clearCookies();
      await page.reload();
      await signInConsole(page, path === '/admin' ? SCRIPT_ADMIN : SCRIPT_OPERATOR);
    }
    if (path === '/admin') {
      await page.locator('[data-section-tab="ledger"]').click();
      await page.locator('[data-verify-now]').click();
      await page.locator('[data-verified-ok]').first().waitFor();
    }
    await page.waitForTimeout(4000);
    const file = join(OUT, `${name}.${extension}`);
    await page.screenshot({ path: file, ...picture });
    console.log(`[screenshots] ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
