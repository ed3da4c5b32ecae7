import { io, type Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { HealthResponse } from '../../common/protocol';
import { connectScreen, waitFor, type TestScreen } from '../support/screens';
import { getJson, postEvents, startTestServer, type TestServer } from '../support/server';
import { expectUnchanged, markState } from './support';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  expect((await postEvents(server, { id: 'socket-corpus-0', type: 'wish.fulfilled' })).status).toBe(200);
});
afterAll(() => server.stop());

const sockets: Socket[] = [];
const screens: TestScreen[] = [];
afterEach(() => {
  sockets.splice(0).forEach((s) => s.close());
  screens.splice(0).forEach((s) => s.close());
});
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A raw client that may say anything, as a hostile page could. */
function rogue(auth: Record<string, unknown> = {}): Socket {
  const socket = io(server.url, { transports: ['websocket'], forceNew: true, reconnection: false, auth });
  sockets.push(socket);
  return socket;
}
const connected = (socket: Socket) =>
  new Promise<void>((done, fail) => {
    socket.once('connect', () => done());
    socket.once('connect_error', fail);
  });
const closed = (socket: Socket) => new Promise<string>((done) => socket.once('disconnect', (reason) => done(reason)));

describe('the Socket.IO endpoint under bad input', () => {
  const nastyAuths: Array<Record<string, unknown>> = [
    { lastSeq: -1 },
    { lastSeq: 1e308 },
    { lastSeq: Number.MAX_SAFE_INTEGER + 2 },
    { lastSeq: 0.5 },
    { lastSeq: '1' },
    { lastSeq: null },
    { lastSeq: { $gt: 0 } },
    { screen: 'x'.repeat(5000), group: ['a'], layout: { __proto__: { polluted: true } }, kind: 'admin' },
    JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as Record<string, unknown>,
  ];
  it.each(nastyAuths.map((auth, i) => [i, auth] as const))(
    'answers nasty handshake #%i with a full snapshot and changes nothing',
    async (_i, auth) => {
      const before = await markState(server);
      const socket = rogue(auth);
      const snapshot = new Promise<{ seq: number }>((done) => socket.once('snapshot', done));
      expect((await snapshot).seq).toBe(before.seq);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      await expectUnchanged(server, before);
    },
  );

  it('ignores whatever a screen emits: fake updates, snapshots, unknown and prototype-named events', async () => {
    const before = await markState(server);
    const watcher = connectScreen(server.url);
    screens.push(watcher);
    await watcher.reach(before.seq);
    const socket = rogue();
    await connected(socket);
    const fake = { fromSeq: before.seq, seq: before.seq + 100, at: new Date().toISOString(), values: { 'appeals.handled': 1 } };
    for (const name of ['update', 'snapshot', 'ingest', 'event', '__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      socket.emit(name, fake);
      socket.emit(name, [fake], 'extra', 42);
    }
    await pause(200);
    expect(watcher.updates).toEqual([]);
    await expectUnchanged(server, before);
  });

  it('answers a resync flood from one socket with at most one snapshot a second', async () => {
    const socket = rogue();
    let snapshots = 0;
    socket.on('snapshot', () => (snapshots += 1));
    await connected(socket);
    await pause(50);
    const started = Date.now();
    for (let i = 0; i < 1000; i += 1) socket.emit('resync');
    await waitFor(() => snapshots >= 2, 15_000, 'one resync answered');
    await pause(400);
    // One on connect, then at most one for each second the flood could have spanned, however slow the machine.
    expect(snapshots).toBeLessThanOrEqual(2 + Math.floor((Date.now() - started) / 1000));
    expect(socket.connected).toBe(true);
  });

  it('answers resyncs from many sockets of one address within the allowance of that address', async () => {
    const crowd = Array.from({ length: 60 }, () => rogue());
    const connectSnapshots = crowd.map((socket) => new Promise<void>((done) => socket.once('snapshot', () => done())));
    await Promise.all(crowd.map(connected));
    await Promise.all(connectSnapshots);
    let snapshots = 0;
    for (const socket of crowd) socket.on('snapshot', () => (snapshots += 1));
    const started = Date.now();
    for (const socket of crowd) socket.emit('resync');
    // Some are answered (a burst of 20 for the address), and no more than its allowance however long it took.
    await waitFor(() => snapshots >= 20, 15_000, 'the burst of resyncs answered');
    await pause(400);
    expect(snapshots).toBeLessThanOrEqual(20 + 5 * Math.ceil((Date.now() - started) / 1000));
    expect((await getJson<HealthResponse>(server, '/api/health')).status).toBe('ok');
  });

  it('cuts off a client that sends an oversized message, and keeps serving the others', async () => {
    const before = await markState(server);
    const bystander = connectScreen(server.url);
    screens.push(bystander);
    await bystander.reach(before.seq);
    const socket = rogue();
    await connected(socket);
    const gone = closed(socket);
    socket.emit('resync', 'x'.repeat(100_000));
    expect(await gone).toBe('transport close');
    expect(bystander.socket.connected).toBe(true);
    await expectUnchanged(server, before);
  });

  it('cuts off a client that writes garbage under Socket.IO', async () => {
    const before = await markState(server);
    const socket = rogue();
    await connected(socket);
    const gone = closed(socket);
    socket.io.engine.write('9{not a socket.io packet');
    expect(await gone).toBe('transport close');
    await expectUnchanged(server, before);
  });

  it('survives a flood of connections from one client and forgets them all', async () => {
    const before = await markState(server);
    const baseline = (await getJson<HealthResponse>(server, '/api/health')).screens;
    for (let round = 0; round < 4; round += 1) {
      const burst = Array.from({ length: 50 }, () => rogue());
      await Promise.all(burst.map(connected));
      burst.forEach((s) => s.close());
    }
    await expect.poll(async () => (await getJson<HealthResponse>(server, '/api/health')).screens, { timeout: 5000 }).toBe(baseline);
    await expectUnchanged(server, before);
  });
});
