/**
 * The pure verification on rows a real ledger wrote to real SQLite, changed
 * in memory before they are checked: the cases the CLI tests do not reach.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../common/events';
import { canonicalState, parseCanonicalState, type ChainHead } from '../../../server/domain/chain';
import { createLedger } from '../../../server/domain/ledger';
import type { WallState } from '../../../server/domain/state';
import { verifyLedger, type LedgerRow, type VerifyInput } from '../../../server/domain/verifyLedger';
import { readState } from '../../../server/store/readState';
import { openSqliteStore } from '../../../server/store/sqliteStore';
import { freshState } from '../../support/baseline';
import { tempDataDir } from '../../support/server';

const wish = (id: string): DomainEvent => ({ id, type: 'wish.fulfilled', town: '灵川镇' });
const at = new Date('2026-12-01T08:00:00Z');

let input: VerifyInput;
let rows: LedgerRow[];

beforeAll(() => {
  const dataDir = tempDataDir();
  const store = openSqliteStore(dataDir, { synchronous: 'normal' });
  const ledger = createLedger(store, freshState);
  ledger.ingest([wish('w1'), wish('w2')], { receivedAt: at, source: 'feed', sender: 'key:hotline' });
  ledger.ingest([wish('w3')], { receivedAt: at, source: 'demo', sender: 'key:env' });
  store.close();
  const db = new Database(join(dataDir, 'wall.sqlite'), { readonly: true });
  const baselineJson = db.prepare("SELECT value FROM meta WHERE key = 'baseline'").pluck().get() as string;
  const head = JSON.parse(db.prepare("SELECT value FROM meta WHERE key = 'chain_head'").pluck().get() as string) as ChainHead;
  input = { baselineJson, baseline: parseCanonicalState(baselineJson), head, stored: readState(db) as WallState };
  rows = db
    .prepare('SELECT seq, id, type, received_at AS receivedAt, source, sender, hash, body FROM events ORDER BY seq')
    .all() as LedgerRow[];
  db.close();
});

describe('verifyLedger', () => {
  it('passes the log as written, with the head it ends at', () => {
    expect(verifyLedger(input, rows)).toEqual({ ok: true, events: 3, headSeq: 3, headHash: input.head.hash });
  });

  it('names the seq whose sender was changed, since the hash covers who sent it', () => {
    const changed = rows.map((row) => (row.seq === 2 ? { ...row, sender: 'account:admin' } : row));
    expect(verifyLedger(input, changed)).toMatchObject({
      ok: false,
      firstBadSeq: 2,
      problem: expect.stringMatching(/^seq 2: the stored event does not match its hash/),
    });
  });

  it('names a changed id column, which duplicates are found by', () => {
    const changed = rows.map((row) => (row.seq === 3 ? { ...row, id: 'w9' } : row));
    expect(verifyLedger(input, changed)).toMatchObject({ firstBadSeq: 3, problem: expect.stringMatching(/id or type column/) });
  });

  it('names the first seq past the head when rows were added, and the first missing one when the tail was cut', () => {
    expect(verifyLedger({ ...input, head: rows[1] as ChainHead }, rows)).toMatchObject({ ok: false, firstBadSeq: 3 });
    expect(verifyLedger(input, rows.slice(0, 2))).toMatchObject({
      ok: false,
      firstBadSeq: 3,
      problem: 'seq 3: the log ends at seq 2 but its head is seq 3 — the events after it were deleted',
    });
  });

  it('catches a baseline changed in meta, even with no event yet', () => {
    const edited = { ...input.baseline, values: { ...input.baseline.values, 'wishes.fulfilled': 9999 } };
    const baselineJson = canonicalState(edited);
    expect(verifyLedger({ ...input, baselineJson, baseline: edited }, rows)).toMatchObject({ firstBadSeq: 1 });
    const empty = { ...input, head: { seq: 0, hash: input.head.hash }, stored: input.baseline };
    expect(verifyLedger({ ...empty, baselineJson, baseline: edited }, [])).toMatchObject({
      ok: false,
      firstBadSeq: 0,
      problem: expect.stringMatching(/baseline was changed/),
    });
  });

  it('folds the demo flag from the events a demo feed sent', () => {
    expect(verifyLedger({ ...input, stored: { ...input.stored, demo: false } }, rows)).toMatchObject({
      problem: 'the demo flag: stored off, the log folds to on',
    });
  });

  it('names an anchor past the end of the log', () => {
    const anchor = { seq: 7, hash: input.head.hash };
    expect(verifyLedger({ ...input, anchor }, rows)).toMatchObject({
      ok: false,
      firstBadSeq: 4,
      problem: 'seq 4: the log ends at seq 3, before seq 7 whose hash was written down — events were deleted',
    });
    expect(verifyLedger({ ...input, anchor: input.head }, rows)).toMatchObject({ ok: true });
  });
});
