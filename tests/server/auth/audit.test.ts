import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditRecord } from '../../../common/auth';
import { addAccount, asPage, signIn } from '../../support/accounts';
import { postEvents, type TestServer } from '../../support/server';
import { serve } from './support';

async function readTrail(server: TestServer, cookie: string, query = ''): Promise<AuditRecord[]> {
  const res = await fetch(`${server.url}/api/audit${query}`, { headers: { cookie } });
  expect(res.status).toBe(200);
  return (await res.json()) as AuditRecord[];
}

describe('the audit trail', () => {
  it('names who did what: sign-ins, key changes, presenter commands, corrections and hand-entered records', async () => {
    const server = await serve();
    await addAccount(server, 'chief', 'admin');
    await addAccount(server, 'li', 'operator');
    await addAccount(server, 'zhao', 'presenter');
    const chief = await signIn(server, 'chief');
    const li = await signIn(server, 'li');
    const zhao = await signIn(server, 'zhao');
    await fetch(`${server.url}/api/keys`, { method: 'POST', headers: asPage(server, chief), body: '{"name":"hotline"}' });
    await fetch(`${server.url}/api/control`, {
      method: 'POST',
      headers: asPage(server, zhao),
      body: JSON.stringify({ action: 'goto', scene: 'smart', target: { group: 'main' } }),
    });
    const correction = { id: 'fix-1', type: 'metric.corrected', metric: 'appeals.handled', value: 4650, reason: '重复录入 3 件' };
    const entered = await fetch(`${server.url}/api/events`, {
      method: 'POST',
      headers: asPage(server, li),
      body: JSON.stringify([correction, { id: 'r1', type: 'appeal.handled', town: '灵川镇', category: '市容市貌' }]),
    });
    expect(entered.status).toBe(200);
    await postEvents(server, [{ id: 'feed-1', type: 'appeal.handled', town: '灵川镇', category: '市容市貌' }]);

    const lines = await readTrail(server, chief);
    const said = lines.map((l) => `${l.actor} ${l.kind} ${l.outcome}: ${l.what}`);
    expect(said).toEqual(
      expect.arrayContaining([
        'chief session applied: signed in as admin',
        'li session applied: signed in as operator',
        'chief key applied: created feed key "hotline"',
        expect.stringMatching(/^zhao command unreached: .*"goto"/),
        'li correction applied: corrected appeals.handled to 4650: 重复录入 3 件',
        'li record applied: recorded 1 event (appeal.handled)',
      ]),
    );
    // A machine feed's events are in the ledger with their sender, not one trail line each.
    expect(said.some((line) => line.startsWith('key:env'))).toBe(false);
    expect(lines.filter((l) => l.actor !== 'test').every((l) => l.from === '127.0.0.1' && !Number.isNaN(Date.parse(l.at)))).toBe(true);

    expect((await readTrail(server, chief, '?actor=li')).every((l) => l.actor === 'li')).toBe(true);
    expect((await readTrail(server, chief, '?kind=correction')).map((l) => l.actor)).toEqual(['li']);
    expect(await readTrail(server, chief, '?from=2000-01-01&to=2000-12-31')).toEqual([]);
    expect(await readTrail(server, chief, '?limit=2')).toHaveLength(2);
    const bad = await fetch(`${server.url}/api/audit?kind=everything`, { headers: { cookie: chief } });
    expect(bad.status).toBe(400);
  });

  it('exports CSV that Excel reads in Chinese and that cannot carry a formula', async () => {
    const server = await serve();
    await addAccount(server, 'chief', 'admin');
    const chief = await signIn(server, 'chief');
    await fetch(`${server.url}/api/keys`, {
      method: 'POST',
      headers: asPage(server, chief),
      body: JSON.stringify({ name: '=HYPERLINK("x") 热线' }),
    });
    const res = await fetch(`${server.url}/api/audit?format=csv&kind=key`, { headers: { cookie: chief } });
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="?audit-\d{4}-\d{2}-\d{2}\.csv"?/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, row] = bytes.toString('utf8').slice(1).split('\r\n');
    expect(header).toBe('id,at,actor,kind,from,what,outcome');
    expect(row).toContain('"created feed key ""=HYPERLINK(""x"") 热线"""');
  });

  it('is append-only: the database refuses to change or delete a line, whoever asks', async () => {
    const server = await serve();
    await addAccount(server, 'chief', 'admin');
    await signIn(server, 'chief');
    const db = new Database(join(server.dataDir, 'control.sqlite'));
    try {
      expect(() => db.prepare("UPDATE audit SET actor = 'someone else'").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit').run()).toThrow(/append-only/);
    } finally {
      db.close();
    }
    expect(server.running.authStore.trail.query({ limit: 10 }).map((l) => l.actor)).toContain('chief');
  });
});
