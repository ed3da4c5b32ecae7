/**
 * How long screens take to be right again after the server is killed with
 * SIGKILL and started again: 200 socket screens, a burst of events after the
 * restart, timed from the kill until every screen holds the server's figures.
 */
import type { Snapshot } from '../../../common/protocol';
import { CHILD_INGEST_TOKEN, freePort, startChildServer } from '../../support/childServer';
import { connectScreen, waitFor } from '../../support/screens';
import { getJson, postEvents, tempDataDir } from '../../support/server';

const wishes = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: `bench-wish-${from + i}`, type: 'wish.fulfilled', town: '灵川镇' }));

/** One kill-and-restart with `screenCount` screens; resolves to the milliseconds from kill to all screens correct. */
export async function restartRecoveryMs(screenCount: number): Promise<number> {
  const port = await freePort();
  const env = { DATA_DIR: tempDataDir(), SQLITE_SYNC: 'full' };
  let child = await startChildServer({ port, env });
  const server = { url: child.url, ingestToken: CHILD_INGEST_TOKEN };
  const screens = Array.from({ length: screenCount }, (_, i) => connectScreen(child.url, { screen: `bench-${i}` }, { reconnection: true }));
  try {
    await postEvents(server, wishes(0, 50));
    await Promise.all(screens.map((screen) => screen.reach(50, 60_000)));

    const killedAt = Date.now();
    await child.kill('SIGKILL');
    child = await startChildServer({ port, env });
    const posted = await postEvents(server, wishes(50, 30));
    if (posted.status !== 200) throw new Error(`ingest after restart answered ${posted.status}`);
    const final = await getJson<Snapshot>(server, '/api/snapshot');
    await waitFor(
      () => screens.every((s) => s.seq === final.seq && s.values['wishes.fulfilled'] === final.values['wishes.fulfilled']),
      120_000,
      'every screen to be right again',
    );
    const recovered = Date.now() - killedAt;
    if (screens.some((s) => s.gaps.length > 0)) throw new Error('a screen saw a gap');
    return recovered;
  } finally {
    for (const screen of screens) screen.close();
    await child.kill('SIGKILL');
  }
}
