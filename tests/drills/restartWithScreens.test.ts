import { afterEach, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../common/protocol';
import { CHILD_INGEST_TOKEN, freePort, startChildServer, type ChildServer } from '../support/childServer';
import { connectScreen, waitFor, type TestScreen } from '../support/screens';
import { getJson, postEvents, tempDataDir } from '../support/server';

const children: ChildServer[] = [];
const screens: TestScreen[] = [];
afterEach(async () => {
  screens.splice(0).forEach((s) => s.close());
  await Promise.all(children.splice(0).map((c) => c.kill()));
});

const wishes = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: `restart-${from + i}`, type: 'wish.fulfilled', town: '九屋镇' }));

describe('the server restarts with 200 screens attached', () => {
  it('brings every screen back to the right figures', async () => {
    const port = await freePort();
    const env = { DATA_DIR: tempDataDir(), SQLITE_SYNC: 'full' };
    const start = async () => {
      const child = await startChildServer({ port, env });
      children.push(child);
      return { url: child.url, ingestToken: CHILD_INGEST_TOKEN, child };
    };
    let server = await start();
    const walls = Array.from({ length: 200 }, (_, i) => connectScreen(server.url, { screen: `wall-${i}` }, { reconnection: true }));
    screens.push(...walls);
    expect((await postEvents(server, wishes(0, 50))).status).toBe(200);
    await Promise.all(walls.map((w) => w.reach(50)));

    await server.child.kill('SIGKILL');
    server = await start();
    expect((await postEvents(server, wishes(50, 30))).status).toBe(200);
    const final = await getJson<Snapshot>(server, '/api/snapshot');
    expect(final.seq).toBe(80);
    await waitFor(
      () => walls.every((w) => w.seq === final.seq && w.values['wishes.fulfilled'] === final.values['wishes.fulfilled']),
      // How fast: `npm run bench:screen` (target 10 s); here, only that every screen gets there.
      60_000,
      'every screen to be correct again',
    );
    for (const wall of walls) {
      expect(wall.gaps).toEqual([]);
      expect(wall.values).toEqual(final.values);
      expect(wall.socket.connected).toBe(true);
    }
  });
});
