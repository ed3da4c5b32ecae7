import { afterEach, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../common/protocol';
import { CHILD_INGEST_TOKEN, freePort, startChildServer, type ChildServer } from '../support/childServer';
import { tempDataDir } from '../support/server';

const children: ChildServer[] = [];
afterEach(async () => {
  await Promise.all(children.splice(0).map((c) => c.kill()));
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Posts until the server acknowledges, re-sending the same ids after every failure, as a careful feed does. */
async function postUntilAcknowledged(url: string, body: object[], onRetry: () => void): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    if (attempt > 0) onRetry();
    try {
      const res = await fetch(`${url}/api/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${CHILD_INGEST_TOKEN}` },
        body: JSON.stringify(body.length === 1 ? body[0] : body),
        signal: AbortSignal.timeout(3000),
      });
      if (res.status === 200) return;
    } catch {
      // The server is down or was killed mid-request: whether it committed or not, the same ids go again.
    }
    await pause(20);
  }
}

describe('kill -9 while a feed posts with retries', () => {
  it('keeps exactly the acknowledged events, none lost and none doubled, across three kills', async () => {
    const dataDir = tempDataDir();
    const port = await freePort();
    const env = { DATA_DIR: dataDir, SQLITE_SYNC: 'full', INGEST_RATE_LIMIT: '100000' };
    const start = async () => {
      const child = await startChildServer({ port, env });
      children.push(child);
      return child;
    };
    let server = await start();
    const url = server.url;

    const acknowledged = new Set<string>();
    let retries = 0;
    const sender = async (lane: number) => {
      for (let post = 0; post < 50; post += 1) {
        const size = post % 2 === 0 ? 1 : 5;
        const events = Array.from({ length: size }, (_, i) => {
          const id = `kill-${lane}-${post}-${i}`;
          return i % 2 === 0
            ? { id, type: 'wish.fulfilled', town: '大圩镇' }
            : { id, type: 'appeal.handled', town: '灵川镇', category: '社会治安' };
        });
        await postUntilAcknowledged(url, events, () => (retries += 1));
        events.forEach((e) => acknowledged.add(e.id));
      }
    };
    const sending = Promise.all([0, 1, 2, 3].map(sender));

    let kills = 0;
    for (const threshold of [60, 250, 450]) {
      while (acknowledged.size < threshold) await pause(2);
      await server.kill('SIGKILL');
      kills += 1;
      server = await start();
    }
    await sending;

    const snapshot = (await (await fetch(`${url}/api/snapshot`)).json()) as Snapshot;
    const wishes = [...acknowledged].filter((id) => Number(id.split('-')[3]) % 2 === 0).length;
    expect(kills).toBe(3);
    expect(retries).toBeGreaterThan(0);
    expect(acknowledged.size).toBe(4 * 25 * (1 + 5));
    // Each accepted event takes one seq: a doubled event would push seq past the acknowledged count, a lost one short of it.
    expect(snapshot.seq).toBe(acknowledged.size);
    expect(snapshot.values['wishes.fulfilled']).toBe(2500 + wishes);
    expect(snapshot.values['appeals.handled']).toBe(4600 + acknowledged.size - wishes);
  });
});
