/**
 * `npm run verify` against a ledger fed through a real HTTP server, then
 * edited behind the server's back one row at a time with SQLite itself.
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { VerifyResult } from '../../../common/auth';
import type { DomainEvent } from '../../../common/events';
import { chainHash, shortHash, type ChainHead } from '../../../server/domain/chain';
import { tempDataDir } from '../../support/server';
import { runVerify, send, startLedgerServer } from './ledgerServer';

const appeal = (id: string, town: string) => ({ id, type: 'appeal.handled', town, category: '市容市貌', summary: '路灯不亮' });

/** The ledger as the server left it, and its head then. */
let original: string;
let head: ChainHead;

beforeAll(async () => {
  const server = await startLedgerServer();
  const batches: unknown[][] = [
    [appeal('a1', '灵川镇'), appeal('a2', '大圩镇'), appeal('a3', '定江镇')],
    [
      { id: 'w1', type: 'wish.fulfilled', town: '大圩镇' },
      { id: 'p1', type: 'project.introduced', name: '新材料厂', investmentYuan: 5e7 },
    ],
    [
      { id: 'p2', type: 'project.introduced', name: '新材料厂', investmentYuan: 1e7 },
      { id: 'o1', type: 'org.activity', org: '九龙社区党委', members: 30 },
    ],
    [{ id: 'c1', type: 'metric.corrected', metric: 'points.shared', value: 12, reason: '复核' }, appeal('a4', '大圩镇')],
  ];
  for (const batch of batches) expect((await send(server, batch)).status).toBe(200);
  expect((await send(server, [appeal('d1', '潭下镇')], 'demo feed', 'demo')).status).toBe(200);
  head = server.ledger.head;
  await server.stop();
  original = server.dataDir;
}, 30_000);

/** A copy of the stopped server's ledger, changed by `tamper` with SQLite directly. */
function tampered(tamper: (db: Database.Database) => void): string {
  const dataDir = tempDataDir();
  for (const suffix of ['', '-wal']) {
    const from = join(original, `wall.sqlite${suffix}`);
    if (existsSync(from)) copyFileSync(from, join(dataDir, `wall.sqlite${suffix}`));
  }
  const db = new Database(join(dataDir, 'wall.sqlite'));
  tamper(db);
  db.close();
  return dataDir;
}

const seqOf = (db: Database.Database, id: string) => db.prepare('SELECT seq FROM events WHERE id = ?').pluck().get(id) as number;

describe('npm run verify', () => {
  it('exits 0 with one line naming the events and the head, and records the verification', async () => {
    const dataDir = tampered(() => {});
    const run = await runVerify(dataDir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(`^ledger ok: 10 events, head seq 10 hash ${shortHash(head.hash)} \\(verified \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\)\\n$`),
    );
    const db = new Database(join(dataDir, 'wall.sqlite'), { readonly: true });
    const recorded = JSON.parse(db.prepare("SELECT value FROM meta WHERE key = 'last_verified'").pluck().get() as string) as VerifyResult;
    db.close();
    expect(recorded).toMatchObject({ ok: true, events: 10, headSeq: 10, headHash: head.hash, by: 'npm run verify' });
  }, 30_000);

  it('names the seq of an event whose stored body was edited', async () => {
    let seq = 0;
    const dataDir = tampered((db) => {
      seq = seqOf(db, 'a2');
      db.prepare("UPDATE events SET body = replace(body, '大圩镇', '灵川镇') WHERE seq = ?").run(seq);
    });
    const run = await runVerify(dataDir);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      `ledger NOT ok at seq ${seq}: the stored event does not match its hash — the row was changed after it was written`,
    );
  }, 30_000);

  it('names the metric whose stored figure was edited, with both figures', async () => {
    let stored = 0;
    const dataDir = tampered((db) => {
      stored = db.prepare("SELECT value FROM metric_values WHERE id = 'appeals.handled'").pluck().get() as number;
      db.prepare("UPDATE metric_values SET value = value + 12 WHERE id = 'appeals.handled'").run();
    });
    const run = await runVerify(dataDir);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`ledger NOT ok at seq 10: metric appeals.handled: stored ${stored + 12}, the log folds to ${stored}`);
  }, 30_000);

  it('names the seq of an event that was deleted', async () => {
    let seq = 0;
    const dataDir = tampered((db) => {
      seq = seqOf(db, 'p2');
      db.prepare('DELETE FROM events WHERE seq = ?').run(seq);
    });
    const run = await runVerify(dataDir);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`ledger NOT ok at seq ${seq}: the event is missing from the log — its row was deleted`);
  }, 30_000);

  it('passes a rewrite that recomputed every hash, and catches it given the head written down before', async () => {
    let seq = 0;
    const dataDir = tampered((db) => {
      // Move one appeal to another town and cover every trace: the hashes after it, the head, the breakdown.
      seq = seqOf(db, 'a4');
      db.prepare("UPDATE events SET body = replace(body, '大圩镇', '灵川镇') WHERE seq = ?").run(seq);
      const rows = db.prepare('SELECT seq, received_at, source, sender, body FROM events ORDER BY seq').all() as Array<{
        seq: number;
        received_at: string;
        source: 'feed' | 'demo';
        sender: string;
        body: string;
      }>;
      let hash = db
        .prepare('SELECT hash FROM events WHERE seq = ?')
        .pluck()
        .get(seq - 1) as string;
      for (const row of rows.filter((r) => r.seq >= seq)) {
        const entry = {
          seq: row.seq,
          receivedAt: row.received_at,
          source: row.source,
          sender: row.sender,
          event: JSON.parse(row.body) as DomainEvent,
        };
        hash = chainHash(hash, entry);
        db.prepare('UPDATE events SET hash = ? WHERE seq = ?').run(hash, row.seq);
      }
      db.prepare("UPDATE meta SET value = ? WHERE key = 'chain_head'").run(JSON.stringify({ seq: rows.length, hash }));
      db.prepare("UPDATE breakdown_values SET value = value - 1 WHERE breakdown = 'appealsByTown' AND key = '大圩镇'").run();
      db.prepare("UPDATE breakdown_values SET value = value + 1 WHERE breakdown = 'appealsByTown' AND key = '灵川镇'").run();
      db.prepare("UPDATE recent SET body = replace(body, '大圩镇', '灵川镇') WHERE seq = ?").run(seq);
    });
    expect((await runVerify(dataDir)).code).toBe(0);
    const anchored = await runVerify(dataDir, '--head', `${head.seq}:${head.hash}`);
    expect(anchored.code).toBe(1);
    expect(anchored.stderr).toMatch(
      new RegExp(`^ledger NOT ok at seq ${head.seq}: the chain's hash here is \\S+, not the ${shortHash(head.hash)} written down`),
    );
  }, 60_000);

  it('exits 2 and says why when there is no ledger, or the anchor cannot be read', async () => {
    const empty = await runVerify(tempDataDir());
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^verify: there is no ledger at .*wall\.sqlite: set DATA_DIR/);
    const badAnchor = await runVerify(original, '--head', 'latest');
    expect(badAnchor.code).toBe(2);
    expect(badAnchor.stderr).toMatch(/^verify: --head must be SEQ:HASH/);
  }, 30_000);
});
