import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LedgerStatus } from '../../../common/auth';
import { addAccount, signIn } from '../../support/accounts';
import { postEvents, startTestServer, tempDataDir, type TestServer } from '../../support/server';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

const appeal = (id: string) => [{ id, type: 'appeal.handled', town: '灵川镇', category: '市容市貌' }];

describe('the server checking its own ledger', () => {
  it('verifies after start, shows the verdict to the admin, and writes a failed one to the trail when a row was changed behind its back', async () => {
    const dataDir = tempDataDir();
    const first = await startTestServer({ dataDir });
    for (let i = 0; i < 5; i += 1) expect((await postEvents(first, appeal(`check-${i}`))).status).toBe(200);
    await first.stop();
    const db = new Database(join(dataDir, 'wall.sqlite'));
    db.prepare("UPDATE events SET body = replace(body, '市容市貌', '社会治安') WHERE seq = 3").run();
    db.close();

    const server = await startTestServer({ dataDir, firstLedgerCheckMs: 100 });
    servers.push(server);
    await addAccount(server, 'chief', 'admin');
    const cookie = await signIn(server, 'chief');
    let status: LedgerStatus | undefined;
    // Polled on a generous bound: the check runs once the server has started, whenever the machine gets to it.
    for (let tries = 0; status?.lastVerified?.by !== 'server'; tries += 1) {
      if (tries > 200) throw new Error('the server never verified its ledger');
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = (await (await fetch(`${server.url}/api/ledger`, { headers: { cookie } })).json()) as LedgerStatus;
    }
    expect(status?.lastVerified).toMatchObject({ ok: false, firstBadSeq: 3 });
    const lines = server.running.authStore.trail.query({ kind: 'ledger', limit: 5 });
    expect(lines[0]).toMatchObject({ actor: 'server', outcome: 'failed', what: expect.stringContaining('seq 3') });
  });
});
