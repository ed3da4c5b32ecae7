/** The presenter's side of the browser tests: a short playlist, commands over HTTP, signing the console in, and the scene a wall shows. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Role } from '../../../common/auth';
import type { PlaylistEntry, SceneId } from '../../../common/control';
import { openAuthStore } from '../../../server/auth/authStore';
import { hashPassword } from '../../../server/auth/passwords';
import { tempDataDir, type TestServer } from '../../support/server';
import { EVENTUALLY_MS } from './timing';

/** Every scene for 5 s (the shortest the server accepts), so switching fits in a test. */
export const SHORT_PLAYLIST: PlaylistEntry[] = [
  { scene: 'overview', seconds: 5 },
  { scene: 'regional', seconds: 5 },
  { scene: 'smart', seconds: 5 },
  { scene: 'brand', seconds: 5 },
];

/** Writes the short playlist to a temporary file and returns the env that points the server at it. */
export function shortPlaylistEnv(): Record<string, string> {
  const file = join(tempDataDir(), 'playlist.json');
  writeFileSync(file, JSON.stringify({ scenes: SHORT_PLAYLIST }));
  return { PLAYLIST_FILE: file };
}

/** POSTs a command as the console would; `token: null` sends none. */
export function sendCommand(
  server: Pick<TestServer, 'url' | 'controlToken'>,
  body: unknown,
  token: string | null = server.controlToken,
): Promise<Response> {
  return fetch(`${server.url}/api/control`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  });
}

/** The scene a wall page shows now. */
export function sceneOf(page: Page): Promise<string | null> {
  return page.locator('[data-scene-id]').getAttribute('data-scene-id');
}

/**
 * Waits until a wall shows `scene`. Polls on a timer, not on animation frames:
 * Chromium gives a wall page that is not in front only a frame or two a second.
 */
export async function waitForScene(page: Page, scene: SceneId, timeoutMs = EVENTUALLY_MS): Promise<void> {
  await page.waitForFunction((want) => document.querySelector('[data-scene-id]')?.getAttribute('data-scene-id') === want, scene, {
    timeout: timeoutMs,
    polling: 20,
  });
}

/** The spotlight's figure on a wall, digits as drawn. */
export function spotlightFigure(page: Page): Promise<string> {
  return page
    .locator('[data-spotlight] [data-figure]')
    .innerText()
    .then((text) => text.replace(/\s+/g, ''));
}

/** Waits until a wall shows `scene` alone: the leaving scene faded out and unmounted, and `scene` mounted in its place. */
export async function waitForSettledScene(page: Page, scene: SceneId, timeoutMs = EVENTUALLY_MS): Promise<void> {
  await page.waitForFunction(
    (want) => {
      const mounted = document.querySelectorAll('[data-stage-scene]');
      return (
        document.querySelector('[data-scene-id]')?.getAttribute('data-scene-id') === want &&
        mounted.length === 1 &&
        mounted[0]!.getAttribute('data-stage-scene') === want
      );
    },
    scene,
    { timeout: timeoutMs, polling: 20 },
  );
}

/** Waits until the element `selector` has faded fully in, so that a screenshot shows it as a visitor would. */
export async function waitForOpaque(page: Page, selector: string, timeoutMs = EVENTUALLY_MS): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const element = document.querySelector(sel);
      return element !== null && getComputedStyle(element).opacity === '1';
    },
    selector,
    { timeout: timeoutMs },
  );
}

/** The presenter that scripts driving the console sign in as. */
export const SCRIPT_PRESENTER = { name: 'presenter', password: 'a-presenter-for-scripts' } as const;

/**
 * Makes an account (the scripts' presenter unless said) in `dataDir` before a server is started on it,
 * as `npm run user -- add` would, for scripts that start the server as a child process.
 */
export async function addPresenterTo(
  dataDir: string,
  account: { name: string; password: string; role?: Role } = SCRIPT_PRESENTER,
): Promise<void> {
  const store = openAuthStore(dataDir);
  const role = account.role ?? 'presenter';
  try {
    const at = new Date().toISOString();
    store.addAccount(
      { name: account.name, role, passwordHash: await hashPassword(account.password), at },
      { at, actor: 'script', kind: 'account', from: 'local', what: `added account ${account.name} (${role})`, outcome: 'applied' },
    );
  } finally {
    store.close();
  }
}

/** Signs the console page in with its form, and waits until it shows the console. */
export async function signInConsole(page: Page, { name, password }: { name: string; password: string } = SCRIPT_PRESENTER): Promise<void> {
  await page.locator('[data-sign-in-form]').waitFor();
  await page.fill('[data-sign-in-name]', name);
  await page.fill('[data-sign-in-password]', password);
  await page.locator('[data-sign-in-submit]').click();
  await page.locator('[data-signed-in-as]').waitFor();
}
