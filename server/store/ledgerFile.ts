/**
 * The ledger read from its file on a connection of its own: verification and
 * tracing stream the log inside one read transaction (a consistent snapshot,
 * while the server goes on writing beside it in WAL mode), and pause between
 * pages so that a server running them keeps answering.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import type { TracedEvent, VerifyResult } from '../../common/auth';
import type { MetricId } from '../../common/metrics';
import { parseCanonicalState, type ChainHead } from '../domain/chain';
import { startTrace, typesThatCanChange } from '../domain/traceMetric';
import { startVerification, type LedgerRow } from '../domain/verifyLedger';
import { readMeta, readMetaJson, readState } from './readState';
import { LEDGER_META } from './schema';
import type { ChainSealed } from './store';

/** The file holds no ledger that can be verified: nothing was checked, so it is neither a pass nor a failure. */
export class LedgerUnavailable extends Error {}

/** Rows checked between two pauses. */
const ROWS_PER_TURN = 2000;

const ROW_COLUMNS = 'seq, id, type, received_at AS receivedAt, source, sender, hash, body';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface VerifyFileOptions {
  /** Who verifies: `server` or `npm run verify`. */
  by: string;
  anchor?: ChainHead;
  now?: () => Date;
}

export interface FileVerification {
  result: VerifyResult;
  /** Set when the store was upgraded to the chain, whose first events were sealed then rather than hashed as they came. */
  sealed: ChainSealed | null;
}

function openFile(file: string): Database.Database {
  if (!existsSync(file)) throw new LedgerUnavailable(`there is no ledger at ${file}: set DATA_DIR to the folder that holds wall.sqlite`);
  const db = new Database(file, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}

/** The baseline and head, or why there are none. */
function readChain(db: Database.Database, file: string): { baselineJson: string; head: ChainHead } {
  const baselineJson = readMeta(db, LEDGER_META.baseline);
  const head = readMetaJson<ChainHead>(db, LEDGER_META.head);
  if (readMeta(db, 'seq') === undefined) throw new LedgerUnavailable(`${file} holds no ledger yet: the server has never started on it`);
  if (baselineJson === undefined || head === null) {
    throw new LedgerUnavailable(`${file} was written before the hash chain: start the server once so that it seals the log, then verify`);
  }
  return { baselineJson, head };
}

/** Runs `work` in one read transaction on a fresh connection, closed afterwards. */
export async function inSnapshot<T>(file: string, work: (db: Database.Database) => Promise<T>): Promise<T> {
  const db = openFile(file);
  try {
    db.exec('BEGIN');
    try {
      return await work(db);
    } finally {
      db.exec('COMMIT');
    }
  } finally {
    db.close();
  }
}

/** Verifies the ledger in `file` and records the result as meta `last_verified`. */
export async function verifyLedgerFile(file: string, options: VerifyFileOptions): Promise<FileVerification> {
  const now = options.now ?? (() => new Date());
  const { verdict, sealed } = await inSnapshot(file, async (db) => {
    const { baselineJson, head } = readChain(db, file);
    const stored = readState(db);
    if (stored === null) throw new LedgerUnavailable(`${file} holds no ledger yet`);
    const sealed = readMetaJson<ChainSealed>(db, LEDGER_META.sealed);
    const verification = startVerification({
      sealed,
      baselineJson,
      baseline: parseCanonicalState(baselineJson),
      head,
      stored,
      ...(options.anchor ? { anchor: options.anchor } : {}),
    });
    let sinceTurn = 0;
    for (const row of db.prepare(`SELECT ${ROW_COLUMNS} FROM events ORDER BY seq`).iterate() as IterableIterator<LedgerRow>) {
      if (!verification.check(row)) break;
      if ((sinceTurn += 1) === ROWS_PER_TURN) {
        sinceTurn = 0;
        await nextTurn();
      }
    }
    return { verdict: verification.finish(), sealed };
  });
  const result: VerifyResult = { ...verdict, at: now().toISOString(), by: options.by };
  const db = openFile(file);
  try {
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
      LEDGER_META.lastVerified,
      JSON.stringify(result),
    );
  } finally {
    db.close();
  }
  return { result, sealed };
}

/**
 * Merges rows already in seq order (one stream per event type, each read by the type index
 * without a sort) into one stream in that order: a trace of the newest events reads only as
 * far back as it needs, however long the log.
 */
function* mergeBySeq(streams: Array<Iterator<LedgerRow>>, newestFirst: boolean): Generator<LedgerRow> {
  const heads = streams.map((stream) => ({ stream, row: stream.next() }));
  for (;;) {
    let next: (typeof heads)[number] | undefined;
    for (const head of heads) {
      if (head.row.done) continue;
      if (!next || (newestFirst ? head.row.value.seq > next.row.value.seq : head.row.value.seq < (next.row.value as LedgerRow).seq))
        next = head;
    }
    if (!next || next.row.done) return;
    yield next.row.value;
    next.row = next.stream.next();
  }
}

/** The events that changed `metric`, newest first, at most `limit`. */
export function traceMetricInFile(file: string, metric: MetricId, limit: number): Promise<TracedEvent[]> {
  return inSnapshot(file, async (db) => {
    const { baselineJson } = readChain(db, file);
    const trace = startTrace(parseCanonicalState(baselineJson), metric, limit);
    const newestFirst = trace.order === 'newest first';
    // One statement per stream: a statement runs one query at a time.
    const streams = typesThatCanChange(metric).map(
      (type) =>
        db
          .prepare(`SELECT ${ROW_COLUMNS} FROM events WHERE type = ? ORDER BY seq ${newestFirst ? 'DESC' : 'ASC'}`)
          .iterate(type) as IterableIterator<LedgerRow>,
    );
    let sinceTurn = 0;
    try {
      for (const row of mergeBySeq(streams, newestFirst)) {
        if (!trace.add(row)) break;
        if ((sinceTurn += 1) === ROWS_PER_TURN) {
          sinceTurn = 0;
          await nextTurn();
        }
      }
    } finally {
      for (const stream of streams) stream.return?.();
    }
    return trace.result();
  });
}
