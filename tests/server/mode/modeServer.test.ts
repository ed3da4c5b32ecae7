/**
 * The demo kept apart, against a real server and real socket.io-client
 * screens: the demo feed's batches never reach the live figures, reads say
 * which store they come from, and a switch moves the walls that follow the hall.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ModeResponse, WallMode } from '../../../common/mode';
import type { Snapshot } from '../../../common/protocol';
import { addAccount, asPage, signIn } from '../../support/accounts';
import { connectScreen, waitFor, type TestScreen } from '../../support/screens';
import { getJson, startTestServer, tempDataDir, type TestServer } from '../../support/server';
import { trail } from '../auth/support';

const servers: TestServer[] = [];
const screens: TestScreen[] = [];
afterEach(async () => {
  for (const screen of screens.splice(0)) screen.close();
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

/** A server as `npm start` runs it with the demo feed on (the feed itself is played by the test). */
async function serve(options: { dataDir?: string; mock?: 'on' | 'off' } = {}): Promise<TestServer> {
  const server = await startTestServer({ env: { MOCK: options.mock ?? 'on' }, ...(options.dataDir ? { dataDir: options.dataDir } : {}) });
  servers.push(server);
  return server;
}

function screen(server: TestServer, auth: Parameters<typeof connectScreen>[1] = {}): TestScreen {
  const opened = connectScreen(server.url, auth);
  screens.push(opened);
  return opened;
}

let unique = 0;
const wish = (prefix: string) => ({ id: `${prefix}-${++unique}`, type: 'wish.fulfilled', town: '灵田镇' });

function post(server: TestServer, events: unknown[], kind: 'demo' | 'feed'): Promise<Response> {
  return fetch(`${server.url}/api/events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${server.ingestToken}`,
      ...(kind === 'demo' ? { 'x-feed-kind': 'demo' } : {}),
    },
    body: JSON.stringify(events),
  });
}

const snapshotOf = (server: TestServer, mode?: string) => getJson<Snapshot>(server, mode ? `/api/snapshot?mode=${mode}` : '/api/snapshot');
const wishes = (snapshot: Snapshot) => snapshot.values['wishes.fulfilled'];

async function adminCookie(server: TestServer, name = 'admin'): Promise<string> {
  await addAccount(server, name, 'admin');
  return signIn(server, name);
}

function switchTo(server: TestServer, mode: WallMode | string, cookie?: string): Promise<Response> {
  return fetch(`${server.url}/api/mode`, {
    method: 'PUT',
    headers: cookie ? asPage(server, cookie) : { 'content-type': 'application/json', origin: new URL(server.url).origin },
    body: JSON.stringify({ mode }),
  });
}

describe('the demo store', () => {
  it('takes every demo batch, and the live figures never move for one', async () => {
    const server = await serve();
    const live = await snapshotOf(server, 'live');
    const demo = await snapshotOf(server, 'demo');
    expect((await post(server, [wish('demo'), wish('demo'), wish('demo')], 'demo')).status).toBe(200);

    const liveAfter = await snapshotOf(server, 'live');
    expect(wishes(liveAfter)).toBe(wishes(live));
    expect(liveAfter.seq).toBe(live.seq);
    expect(liveAfter).toMatchObject({ mode: 'live', demo: false });
    const demoAfter = await snapshotOf(server, 'demo');
    expect(wishes(demoAfter)).toBe(wishes(demo) + 3);
    expect(demoAfter).toMatchObject({ mode: 'demo', demo: true });
  });

  it('never takes what a real feed sends', async () => {
    const server = await serve();
    const demo = await snapshotOf(server, 'demo');
    expect((await post(server, [wish('real')], 'feed')).status).toBe(200);
    expect((await snapshotOf(server, 'demo')).seq).toBe(demo.seq);
    expect(wishes(await snapshotOf(server, 'live'))).toBe(wishes(demo) + 1);
  });
});

describe('reads', () => {
  it('serve the hall mode unless ?mode= asks, and refuse a mode that does not exist', async () => {
    const server = await serve();
    expect(await getJson<ModeResponse>(server, '/api/mode')).toEqual({ mode: 'demo', switchable: true });
    expect((await snapshotOf(server)).mode).toBe('demo');
    expect((await snapshotOf(server, 'live')).mode).toBe('live');
    const bad = await fetch(`${server.url}/api/snapshot?mode=rehearsal`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: 'invalid_mode' });
  });
});

describe('a switch', () => {
  it('sends a following screen the other store at once, and a pinned one nothing', async () => {
    const server = await serve();
    await post(server, [wish('demo'), wish('demo')], 'demo');
    const follower = screen(server);
    const pinned = screen(server, { mode: 'demo' });
    await waitFor(() => follower.snapshots.length === 1 && pinned.snapshots.length === 1, 10_000, 'first snapshots');
    expect(follower.mode).toBe('demo');
    const cookie = await adminCookie(server);
    const live = await snapshotOf(server, 'live');

    const switched = await switchTo(server, 'live', cookie);
    expect(switched.status).toBe(200);
    expect(await switched.json()).toEqual({ mode: 'live', switchable: true });
    await waitFor(() => follower.snapshots.length === 2, 10_000, 'the live snapshot');
    expect(follower.mode).toBe('live');
    expect(follower.values['wishes.fulfilled']).toBe(wishes(live));

    // Each store's updates go only to the screens showing it.
    await post(server, [wish('demo')], 'demo');
    await post(server, [wish('real')], 'feed');
    await pinned.reach(3);
    await follower.reach(live.seq + 1);
    expect(pinned.snapshots).toHaveLength(1);
    expect(pinned.mode).toBe('demo');
    expect(follower.values['wishes.fulfilled']).toBe(wishes(live) + 1);
    expect([...follower.crossed, ...pinned.crossed, ...follower.gaps, ...pinned.gaps]).toEqual([]);
  });

  it('is saved: a restarted server shows the mode the admin left', async () => {
    const dataDir = tempDataDir();
    const first = await serve({ dataDir });
    expect((await switchTo(first, 'live', await adminCookie(first))).status).toBe(200);
    await first.stop();
    const second = await serve({ dataDir });
    expect(await getJson<ModeResponse>(second, '/api/mode')).toEqual({ mode: 'live', switchable: true });
    expect((await snapshotOf(second)).mode).toBe('live');
  });

  it('to the mode the walls show already is refused as no change, and audited with who asked', async () => {
    const server = await serve();
    const cookie = await adminCookie(server, 'chen');
    const same = await switchTo(server, 'demo', cookie);
    expect(same.status).toBe(409);
    expect(await same.json()).toMatchObject({ error: 'no_change' });
    expect((await switchTo(server, 'live', cookie)).status).toBe(200);
    const lines = trail(server, { kind: 'mode' });
    expect(lines.map((l) => [l.actor, l.outcome, l.what])).toEqual([
      ['chen', 'applied', 'switched the walls from demo to live'],
      ['chen', 'invalid', expect.stringContaining('asked to switch the walls to demo')],
    ]);
  });

  it('is for admins only: an operator is refused 403, nobody 401, and the walls stay', async () => {
    const server = await serve();
    await addAccount(server, 'li', 'operator');
    const operator = await signIn(server, 'li');
    expect((await switchTo(server, 'live', operator)).status).toBe(403);
    expect((await switchTo(server, 'live')).status).toBe(401);
    expect((await getJson<ModeResponse>(server, '/api/mode')).mode).toBe('demo');
    expect((await switchTo(server, 'rehearsal', await adminCookie(server))).status).toBe(400);
  });
});

describe('a server without the demo feed (MOCK=off)', () => {
  it('starts live and refuses a switch, saying why', async () => {
    const server = await serve({ mock: 'off' });
    expect(await getJson<ModeResponse>(server, '/api/mode')).toEqual({ mode: 'live', switchable: false });
    const refused = await switchTo(server, 'demo', await adminCookie(server));
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ error: 'not_switchable', message: expect.stringContaining('MOCK=off') });
  });
});

describe('a screen that reconnects', () => {
  it('after a switch gets a snapshot of the store it is to show, never the other store merged in', async () => {
    const server = await serve();
    await post(server, [wish('demo'), wish('demo'), wish('demo')], 'demo');
    expect((await switchTo(server, 'live', await adminCookie(server))).status).toBe(200);
    await post(server, [wish('real')], 'feed');
    await post(server, [wish('real')], 'feed');
    // It held demo figures up to seq 1: within the live stream's window (1 to 2), but of the other store.
    const back = screen(server, { lastSeq: 1, lastMode: 'demo' });
    await waitFor(() => back.snapshots.length === 1, 10_000, 'a snapshot');
    expect(back.snapshots[0]).toMatchObject({ mode: 'live', seq: 2 });
    expect(back.updates).toEqual([]);
  });

  it('within the same store gets only what it missed', async () => {
    const server = await serve();
    await post(server, [wish('demo')], 'demo');
    await post(server, [wish('demo')], 'demo');
    const back = screen(server, { lastSeq: 1, lastMode: 'demo' });
    await waitFor(() => back.updates.length === 1, 10_000, 'a catch-up update');
    expect(back.snapshots).toEqual([]);
    expect(back.updates[0]).toMatchObject({ mode: 'demo', fromSeq: 1, seq: 2 });
  });
});
