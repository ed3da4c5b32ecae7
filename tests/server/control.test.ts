import { afterEach, describe, expect, it } from 'vitest';
import { sceneAt, type ControlMessage } from '../../common/control';
import type { AuditEntry } from '../../server/control/controlStore';
import type { ScreenStatus } from '../../server/control/controlService';
import { pairScreen } from '../support/pairing';
import { connectScreen, waitFor, type TestScreen } from '../support/screens';
import { startTestServer, type TestServer } from '../support/server';

const servers: TestServer[] = [];
const screens: TestScreen[] = [];
afterEach(async () => {
  screens.splice(0).forEach((s) => s.close());
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

async function serve(dataDir?: string) {
  const server = await startTestServer(dataDir ? { dataDir } : {});
  servers.push(server);
  return server;
}

/** A wall paired as `screen` in `group`, recording every control message it is sent from its pairing on. */
async function wall(server: TestServer, screen: string, group = 'main', kind: 'wall' | 'kiosk' = 'wall') {
  const s = connectScreen(server.url, { kind });
  screens.push(s);
  const messages: ControlMessage[] = [];
  s.socket.on('control', (m) => messages.push(m));
  await pairScreen(server, s, screen, group);
  // A wall is welcomed once as an unpaired page and again as the named screen: the second counts.
  if (kind === 'wall') {
    await waitFor(() => messages.length === 2, 10_000, `${screen} welcomed as paired`);
    messages.splice(0, 1);
  }
  return { screen: s, messages, scene: () => (messages.at(-1) ? sceneAt(messages.at(-1)!.state, messages.at(-1)!.serverNow).scene : null) };
}

function command(server: TestServer, body: unknown, token: string | null = server.controlToken) {
  return fetch(`${server.url}/api/control`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}

const get = <T>(server: TestServer, path: string) =>
  fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${server.controlToken}` } }).then((r) => r.json() as Promise<T>);

describe('presenter commands', () => {
  it('reach every wall of the group, and only that group', async () => {
    const server = await serve();
    const left = await wall(server, 'hall-left');
    const right = await wall(server, 'hall-right');
    const lobby = await wall(server, 'lobby', 'entrance');
    const kiosk = await wall(server, 'kiosk-1', 'main', 'kiosk');
    await waitFor(() => left.messages.length === 1 && right.messages.length === 1 && lobby.messages.length === 1, 5000, 'welcome');
    const res = await command(server, { target: { group: 'main' }, action: 'goto', scene: 'brand' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ channel: 'group:main', scene: 'brand', screens: 2 });
    await waitFor(() => left.scene() === 'brand' && right.scene() === 'brand', 5000, 'both walls on brand');
    expect(lobby.messages).toHaveLength(1);
    expect(kiosk.messages).toHaveLength(0);
  });

  it('hold, spotlight, freeze and release change what the walls are told', async () => {
    const server = await serve();
    const left = await wall(server, 'hall-left');
    await waitFor(() => left.messages.length === 1, 5000, 'welcome');
    await command(server, { target: { group: 'main' }, action: 'hold' });
    await command(server, { target: { group: 'main' }, action: 'spotlight', metric: 'volunteers.mobilized' });
    await command(server, { target: { group: 'main' }, action: 'freeze' });
    await waitFor(() => left.messages.length === 4, 5000, 'three commands');
    expect(left.messages.at(-1)?.state).toMatchObject({ spotlight: 'volunteers.mobilized', frozen: true });
    expect(left.messages.at(-1)?.state.heldScene).not.toBeNull();
    await command(server, { target: { group: 'main' }, action: 'release' });
    await waitFor(() => left.messages.length === 5, 5000, 'release');
    expect(left.messages.at(-1)?.state).toMatchObject({ spotlight: null, frozen: false });
  });

  it('can take one wall out of its group and put it back', async () => {
    const server = await serve();
    const left = await wall(server, 'hall-left');
    const right = await wall(server, 'hall-right');
    await waitFor(() => left.messages.length === 1 && right.messages.length === 1, 5000, 'welcome');
    await command(server, { target: { screen: 'hall-left' }, action: 'goto', scene: 'smart' });
    await command(server, { target: { group: 'main' }, action: 'goto', scene: 'regional' });
    await waitFor(() => right.scene() === 'regional', 5000, 'group moved');
    expect(left.scene()).toBe('smart');
    expect(left.messages.at(-1)?.individual).toBe(true);
    await command(server, { target: { screen: 'hall-left' }, action: 'rejoin' });
    await waitFor(() => left.scene() === 'regional', 5000, 'rejoined');
  });

  it('are refused without the control token (401), or with a feed key, which may only send figures (403), and no wall changes', async () => {
    const server = await serve();
    const left = await wall(server, 'hall-left');
    await waitFor(() => left.messages.length === 1, 5000, 'welcome');
    expect((await command(server, { target: { group: 'main' }, action: 'next' }, null)).status).toBe(401);
    expect((await command(server, { target: { group: 'main' }, action: 'next' }, server.ingestToken)).status).toBe(403);
    expect((await fetch(`${server.url}/api/screens`)).status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(left.messages).toHaveLength(1);
  });

  it('refuse a malformed command with a clear message', async () => {
    const server = await serve();
    const res = await command(server, { target: { group: 'main' }, action: 'goto', scene: 'lobby' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(/scene must be one of/);
  });

  it('are all kept in the audit log: when, from where, what', async () => {
    const server = await serve();
    await wall(server, 'hall-left');
    await command(server, { target: { group: 'main' }, action: 'hold' });
    await command(server, { target: { group: 'main' }, action: 'next' }, 'wrong-token');
    const log = await get<AuditEntry[]>(server, '/api/control/audit');
    // The newest two: the pairing of the wall comes before them.
    expect(log.slice(0, 2).map((e) => e.outcome)).toEqual(['unauthorized', 'applied']);
    expect(log[0]?.command).toBe('POST /api/control');
    expect(log[1]).toMatchObject({ from: expect.stringContaining('127.0.0.1'), command: expect.stringContaining('"hold"') });
    expect(Date.parse(log[1]!.at)).toBeGreaterThan(Date.now() - 60_000);
  });
});

describe('the screen list', () => {
  it('shows every paired screen with its group, layout, scene and heartbeat, and only counts unpaired pages', async () => {
    const server = await serve();
    const left = connectScreen(server.url, { screen: 'hall-left', group: 'main', layout: '32x9', kind: 'wall' });
    const stranger = connectScreen(server.url, { screen: 'hall-left', group: 'main', kind: 'wall' });
    screens.push(left, stranger);
    await pairScreen(server, left, 'hall-left');
    await stranger.reach(0);
    const listed = await get<{ unpaired: number; screens: ScreenStatus[] }>(server, '/api/screens');
    expect(listed.screens).toEqual([
      expect.objectContaining({
        screen: 'hall-left',
        group: 'main',
        layout: '32x9',
        kind: 'wall',
        paired: true,
        scene: expect.any(String),
        lastSeenAt: expect.any(Number),
      }),
    ]);
    // The page that calls itself hall-left too is not listed, and is no target.
    expect(listed.unpaired).toBe(1);
  });
});

describe('after a restart', () => {
  it('walls get the scene the presenter left them on', async () => {
    const first = await serve();
    const before = await wall(first, 'hall-left');
    await command(first, { target: { group: 'main' }, action: 'goto', scene: 'smart' });
    await command(first, { target: { group: 'main' }, action: 'hold' });
    before.screen.close();
    await first.stop();
    servers.splice(0);
    const second = await serve(first.dataDir);
    const left = await wall(second, 'hall-left');
    await waitFor(() => left.messages.length === 1, 5000, 'welcome');
    expect(left.messages[0]?.state.heldScene).toBe('smart');
  });
});

describe('a crowd of connected pages', () => {
  it('lists paired screens a page at a time, with the total, and unpaired pages only as a count', async () => {
    const server = await serve();
    const crowd = Array.from({ length: 230 }, () => connectScreen(server.url, { group: 'crowd', kind: 'wall' }));
    screens.push(...crowd);
    await Promise.all(crowd.map((s) => s.reach(0)));
    for (const [i, page] of crowd.slice(0, 205).entries()) await pairScreen(server, page, `wall-${i}`, 'crowd');
    const first = await get<{ total: number; unpaired: number; screens: ScreenStatus[] }>(server, '/api/screens');
    expect(first).toMatchObject({ total: 205, unpaired: 25 });
    expect(first.screens).toHaveLength(200);
    const rest = await get<{ total: number; screens: ScreenStatus[] }>(server, '/api/screens?offset=200');
    expect(rest.screens).toHaveLength(5);
    expect(new Set([...first.screens, ...rest.screens].map((s) => s.screen)).size).toBe(205);
  });
});
