import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../common/protocol';
import { connectScreen, waitFor, type TestScreen } from '../support/screens';
import { getJson, postEvents, startTestServer, type TestServer } from '../support/server';

const servers: TestServer[] = [];
const screens: TestScreen[] = [];
afterEach(async () => {
  screens.splice(0).forEach((s) => s.close());
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

async function serve(options: Parameters<typeof startTestServer>[0] = {}) {
  const server = await startTestServer(options);
  servers.push(server);
  return server;
}
function screen(...args: Parameters<typeof connectScreen>) {
  const s = connectScreen(...args);
  screens.push(s);
  return s;
}
const wish = (id: string) => ({ id, type: 'wish.fulfilled', town: '灵田镇' });

describe('screens', () => {
  it('get a snapshot on connect, then each ingested event as an update', async () => {
    const server = await serve();
    const wall = screen(server.url, { screen: 'hall-left' });
    await wall.reach(0);
    expect(wall.snapshots).toHaveLength(1);
    expect(wall.values['wishes.fulfilled']).toBe(2500);
    await postEvents(server, wish('w1'));
    await wall.reach(1);
    expect(wall.values['wishes.fulfilled']).toBe(2501);
    expect(wall.updates.at(-1)).toMatchObject({ fromSeq: 0, seq: 1, values: { 'wishes.fulfilled': 2501 }, recent: [{ id: 'w1' }] });
    expect((await getJson<{ screens: number }>(server, '/api/health')).screens).toBe(1);
  });

  it('get a burst of 1,000 events as a handful of updates with exact final values', async () => {
    const server = await serve();
    const walls = [screen(server.url), screen(server.url), screen(server.url)];
    await Promise.all(walls.map((w) => w.reach(0)));
    const sends = Array.from({ length: 20 }, (_, b) =>
      postEvents(
        server,
        Array.from({ length: 50 }, (_, i) => wish(`burst-${b}-${i}`)),
      ),
    );
    await Promise.all(sends);
    await Promise.all(walls.map((w) => w.reach(1000)));
    for (const wall of walls) {
      expect(wall.values['wishes.fulfilled']).toBe(3500);
      expect(wall.updates.length).toBeLessThanOrEqual(10);
      expect(wall.gaps).toEqual([]);
    }
  });

  it('get a burst coalesced into fewer updates, each continuing from the last, ending on the server figures', async () => {
    // The spacing itself is timed on a fake clock in tests/server/realtime/hubThrottle.test.ts.
    const server = await serve({ env: { UPDATE_INTERVAL_MS: '200' } });
    const wall = screen(server.url);
    await wall.reach(0);
    await Promise.all(Array.from({ length: 10 }, (_, i) => postEvents(server, wish(`spaced-${i}`))));
    await wall.reach(10);
    expect(wall.updates.length).toBeLessThan(10);
    expect(wall.gaps).toEqual([]);
    expect(wall.values).toEqual((await getJson<Snapshot>(server, '/api/snapshot')).values);
  });

  it('that reconnect with lastSeq get only what they missed: no gap, no double count', async () => {
    const server = await serve();
    const wall = screen(server.url, {}, { reconnection: true });
    await postEvents(server, wish('before'));
    await wall.reach(1);
    wall.socket.io.engine.close();
    await postEvents(server, [wish('missed-1'), wish('missed-2')]);
    await wall.reach(3);
    await postEvents(server, wish('after'));
    await wall.reach(4);
    expect(wall.snapshots).toHaveLength(1);
    expect(wall.gaps).toEqual([]);
    expect(wall.recentIds).toEqual(['before', 'missed-1', 'missed-2', 'after']);
    expect(wall.values['wishes.fulfilled']).toBe(2504);
  });

  it('that come back too far behind get a fresh snapshot', async () => {
    const server = await serve();
    const late = screen(server.url, { lastSeq: 0 });
    await late.reach(0);
    expect(late.snapshots).toHaveLength(1);
    await postEvents(server, wish('x'));
    const stale = screen(server.url, { lastSeq: 57 });
    await waitFor(() => stale.snapshots.length === 1, 5000, 'snapshot');
    expect(stale.seq).toBe(1);
  });

  it('cannot change anything by sending messages', async () => {
    const server = await serve();
    const wall = screen(server.url);
    await wall.reach(0);
    const raw = wall.socket as unknown as { emit(event: string, ...args: unknown[]): void };
    raw.emit('update', { values: { 'wishes.fulfilled': 1 } });
    raw.emit('ingest', wish('from-screen'));
    raw.emit('snapshot', {});
    await new Promise((r) => setTimeout(r, 200));
    const snap = await getJson<Snapshot>(server, '/api/snapshot');
    expect(snap.seq).toBe(0);
    expect(snap.values['wishes.fulfilled']).toBe(2500);
  });

  it('from another origin are refused unless allowed', async () => {
    const server = await serve({ env: { ALLOWED_ORIGINS: 'http://hall-console.local' } });
    const status = (origin: string) =>
      fetch(`${server.url}/socket.io/?EIO=4&transport=polling`, { headers: { origin } }).then((r) => r.status);
    expect(await status('http://evil.example')).toBe(403);
    expect(await status(server.url)).toBe(200);
    expect(await status('http://hall-console.local')).toBe(200);
  });

  it('from a rebinding domain are refused even when its Host header matches, and the scheme counts', async () => {
    const server = await serve();
    const { port } = new URL(server.url);
    const handshake = (origin: string, host: string) =>
      new Promise<number>((done, fail) => {
        const req = request({ host: '127.0.0.1', port, path: '/socket.io/?EIO=4&transport=polling', headers: { origin, host } }, (res) => {
          res.resume();
          done(res.statusCode ?? 0);
        });
        req.on('error', fail);
        req.end();
      });
    expect(await handshake(`http://evil.example:${port}`, `evil.example:${port}`)).toBe(403);
    expect(await handshake(`https://127.0.0.1:${port}`, `127.0.0.1:${port}`)).toBe(403);
    expect(await handshake(`http://127.0.0.1:${port}`, `127.0.0.1:${port}`)).toBe(200);
    expect(await handshake(`http://localhost:${port}`, `localhost:${port}`)).toBe(200);
  });
});

describe('restart', () => {
  it('keeps every value on the same data folder', async () => {
    const first = await serve();
    await postEvents(first, [wish('r1'), { id: 'r2', type: 'org.activity', org: '九龙社区党支部', members: 12 }]);
    const before = await getJson<Snapshot>(first, '/api/snapshot');
    await first.stop();
    servers.splice(servers.indexOf(first), 1);

    const second = await serve({ dataDir: first.dataDir });
    const after = await getJson<Snapshot>(second, '/api/snapshot');
    expect(after.seq).toBe(before.seq);
    expect(after.values).toEqual(before.values);
    expect(after.breakdowns).toEqual(before.breakdowns);
    expect(after.recent).toEqual(before.recent);
    expect(second.ingestToken).toBe(first.ingestToken);
    // The organization is remembered: seeing it again does not count it twice.
    await postEvents(second, { id: 'r3', type: 'org.activity', org: '九龙社区党支部', members: 1 });
    expect((await getJson<Snapshot>(second, '/api/snapshot')).values['orgs.active']).toBe(before.values['orgs.active']);
  });
});
