/**
 * The embedded store: SQLite in WAL mode. The event log and the current
 * figures are written in the same transaction, so they never disagree.
 */
import type Database from 'better-sqlite3';
import type { VerifyResult } from '../../common/auth';
import type { DomainEvent } from '../../common/events';
import { RECENT_LIMIT, type Breakdowns } from '../../common/protocol';
import { canonicalState, type ChainHead } from '../domain/chain';
import type { WallState } from '../domain/state';
import { openPrivateDatabase } from './privateFiles';
import { readMetaJson, readState } from './readState';
import { addChainColumns, IMPORTS_INDEX, LEDGER_META, SCHEMA } from './schema';
import { sealChain } from './sealChain';
import type { Commit, Store } from './store';

export interface SqliteStoreOptions {
  /** `full` survives power loss; `normal` survives a crashed process only, and is faster. */
  synchronous?: 'full' | 'normal';
  /** The file in the data folder: `wall.sqlite` (the live store) unless said, `demo.sqlite` for the demo feed's. */
  file?: string;
}

/** The wall's store; `readOnly` when its data folder could not be written and it was opened read-only. */
export type SqliteStore = Store & { readonly readOnly: boolean };

/** Opens (creating if needed) the store in `dataDir/wall.sqlite` (or `options.file`), read-only when the folder cannot be written. */
export function openSqliteStore(dataDir: string, options: SqliteStoreOptions = {}): SqliteStore {
  const db = openPrivateDatabase(dataDir, options.file ?? 'wall.sqlite');
  db.pragma(`synchronous = ${options.synchronous ?? 'full'}`);
  db.pragma('busy_timeout = 5000');
  // A read-only store has the schema it was given when it was written; it could not create one anyway.
  if (!db.readonly) {
    db.exec(SCHEMA);
    addChainColumns(db);
    db.exec(IMPORTS_INDEX);
  }

  const statements = {
    hasId: db.prepare('SELECT 1 FROM events WHERE id = ?').pluck(),
    setValue: db.prepare('INSERT INTO metric_values (id, value) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET value = excluded.value'),
    setBreakdown: db.prepare(
      'INSERT INTO breakdown_values (breakdown, key, value) VALUES (?, ?, ?) ON CONFLICT (breakdown, key) DO UPDATE SET value = excluded.value',
    ),
    addName: db.prepare('INSERT OR IGNORE INTO known_names (kind, name) VALUES (?, ?)'),
    forgetName: db.prepare('DELETE FROM known_names WHERE kind = ? AND name = ?'),
    addRecent: db.prepare('INSERT INTO recent (seq, body) VALUES (?, ?)'),
    trimRecent: db.prepare('DELETE FROM recent WHERE seq NOT IN (SELECT seq FROM recent ORDER BY seq DESC LIMIT ?)'),
    setMeta: db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    corrections: db.prepare("SELECT seq, received_at, body FROM events WHERE type = 'metric.corrected' ORDER BY seq DESC LIMIT ?"),
  };

  const writeState = (commit: Omit<Commit, 'events'>): void => {
    statements.setMeta.run(LEDGER_META.head, JSON.stringify(commit.head));
    for (const [id, value] of Object.entries(commit.values)) statements.setValue.run(id, value);
    for (const row of commit.breakdowns) statements.setBreakdown.run(row.breakdown, row.key, row.value);
    for (const row of commit.names) statements.addName.run(row.kind, row.name);
    for (const row of commit.forgotten) statements.forgetName.run(row.kind, row.name);
    for (const item of commit.recent) statements.addRecent.run(item.seq, JSON.stringify(item));
    if (commit.recent.length > 0) statements.trimRecent.run(RECENT_LIMIT);
    statements.setMeta.run('seq', String(commit.seq));
    statements.setMeta.run('demo', commit.demo ? '1' : '0');
  };

  // Prepared at the first commit: a file from before the chain, opened read-only, has no sender column to name.
  let insertEvent: Database.Statement | undefined;
  const commitTransaction = db.transaction((commit: Commit) => {
    insertEvent ??= db.prepare(
      'INSERT INTO events (seq, id, type, received_at, source, sender, hash, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const { seq, event, receivedAt, source, sender, hash } of commit.events) {
      insertEvent.run(seq, event.id, event.type, receivedAt, source, sender, hash, JSON.stringify(event));
    }
    writeState(commit);
  });

  const initialize = db.transaction((state: WallState, genesis: ChainHead) => {
    statements.setMeta.run(LEDGER_META.baseline, canonicalState(state));
    writeState({
      head: genesis,
      seq: state.seq,
      demo: state.demo,
      values: state.values,
      breakdowns: Object.entries(state.breakdowns).flatMap(([breakdown, keys]) =>
        Object.entries(keys).map(([key, value]) => ({ breakdown: breakdown as keyof Breakdowns, key, value })),
      ),
      names: [
        ...[...state.known.orgs].map((name) => ({ kind: 'orgs' as const, name })),
        ...[...state.known.projects].map((name) => ({ kind: 'projects' as const, name })),
      ],
      forgotten: [],
      recent: [...state.recent],
    });
  });

  return {
    load: () => readState(db),
    initialize,
    chainHead: () => readMetaJson<ChainHead>(db, LEDGER_META.head),
    seal: (baseline, at) => sealChain(db, baseline, at),
    lastVerified: () => readMetaJson<VerifyResult>(db, LEDGER_META.lastVerified),
    existingIds: (ids) => new Set(ids.filter((id) => statements.hasId.get(id) !== undefined)),
    commit: (commit) => commitTransaction(commit),
    corrections: (limit) =>
      (statements.corrections.all(limit) as Array<{ seq: number; received_at: string; body: string }>).map((row) => {
        const event = JSON.parse(row.body) as Extract<DomainEvent, { type: 'metric.corrected' }>;
        return { seq: row.seq, id: event.id, metric: event.metric, value: event.value, reason: event.reason, receivedAt: row.received_at };
      }),
    readOnly: db.readonly,
    close: () => db.close(),
  };
}
