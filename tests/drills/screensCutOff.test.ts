import { afterEach, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../common/protocol';
import { connectScreen, type TestScreen } from '../support/screens';
import { getJson, postEvents, startTestServer, type TestServer } from '../support/server';

const servers: TestServer[] = [];
const screens: TestScreen[] = [];
afterEach(async () => {
  screens.splice(0).forEach((s) => s.close());
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('screens cut off mid-stream', () => {
  it('reconnect with no gap and no double count, and end on the server figures', async () => {
    const server = await startTestServer({ env: { INGEST_RATE_LIMIT: '100000' } });
    servers.push(server);
    const walls = Array.from({ length: 20 }, (_, i) => connectScreen(server.url, { screen: `wall-${i}` }, { reconnection: true }));
    screens.push(...walls);
    await Promise.all(walls.map((w) => w.reach(0)));
    let reconnects = 0;
    let caughtUp = 0;
    for (const wall of walls) {
      let justBack = false;
      wall.socket.io.on('reconnect', () => {
        reconnects += 1;
        justBack = true;
      });
      // What the server answers a returning wall with: an update from its last seq (catch-up) or a snapshot.
      wall.socket.on('update', () => {
        if (justBack) caughtUp += 1;
        justBack = false;
      });
      wall.socket.on('snapshot', () => (justBack = false));
    }

    let cuts = 0;
    let posted = 0;
    for (let post = 0; post < 60; post += 1) {
      const events = Array.from({ length: 5 }, (_, i) => ({
        id: `cut-${post}-${i}`,
        type: 'appeal.handled',
        town: '潭下镇',
        category: '矛盾纠纷',
      }));
      expect((await postEvents(server, events)).status).toBe(200);
      posted += events.length;
      // Drop the transport under a few screens, as a flaky switch would; they reconnect on their own.
      if (post % 4 === 0) {
        for (const wall of walls.filter((_, i) => (i + post) % 5 === 0)) {
          wall.socket.io.engine.close();
          cuts += 1;
        }
      }
      await pause(15);
    }

    const final = await getJson<Snapshot>(server, '/api/snapshot');
    expect(final.seq).toBe(posted);
    await Promise.all(walls.map((w) => w.reach(final.seq)));
    expect(cuts).toBeGreaterThanOrEqual(40);
    expect(reconnects).toBe(cuts);
    for (const wall of walls) {
      expect(wall.gaps).toEqual([]);
      expect(wall.values).toEqual(final.values);
      expect(new Set(wall.recentIds).size).toBe(wall.recentIds.length);
      expect(wall.recentIds.slice(-final.recent.length)).toEqual(final.recent.map((r) => r.id).reverse());
    }
    // Walls that missed something came back by catch-up from their last seq (one that missed nothing gets a snapshot).
    expect(caughtUp).toBeGreaterThan(0);
  });
});
