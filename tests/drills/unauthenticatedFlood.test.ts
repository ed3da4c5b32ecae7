/**
 * Drill: an anonymous client floods the ingest API from another loopback
 * address while the hall's real feed keeps sending. Bounded: 64 connections
 * for a few seconds, all on this machine. The feed must lose nothing, even
 * with a low ingest ceiling, because refused requests never spend it.
 */
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../common/protocol';
import { getJson, postEvents, startTestServer, type TestServer } from '../support/server';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

/** One POST from `localAddress` with no token; resolves to its status (0 if the connection broke). */
function anonymousPost(server: TestServer, localAddress: string): Promise<number> {
  return new Promise((done) => {
    const { port } = new URL(server.url);
    const body = JSON.stringify({ id: `flood-${Math.random()}`, type: 'wish.fulfilled', town: '海洋乡' });
    const req = request(
      { host: '127.0.0.1', port, localAddress, method: 'POST', path: '/api/events', headers: { 'content-type': 'application/json' } },
      (res) => {
        res.resume();
        res.on('end', () => done(res.statusCode ?? 0));
      },
    );
    req.on('error', () => done(0));
    req.end(body);
  });
}

/** Keeps `connections` anonymous requests in flight from `localAddress` until `stop` resolves; counts the answers. */
async function flood(server: TestServer, localAddress: string, connections: number, stop: Promise<void>): Promise<Map<number, number>> {
  const statuses = new Map<number, number>();
  let stopped = false;
  void stop.then(() => (stopped = true));
  const lane = async () => {
    while (!stopped) {
      const status = await anonymousPost(server, localAddress);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: connections }, lane));
  return statuses;
}

describe('an anonymous flood beside the real feed', () => {
  it('costs the feed nothing: every one of its events is accepted, even under a low ingest ceiling', async () => {
    const server = await startTestServer({ env: { INGEST_RATE_LIMIT: '50', AUTH_FAILURE_LIMIT: '20' } });
    servers.push(server);
    const before = await getJson<Snapshot>(server, '/api/snapshot');

    let endFlood!: () => void;
    const floodEnds = new Promise<void>((resolve) => (endFlood = resolve));
    const flooding = flood(server, '127.0.0.2', 64, floodEnds);
    // The feed sends 40 events one by one, about 20 a second, well under its ceiling of 50.
    const feedStatuses: number[] = [];
    for (let i = 0; i < 40; i += 1) {
      feedStatuses.push((await postEvents(server, { id: `feed-${i}`, type: 'wish.fulfilled', town: '灵川镇' })).status);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    endFlood();
    const floodStatuses = await flooding;

    expect(feedStatuses.filter((status) => status !== 200)).toEqual([]);
    // The flood was real: many requests, every one refused.
    const floodTotal = [...floodStatuses.values()].reduce((a, b) => a + b, 0);
    expect(floodTotal).toBeGreaterThan(200);
    expect([...floodStatuses.keys()].every((status) => status === 401 || status === 429)).toBe(true);
    const after = await getJson<Snapshot>(server, '/api/snapshot');
    expect(after.values['wishes.fulfilled']).toBe(before.values['wishes.fulfilled'] + 40);
  });
});
