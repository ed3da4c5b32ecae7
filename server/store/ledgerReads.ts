/**
 * What the desk reads from the ledger file: its newest entries, one entry,
 * and the figures as they stood before a point of the log. Each read runs in
 * one read transaction on a connection of its own, pausing between pages, so
 * the server keeps answering while it folds a long log.
 */
import type Database from 'better-sqlite3';
import type { EntrySource, RecentEntry } from '../../common/desk';
import type { DomainEvent, EventType } from '../../common/events';
import { parseCanonicalState } from '../domain/chain';
import { foldRow, type ReplayRow } from '../domain/replay';
import type { WallState } from '../domain/state';
import { inSnapshot, LedgerUnavailable } from './ledgerFile';
import { readMeta } from './readState';
import { LEDGER_META } from './schema';

const ROWS_PER_TURN = 2000;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

interface EntryRow {
  seq: number;
  receivedAt: string;
  type: EventType;
  sender: string;
  source: EntrySource;
  body: string;
}

const ENTRY = 'seq, received_at AS receivedAt, type, sender, source, body';

const toEntry = (row: EntryRow): RecentEntry => ({
  seq: row.seq,
  at: row.receivedAt,
  type: row.type,
  sender: row.sender,
  source: row.source,
  event: JSON.parse(row.body) as unknown,
});

/** The newest `limit` entries, newest first. */
export function recentEntries(file: string, limit: number): Promise<RecentEntry[]> {
  return inSnapshot(file, async (db) =>
    (db.prepare(`SELECT ${ENTRY} FROM events ORDER BY seq DESC LIMIT ?`).all(limit) as EntryRow[]).map(toEntry),
  );
}

/** The entry at `seq`, or null. */
export function entryAt(file: string, seq: number): Promise<(RecentEntry & { event: DomainEvent }) | null> {
  return inSnapshot(file, async (db) => {
    const row = db.prepare(`SELECT ${ENTRY} FROM events WHERE seq = ?`).get(seq) as EntryRow | undefined;
    return row ? (toEntry(row) as RecentEntry & { event: DomainEvent }) : null;
  });
}

function baselineOf(db: Database.Database, file: string): WallState {
  const json = readMeta(db, LEDGER_META.baseline);
  if (json === undefined) throw new LedgerUnavailable(`${file} has no baseline yet`);
  return parseCanonicalState(json);
}

/** The figures before the first entry that `stop` says is past the point: before a seq, or before a time. */
export function stateBefore(file: string, stop: { seq: number } | { receivedAt: string }): Promise<WallState> {
  return inSnapshot(file, async (db) => {
    let state = baselineOf(db, file);
    const rows = db
      .prepare('SELECT seq, received_at AS receivedAt, body FROM events ORDER BY seq')
      .iterate() as IterableIterator<ReplayRow>;
    let sinceTurn = 0;
    for (const row of rows) {
      if ('seq' in stop ? row.seq >= stop.seq : row.receivedAt >= stop.receivedAt) break;
      state = foldRow(state, row);
      if ((sinceTurn += 1) === ROWS_PER_TURN) {
        sinceTurn = 0;
        await nextTurn();
      }
    }
    return state;
  });
}
