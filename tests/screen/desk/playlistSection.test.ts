// @vitest-environment happy-dom
/**
 * The desk's playlist section against a real server: an operator reorders
 * scenes with the buttons, types seconds, sees the timing, and saves; a save
 * that someone else's beat is refused and the edits stay on the page. The
 * page's calls go to the server over real HTTP with the operator's session,
 * as a browser on the server's own origin would send them.
 */
import { request } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp, nextTick, type App } from 'vue';
import type { PlaylistEntry } from '../../../common/control';
import PlaylistSection from '../../../screen/desk/playlist/PlaylistSection.vue';
import { addAccount, TEST_PASSWORD } from '../../support/accounts';
import { startTestServer, type TestServer } from '../../support/server';

let server: TestServer | undefined;
let app: App | undefined;
afterEach(async () => {
  app?.unmount();
  vi.unstubAllGlobals();
  await server?.stop();
  [server, app] = [undefined, undefined];
});

/** Sends a request to the server over node:http (the page's `fetch` is the test's), as the signed-in page of its own origin. */
function call(
  url: string,
  cookie: string,
  init: { method?: string; body?: string | undefined } = {},
): Promise<{ status: number; body: string; setCookie: string[] }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const sent = request(
      target,
      {
        method: init.method ?? 'GET',
        headers: {
          cookie,
          origin: target.origin,
          accept: 'application/json',
          ...(init.body ? { 'content-type': 'application/json' } : {}),
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, setCookie: res.headers['set-cookie'] ?? [] }));
      },
    );
    sent.on('error', reject);
    sent.end(init.body);
  });
}

/** The page's `fetch`: its relative paths go to the server, with the session cookie the browser would send. */
function pageFetch(base: string, cookie: string) {
  return async (path: string, init: RequestInit = {}) => {
    const answer = await call(`${base}${path}`, cookie, { method: init.method ?? 'GET', body: init.body as string | undefined });
    return new Response(answer.body, { status: answer.status, headers: { 'content-type': 'application/json' } });
  };
}

/** Signs in as the sign-in form would; the `Cookie` value that carries the session. */
async function signIn(server: TestServer, name: string): Promise<string> {
  const answer = await call(`${server.url}/api/session`, '', { method: 'POST', body: JSON.stringify({ name, password: TEST_PASSWORD }) });
  const cookie = answer.setCookie[0]?.split(';')[0];
  if (answer.status !== 200 || !cookie) throw new Error(`sign-in as ${name} answered ${answer.status}: ${answer.body}`);
  return cookie;
}

async function mounted() {
  server = await startTestServer();
  await addAccount(server, '王丽', 'operator');
  await addAccount(server, '李强', 'operator');
  const cookie = await signIn(server, '王丽');
  vi.stubGlobal('fetch', pageFetch(server.url, cookie));
  const host = document.createElement('div');
  document.body.append(host);
  app = createApp(PlaylistSection);
  app.mount(host);
  await vi.waitFor(() => expect(host.querySelectorAll('[data-entry]').length).toBeGreaterThan(1), { timeout: 10_000 });
  return { host, server, other: await signIn(server, '李强') };
}

const rows = (host: HTMLElement) =>
  [...host.querySelectorAll('[data-entry]')].map((row) => ({
    scene: row.querySelector<HTMLSelectElement>('[data-entry-scene]')!.value,
    seconds: row.querySelector<HTMLInputElement>('[data-entry-seconds]')!.value,
    start: row.querySelector('[data-entry-start]')!.textContent!.trim(),
    end: row.querySelector('[data-entry-end]')!.textContent!.trim(),
  }));

async function type(input: HTMLInputElement, text: string) {
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await nextTick();
}

const savedPlaylist = async (server: TestServer, cookie: string) =>
  (
    JSON.parse((await call(`${server.url}/api/playlists`, cookie)).body) as Array<{
      group: string;
      playlist: PlaylistEntry[];
      version: number;
    }>
  ).find((p) => p.group === 'main')!;

describe('the playlist section', () => {
  it('reorders with the buttons, keeps the keyboard on the moved row, previews the timing and saves to the server', async () => {
    const { host, server, other } = await mounted();
    const before = rows(host);
    const moveDown = host.querySelector<HTMLButtonElement>('[data-entry="0"] [data-move="down"]')!;
    moveDown.focus();
    moveDown.click();
    await nextTick();
    await nextTick();
    expect(rows(host).map((r) => r.scene)).toEqual([before[1]!.scene, before[0]!.scene, ...before.slice(2).map((r) => r.scene)]);
    expect(document.activeElement).toBe(host.querySelector('[data-entry="1"] [data-move="down"]'));

    await type(host.querySelector<HTMLInputElement>('[data-entry="0"] [data-entry-seconds]')!, '45');
    await type(host.querySelector<HTMLInputElement>('[data-entry="1"] [data-entry-seconds]')!, '15');
    expect(rows(host).slice(0, 2)).toMatchObject([
      { seconds: '45', start: '0:00', end: '0:45' },
      { seconds: '15', start: '0:45', end: '1:00' },
    ]);
    const cycle = 60 + before.slice(2).reduce((sum, r) => sum + Number(r.seconds), 0);
    expect(host.querySelector('[data-playlist-cycle]')!.textContent).toContain(
      `${Math.floor(cycle / 60)}:${String(cycle % 60).padStart(2, '0')}`,
    );

    // An entry added and removed again: the keyboard stays on the row that took the removed one's place.
    host.querySelector<HTMLButtonElement>('[data-add]')!.click();
    await nextTick();
    expect(rows(host)).toHaveLength(before.length + 1);
    host.querySelector<HTMLButtonElement>(`[data-entry="${before.length}"] [data-remove]`)!.click();
    await nextTick();
    await nextTick();
    expect(rows(host)).toHaveLength(before.length);
    expect(document.activeElement).toBe(host.querySelector(`[data-entry="${before.length - 1}"] [data-remove]`));

    host.querySelector<HTMLFormElement>('[data-playlist-form]')!.dispatchEvent(new Event('submit'));
    await vi.waitFor(() => expect(host.querySelector('[data-message="ok"]')).not.toBeNull(), { timeout: 10_000 });
    const saved = await savedPlaylist(server, other);
    expect(saved.version).toBe(1);
    expect(saved.playlist.slice(0, 2)).toEqual([
      { scene: before[1]!.scene, seconds: 45 },
      { scene: before[0]!.scene, seconds: 15 },
    ]);
  });

  it('refuses a bad duration before sending, and keeps the edits when someone else saved first', async () => {
    const { host, server, other } = await mounted();
    const seconds = host.querySelector<HTMLInputElement>('[data-entry="0"] [data-entry-seconds]')!;
    await type(seconds, '3');
    expect(host.querySelector('[data-entry="0"] [data-entry-problem]')).not.toBeNull();
    host.querySelector<HTMLFormElement>('[data-playlist-form]')!.dispatchEvent(new Event('submit'));
    await nextTick();
    expect(host.querySelector('[data-message="error"]')).not.toBeNull();
    expect((await savedPlaylist(server, other)).version).toBe(0);

    // 李强 saves from another PC meanwhile.
    const theirs = [{ scene: 'brand', seconds: 40 }];
    expect(
      (await call(`${server.url}/api/playlists/main`, other, { method: 'PUT', body: JSON.stringify({ version: 0, scenes: theirs }) }))
        .status,
    ).toBe(200);
    await type(seconds, '33');
    host.querySelector<HTMLFormElement>('[data-playlist-form]')!.dispatchEvent(new Event('submit'));
    await vi.waitFor(() => expect(host.querySelector('[data-message="error"]')?.textContent).toContain('他人'), { timeout: 10_000 });
    expect(seconds.value).toBe('33');
    expect((await savedPlaylist(server, other)).playlist).toEqual(theirs);

    host.querySelector<HTMLButtonElement>('[data-playlist-reload]')!.click();
    await vi.waitFor(() => expect(rows(host)).toMatchObject([{ scene: 'brand', seconds: '40', start: '0:00', end: '0:40' }]), {
      timeout: 10_000,
    });
    expect(host.querySelector('[data-playlist-version]')!.textContent).toContain('1');
  });
});
