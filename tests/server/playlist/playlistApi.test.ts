import { afterEach, describe, expect, it } from 'vitest';
import { sceneAt, type ControlMessage, type PlaylistEntry } from '../../../common/control';
import type { AuditRecord } from '../../../common/auth';
import type { GroupPlaylist } from '../../../server/control/controlService';
import { addAccount, asPage, signIn } from '../../support/accounts';
import { pairScreen } from '../../support/pairing';
import { connectScreen, waitFor, type TestScreen } from '../../support/screens';
import { startTestServer, type TestServer } from '../../support/server';

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

/** A wall paired as `name` in `group`, keeping every control message it is sent after it was welcomed as paired. */
async function wall(server: TestServer, name: string, group: string) {
  const screen = connectScreen(server.url, { kind: 'wall' });
  screens.push(screen);
  const messages: ControlMessage[] = [];
  screen.socket.on('control', (m) => messages.push(m));
  await pairScreen(server, screen, name, group);
  await waitFor(() => messages.length === 2, 10_000, `${name} welcomed as paired`);
  messages.splice(0, 1);
  return { screen, messages, latest: () => messages.at(-1)! };
}

const NEW_ORDER: PlaylistEntry[] = [
  { scene: 'brand', seconds: 7 },
  { scene: 'overview', seconds: 9 },
  { scene: 'smart', seconds: 11 },
];

function put(server: TestServer, group: string, body: unknown, headers: Record<string, string>) {
  return fetch(`${server.url}/api/playlists/${group}`, { method: 'PUT', headers, body: JSON.stringify(body) });
}

async function operator(server: TestServer, name = '王丽') {
  await addAccount(server, name, 'operator');
  return asPage(server, await signIn(server, name));
}

async function playlists(server: TestServer, headers: Record<string, string>): Promise<GroupPlaylist[]> {
  const res = await fetch(`${server.url}/api/playlists`, { headers });
  expect(res.status).toBe(200);
  return (await res.json()) as GroupPlaylist[];
}

/** The scenes a channel plays, in order, read from when each starts: what a visitor sees through one cycle. */
function scenesPlayed(message: ControlMessage) {
  const { state } = message;
  const first = sceneAt(state, message.serverNow);
  const order = [first.scene];
  let at = first.endsAt!;
  for (let i = 1; i < state.playlist.length; i++) {
    const next = sceneAt(state, at);
    order.push(next.scene);
    at = next.endsAt!;
  }
  return order;
}

describe('editing a group playlist from the desk', () => {
  it('lists the groups there are, and puts a saved playlist on every wall of the group at once', async () => {
    const server = await serve();
    const left = await wall(server, 'hall-left', 'hall');
    const right = await wall(server, 'hall-right', 'hall');
    const lobby = await wall(server, 'lobby', 'entrance');
    const headers = await operator(server);
    const listed = await playlists(server, headers);
    expect(listed.map((p) => p.group)).toEqual(['entrance', 'hall', 'main']);
    const hall = listed.find((p) => p.group === 'hall')!;
    expect(hall.version).toBe(0);

    // A presenter put the hall on a scene the new playlist drops.
    const goto = await fetch(`${server.url}/api/control`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.controlToken}` },
      body: JSON.stringify({ target: { group: 'hall' }, action: 'goto', scene: 'regional' }),
    });
    expect(goto.status).toBe(200);
    await waitFor(() => left.messages.length === 2 && right.messages.length === 2, 10_000, 'both walls on regional');

    const res = await put(server, 'hall', { version: hall.version, scenes: NEW_ORDER }, headers);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ group: 'hall', playlist: NEW_ORDER, version: 1 });
    await waitFor(() => left.messages.length === 3 && right.messages.length === 3, 10_000, 'both walls told');
    for (const told of [left.latest(), right.latest()]) {
      expect(told.state.playlist).toEqual(NEW_ORDER);
      // The scene on air was dropped: the new first scene starts, and the new order follows.
      expect(scenesPlayed(told)).toEqual(['brand', 'overview', 'smart']);
    }
    expect(left.screen.socket.connected && right.screen.socket.connected).toBe(true);
    expect(lobby.messages).toHaveLength(1);
    expect((await playlists(server, headers)).find((p) => p.group === 'hall')).toEqual({ group: 'hall', playlist: NEW_ORDER, version: 1 });
  });

  it('refuses a save made from an older version, changing nothing, and says so', async () => {
    const server = await serve();
    const left = await wall(server, 'hall-left', 'hall');
    const first = await operator(server, '王丽');
    const second = await operator(server, '李强');
    expect((await put(server, 'hall', { version: 0, scenes: NEW_ORDER }, first)).status).toBe(200);
    await waitFor(() => left.messages.length === 2, 10_000, 'the first save');
    const late = await put(server, 'hall', { version: 0, scenes: [{ scene: 'smart', seconds: 60 }] }, second);
    expect(late.status).toBe(409);
    expect(await late.json()).toMatchObject({ error: 'stale' });
    const same = await put(server, 'hall', { version: 1, scenes: NEW_ORDER }, second);
    expect(same.status).toBe(400);
    expect(await same.json()).toMatchObject({ error: 'no_change' });
    const bad = await put(server, 'hall', { version: 1, scenes: [{ scene: 'smart', seconds: 2 }] }, second);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toContain('5 to 3600');
    expect((await put(server, 'nowhere', { version: 0, scenes: NEW_ORDER }, second)).status).toBe(404);
    expect((await playlists(server, second)).find((p) => p.group === 'hall')).toEqual({ group: 'hall', playlist: NEW_ORDER, version: 1 });
    // Give a stray push time to arrive before saying none came.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(left.messages).toHaveLength(2);
  });

  it('lets no presenter, feed key or stranger read or save a playlist', async () => {
    const server = await serve();
    const left = await wall(server, 'hall-left', 'hall');
    await addAccount(server, 'presenter', 'presenter');
    const presenter = asPage(server, await signIn(server, 'presenter'));
    const feedKey = { 'content-type': 'application/json', authorization: `Bearer ${server.ingestToken}` };
    const nobody = { 'content-type': 'application/json' };
    for (const [headers, status] of [
      [presenter, 403],
      [feedKey, 403],
      [nobody, 401],
    ] as const) {
      expect((await put(server, 'hall', { version: 0, scenes: NEW_ORDER }, headers)).status).toBe(status);
      expect((await fetch(`${server.url}/api/playlists`, { headers })).status).toBe(status);
    }
    const headers = await operator(server);
    expect((await playlists(server, headers)).find((p) => p.group === 'hall')?.version).toBe(0);
    expect(left.messages).toHaveLength(1);
  });

  it('writes the save to the audit trail under the operator name', async () => {
    const server = await serve();
    await wall(server, 'hall-left', 'hall');
    const headers = await operator(server, '王丽');
    expect((await put(server, 'hall', { version: 0, scenes: NEW_ORDER }, headers)).status).toBe(200);
    await addAccount(server, 'admin', 'admin');
    const admin = asPage(server, await signIn(server, 'admin'));
    const trail = (await (await fetch(`${server.url}/api/audit?kind=command`, { headers: admin })).json()) as AuditRecord[];
    const line = trail.find((l) => l.what.includes('"playlist"'));
    expect(line).toMatchObject({ actor: '王丽', kind: 'command', outcome: 'applied' });
    expect(JSON.parse(line!.what)).toMatchObject({ action: 'playlist', target: { group: 'hall' }, scenes: NEW_ORDER, version: 1 });
  });

  it('keeps the saved playlist across a restart', async () => {
    const first = await serve();
    const before = await wall(first, 'hall-left', 'hall');
    expect((await put(first, 'hall', { version: 0, scenes: NEW_ORDER }, await operator(first))).status).toBe(200);
    before.screen.close();
    await first.stop();
    servers.splice(0);
    const second = await serve(first.dataDir);
    const page = connectScreen(second.url, { kind: 'wall', group: 'hall' });
    screens.push(page);
    const messages: ControlMessage[] = [];
    page.socket.on('control', (m) => messages.push(m));
    await waitFor(() => messages.length === 1, 10_000, 'a wall page of the group welcomed');
    expect(messages[0]!.state.playlist).toEqual(NEW_ORDER);
    const headers = await operator(second, '李强');
    expect((await playlists(second, headers)).find((p) => p.group === 'hall')).toEqual({ group: 'hall', playlist: NEW_ORDER, version: 1 });
  });
});
