import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config';
import { startServer, type RunningServer, type StartOptions } from '../../server/server';
import { connectScreen, waitFor, type TestScreen } from '../support/screens';
import { tempDataDir } from '../support/server';

const servers: RunningServer[] = [];
const clients: Array<RawClient | TestScreen> = [];
afterEach(async () => {
  clients.splice(0).forEach((c) => c.close());
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** Far above the short timeouts the tests set, far below Node's 300 s default. */
const GENEROUS_MS = 15_000;
const SHORT_TIMEOUTS = { headersMs: 1_000, requestMs: 2_000 };

async function serve(options: StartOptions): Promise<RunningServer> {
  const config = readConfig({ PORT: '0', HOST: '127.0.0.1', MOCK: 'off', SQLITE_SYNC: 'normal', DATA_DIR: tempDataDir() });
  const server = await startServer(config, options);
  servers.push(server);
  return server;
}

interface RawClient {
  socket: Socket;
  /** Everything the server has sent on this connection. */
  received(): string;
  isClosed(): boolean;
  /** Writes `chunk` every `everyMs` until the connection closes. */
  trickle(chunk: string, everyMs: number): void;
  close(): void;
}

/** A bare TCP client, to send what a browser never would: half a request, one byte at a time. */
async function openRaw(port: number): Promise<RawClient> {
  const socket = connect(port, '127.0.0.1');
  let received = '';
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  socket.on('data', (data) => (received += data.toString('latin1')));
  socket.on('error', () => {});
  socket.on('close', () => {
    closed = true;
    clearInterval(timer);
  });
  await new Promise((resolve) => socket.once('connect', resolve));
  const client: RawClient = {
    socket,
    received: () => received,
    isClosed: () => closed,
    trickle: (chunk, everyMs) => {
      timer = setInterval(() => socket.write(chunk), everyMs);
    },
    close: () => {
      clearInterval(timer);
      socket.destroy();
    },
  };
  clients.push(client);
  return client;
}

const healthRequest = 'GET /api/health HTTP/1.1\r\nHost: wall\r\n\r\n';
const answered = (client: RawClient) => client.received().startsWith('HTTP/1.1 200');

/** Whether a new connection gets its health request answered before `boundMs`, trying again while the server refuses. */
async function answeredWithin(port: number, boundMs: number): Promise<boolean> {
  const deadline = Date.now() + boundMs;
  while (Date.now() < deadline) {
    const client = await openRaw(port);
    client.socket.write(healthRequest);
    await waitFor(() => client.isClosed() || answered(client), boundMs, 'an answer or a refusal');
    if (answered(client)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

describe('a client that sends its request slowly', { timeout: 30_000 }, () => {
  it('is answered 408 and cut off when its body trickles in slower than the request timeout', async () => {
    const server = await serve({ httpTimeouts: SHORT_TIMEOUTS });
    const client = await openRaw(server.port);
    client.socket.write(
      'POST /api/events HTTP/1.1\r\nHost: wall\r\nContent-Type: application/json\r\n' +
        `Authorization: Bearer ${server.tokens.ingest}\r\nContent-Length: 1000\r\n\r\n[`,
    );
    client.trickle(' ', 300);
    await waitFor(client.isClosed, GENEROUS_MS, 'the server to close the trickling connection');
    expect(client.received()).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('is answered 408 and cut off when its headers never end', async () => {
    const server = await serve({ httpTimeouts: SHORT_TIMEOUTS });
    const client = await openRaw(server.port);
    client.socket.write('GET /api/health HTTP/1.1\r\nHost: wall\r\n');
    client.trickle('X-Slow: y\r\n', 300);
    await waitFor(client.isClosed, GENEROUS_MS, 'the server to close the connection whose headers never end');
    expect(client.received()).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('does not cut off a screen that stays connected long past the request timeout', async () => {
    const server = await serve({ httpTimeouts: SHORT_TIMEOUTS });
    const wall = connectScreen(server.url, { screen: 'hall-left' });
    clients.push(wall);
    await wall.reach(0);
    await new Promise((resolve) => setTimeout(resolve, 3 * SHORT_TIMEOUTS.requestMs));
    expect(wall.socket.connected).toBe(true);
  });
});

describe('connections from one client address', { timeout: 30_000 }, () => {
  it('are refused at once beyond the cap, and admitted again once one closes', async () => {
    const server = await serve({ connectionCap: { max: 3, includeLoopback: true } });
    const admitted = await Promise.all([1, 2, 3].map(() => openRaw(server.port)));
    for (const client of admitted) {
      client.socket.write(healthRequest);
      await waitFor(() => answered(client), GENEROUS_MS, 'an answer on an admitted connection');
    }

    const extra = await openRaw(server.port);
    extra.socket.write(healthRequest);
    await waitFor(extra.isClosed, GENEROUS_MS, 'the server to close the connection over the cap');
    expect(extra.received()).toBe('');

    admitted[0]!.close();
    expect(await answeredWithin(server.port, GENEROUS_MS)).toBe(true);
  });

  it("from the server's own host are not capped unless asked, as drills attach hundreds of screens from there", async () => {
    const server = await serve({});
    const many = await Promise.all(Array.from({ length: 80 }, () => openRaw(server.port)));
    many.forEach((client) => client.socket.write(healthRequest));
    await waitFor(() => many.every(answered), GENEROUS_MS, 'an answer on each of 80 connections');
  });
});
