/**
 * The one-time upgrade of a store written before the hash chain: its events
 * are linked into the chain from the baseline it began with, and the store
 * remembers when, so that `verify` can say which events were sealed then
 * rather than hashed as they arrived.
 */
import type { EntrySource } from '../../common/desk';
import type Database from 'better-sqlite3';
import type { DomainEvent } from '../../common/events';
import { canonicalState, chainHash, genesisHash, type ChainHead } from '../domain/chain';
import { compareFigures } from '../domain/compareFigures';
import { foldEvent } from '../domain/fold';
import { emptyTouched, type WallState } from '../domain/state';
import { readState } from './readState';
import { LEDGER_META, SENDER_BEFORE_KEYS } from './schema';
import type { ChainSealed } from './store';

/** Rows read at a time: the log is never all in memory, and the update statements may run between pages. */
const PAGE = 5000;

interface OldRow {
  seq: number;
  received_at: string;
  source: EntrySource;
  body: string;
}

/**
 * Computes the chain over every event from `baseline`; on a writable store, also writes each
 * hash, the baseline, the head and `chain_sealed`, in one transaction. Returns the head.
 */
export function sealChain(db: Database.Database, baseline: WallState, at: Date): ChainHead {
  const baselineJson = canonicalState(baseline);
  // Every event of a store this old was sent with INGEST_TOKEN, whether or not its file has the sender column yet.
  const page = db.prepare('SELECT seq, received_at, source, body FROM events WHERE seq > ? ORDER BY seq LIMIT ?');
  const setHash = db.readonly ? null : db.prepare('UPDATE events SET hash = ? WHERE seq = ?');
  const setMeta = db.readonly
    ? null
    : db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');

  const seal = (): ChainHead => {
    let head: ChainHead = { seq: 0, hash: genesisHash(baselineJson) };
    let folded = baseline;
    for (;;) {
      const rows = page.all(head.seq, PAGE) as OldRow[];
      if (rows.length === 0) break;
      for (const row of rows) {
        const event = JSON.parse(row.body) as DomainEvent;
        const hash = chainHash(head.hash, {
          seq: row.seq,
          receivedAt: row.received_at,
          source: row.source,
          sender: SENDER_BEFORE_KEYS,
          event,
        });
        setHash?.run(hash, row.seq);
        head = { seq: row.seq, hash };
        folded = foldEvent(folded, event, { seq: row.seq, at: event.at ?? row.received_at }, emptyTouched());
        if (row.source === 'demo') folded = { ...folded, demo: true };
      }
    }
    if (setMeta) {
      const stored = readState(db);
      const figuresDisagreed = stored ? compareFigures(stored, folded) : null;
      const sealed: ChainSealed = { at: at.toISOString(), throughSeq: head.seq, ...(figuresDisagreed ? { figuresDisagreed } : {}) };
      setMeta.run(LEDGER_META.baseline, baselineJson);
      setMeta.run(LEDGER_META.head, JSON.stringify(head));
      setMeta.run(LEDGER_META.sealed, JSON.stringify(sealed));
    }
    return head;
  };
  return db.readonly ? seal() : db.transaction(seal)();
}
