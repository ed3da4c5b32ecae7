/**
 * A store written before the hash chain (the old schema, written here by
 * hand as that version wrote it) is upgraded at its first open: its events
 * keep their figures, get the sender they were sent with, are sealed into
 * the chain, and verify.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../common/events';
import { foldEvent } from '../../../server/domain/fold';
import { emptyTouched, type WallState } from '../../../server/domain/state';
import { freshState } from '../../support/baseline';
import { tempDataDir } from '../../support/server';
import { runVerify, send, startLedgerServer } from './ledgerServer';

const OLD_SCHEMA = `
CREATE TABLE events (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, received_at TEXT NOT NULL, source TEXT NOT NULL, body TEXT NOT NULL);
CREATE INDEX events_by_type ON events (type, seq);
CREATE TABLE metric_values (id TEXT PRIMARY KEY, value REAL NOT NULL);
CREATE TABLE breakdown_values (breakdown TEXT NOT NULL, key TEXT NOT NULL, value REAL NOT NULL, PRIMARY KEY (breakdown, key));
CREATE TABLE known_names (kind TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (kind, name));
CREATE TABLE recent (seq INTEGER PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

const oldEvents: DomainEvent[] = [
  { id: 'old-1', type: 'appeal.handled', town: '灵川镇', category: '市容市貌' },
  { id: 'old-2', type: 'project.introduced', name: '老项目', investmentYuan: 3e7 },
  { id: 'old-3', type: 'wish.fulfilled' },
];

/** Writes a store as the version before the chain did: events, folded figures, meta seq and demo. */
function writeOldStore(dataDir: string, baseline: WallState = freshState()): WallState {
  const db = new Database(join(dataDir, 'wall.sqlite'));
  db.pragma('journal_mode = WAL');
  db.exec(OLD_SCHEMA);
  let state = baseline;
  oldEvents.forEach((event, i) => {
    const receivedAt = `2026-11-0${i + 1}T08:00:00.000Z`;
    state = foldEvent(state, event, { seq: i + 1, at: receivedAt }, emptyTouched());
    db.prepare('INSERT INTO events VALUES (?, ?, ?, ?, ?, ?)').run(i + 1, event.id, event.type, receivedAt, 'feed', JSON.stringify(event));
  });
  for (const [id, value] of Object.entries(state.values)) db.prepare('INSERT INTO metric_values VALUES (?, ?)').run(id, value);
  for (const [breakdown, cells] of Object.entries(state.breakdowns))
    for (const [key, value] of Object.entries(cells))
      db.prepare('INSERT INTO breakdown_values VALUES (?, ?, ?)').run(breakdown, key, value);
  for (const kind of ['orgs', 'projects'] as const)
    for (const name of state.known[kind]) db.prepare('INSERT INTO known_names VALUES (?, ?)').run(kind, name);
  for (const item of state.recent) db.prepare('INSERT INTO recent VALUES (?, ?)').run(item.seq, JSON.stringify(item));
  db.prepare("INSERT INTO meta VALUES ('seq', ?), ('demo', '0')").run(String(state.seq));
  db.close();
  return state;
}

describe('a store written before the hash chain', () => {
  it('says it must be sealed first, and changes nothing, when verified before the server has opened it', async () => {
    const dataDir = tempDataDir();
    writeOldStore(dataDir);
    const run = await runVerify(dataDir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/written before the hash chain: start the server once/);
    const db = new Database(join(dataDir, 'wall.sqlite'), { readonly: true });
    expect(db.prepare("SELECT count(*) FROM meta WHERE key = 'last_verified'").pluck().get()).toBe(0);
    db.close();
  }, 30_000);

  it('is sealed at its first open, keeps its figures, records its senders as key:env, and verifies', async () => {
    const dataDir = tempDataDir();
    const before = writeOldStore(dataDir);
    const server = await startLedgerServer(dataDir);
    expect(server.ledger.state.values).toEqual(before.values);
    expect(server.ledger.head.seq).toBe(3);
    expect((await send(server, [{ id: 'new-1', type: 'wish.fulfilled' }], 'hotline')).status).toBe(200);
    await server.stop();

    const db = new Database(join(dataDir, 'wall.sqlite'), { readonly: true });
    expect(db.prepare('SELECT sender FROM events ORDER BY seq').pluck().all()).toEqual(['key:env', 'key:env', 'key:env', 'key:hotline']);
    expect(db.prepare('SELECT count(*) FROM events WHERE hash IS NULL').pluck().get()).toBe(0);
    const sealed = JSON.parse(db.prepare("SELECT value FROM meta WHERE key = 'chain_sealed'").pluck().get() as string) as unknown;
    db.close();
    expect(sealed).toMatchObject({ throughSeq: 3 });

    const run = await runVerify(dataDir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^ledger ok: 4 events, head seq 4 .*; events 1\.\.3 were sealed when the ledger was upgraded on \d{4}-\d\d-\d\d\n$/,
    );
  }, 30_000);

  it('says when its figures already disagreed with the baseline it was sealed from (a baseline edited since)', async () => {
    const dataDir = tempDataDir();
    const created = freshState();
    writeOldStore(dataDir, { ...created, values: { ...created.values, 'wishes.fulfilled': 2400 } });
    const server = await startLedgerServer(dataDir);
    await server.stop();
    const run = await runVerify(dataDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(
        `^ledger NOT ok at seq 3: metric wishes.fulfilled: stored 2401, the log folds to ${created.values['wishes.fulfilled'] + 1} ` +
          `\\(the figures already disagreed with the log when the ledger was upgraded on \\d{4}-\\d\\d-\\d\\d, .*baseline\\.json edited`,
      ),
    );
  }, 30_000);

  it('is sealed once: a later open keeps the seal it was given', async () => {
    const dataDir = tempDataDir();
    writeOldStore(dataDir);
    const sealedRecord = () => {
      const db = new Database(join(dataDir, 'wall.sqlite'), { readonly: true });
      const value = db.prepare("SELECT value FROM meta WHERE key = 'chain_sealed'").pluck().get();
      db.close();
      return value;
    };
    const first = await startLedgerServer(dataDir);
    await first.stop();
    const seal = sealedRecord();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await startLedgerServer(dataDir);
    await second.stop();
    expect(seal).toEqual(expect.any(String));
    expect(sealedRecord()).toBe(seal);
  }, 30_000);
});
