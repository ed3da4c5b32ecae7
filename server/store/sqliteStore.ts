/**
 * The embedded store: SQLite in WAL mode. The event log and the current
 * figures are written in the same transaction, so they never disagree.
 */
import type { DomainEvent } from '../../common/events';
import type { MetricId, MetricValues } from '../../common/metrics';
import { RECENT_LIMIT, type Breakdowns, type RecentItem } from '../../common/protocol';
import type { WallState } from '../domain/state';
import { openPrivateDatabase } from './privateFiles';
import type { Commit, Store } from './store';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  received_at TEXT NOT NULL,
  source TEXT NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_by_type ON events (type, seq);
CREATE TABLE IF NOT EXISTS metric_values (id TEXT PRIMARY KEY, value REAL NOT NULL);
CREATE TABLE IF NOT EXISTS breakdown_values (
  breakdown TEXT NOT NULL, key TEXT NOT NULL, value REAL NOT NULL, PRIMARY KEY (breakdown, key)
);
CREATE TABLE IF NOT EXISTS known_names (kind TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (kind, name));
CREATE TABLE IF NOT EXISTS recent (seq INTEGER PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

export interface SqliteStoreOptions {
  /** `full` survives power loss; `normal` survives a crashed process only, and is faster. */
  synchronous?: 'full' | 'normal';
}

/** The wall's store; `readOnly` when its data folder could not be written and it was opened read-only. */
export type SqliteStore = Store & { readonly readOnly: boolean };

/** Opens (creating if needed) the store in `dataDir/wall.sqlite`, read-only when the folder cannot be written. */
export function openSqliteStore(dataDir: string, options: SqliteStoreOptions = {}): SqliteStore {
  const db = openPrivateDatabase(dataDir, 'wall.sqlite');
  db.pragma(`synchronous = ${options.synchronous ?? 'full'}`);
  db.pragma('busy_timeout = 5000');
  // A read-only store has the schema it was given when it was written; it could not create one anyway.
  if (!db.readonly) db.exec(SCHEMA);

  const statements = {
    insertEvent: db.prepare('INSERT INTO events (seq, id, type, received_at, source, body) VALUES (?, ?, ?, ?, ?, ?)'),
    hasId: db.prepare('SELECT 1 FROM events WHERE id = ?').pluck(),
    setValue: db.prepare('INSERT INTO metric_values (id, value) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET value = excluded.value'),
    setBreakdown: db.prepare(
      'INSERT INTO breakdown_values (breakdown, key, value) VALUES (?, ?, ?) ON CONFLICT (breakdown, key) DO UPDATE SET value = excluded.value',
    ),
    addName: db.prepare('INSERT OR IGNORE INTO known_names (kind, name) VALUES (?, ?)'),
    addRecent: db.prepare('INSERT INTO recent (seq, body) VALUES (?, ?)'),
    trimRecent: db.prepare('DELETE FROM recent WHERE seq NOT IN (SELECT seq FROM recent ORDER BY seq DESC LIMIT ?)'),
    setMeta: db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    corrections: db.prepare("SELECT seq, received_at, body FROM events WHERE type = 'metric.corrected' ORDER BY seq DESC LIMIT ?"),
  };

  const writeState = (commit: Omit<Commit, 'events'>): void => {
    for (const [id, value] of Object.entries(commit.values)) statements.setValue.run(id, value);
    for (const row of commit.breakdowns) statements.setBreakdown.run(row.breakdown, row.key, row.value);
    for (const row of commit.names) statements.addName.run(row.kind, row.name);
    for (const item of commit.recent) statements.addRecent.run(item.seq, JSON.stringify(item));
    if (commit.recent.length > 0) statements.trimRecent.run(RECENT_LIMIT);
    statements.setMeta.run('seq', String(commit.seq));
    statements.setMeta.run('demo', commit.demo ? '1' : '0');
  };

  const commitTransaction = db.transaction((commit: Commit) => {
    for (const logged of commit.events) {
      const { event } = logged;
      statements.insertEvent.run(logged.seq, event.id, event.type, logged.receivedAt, logged.source, JSON.stringify(event));
    }
    writeState(commit);
  });

  const load = (): WallState | null => {
    const meta = new Map(
      db
        .prepare('SELECT key, value FROM meta')
        .all()
        .map((r) => {
          const row = r as { key: string; value: string };
          return [row.key, row.value] as const;
        }),
    );
    if (!meta.has('seq')) return null;
    const values = Object.fromEntries(
      (db.prepare('SELECT id, value FROM metric_values').all() as Array<{ id: MetricId; value: number }>).map((r) => [r.id, r.value]),
    ) as MetricValues;
    const breakdowns: Breakdowns = { appealsByCategory: {}, appealsByTown: {}, landByProject: {} };
    for (const r of db.prepare('SELECT breakdown, key, value FROM breakdown_values ORDER BY rowid').all() as Array<{
      breakdown: keyof Breakdowns;
      key: string;
      value: number;
    }>) {
      breakdowns[r.breakdown][r.key] = r.value;
    }
    const names = db.prepare('SELECT kind, name FROM known_names').all() as Array<{ kind: string; name: string }>;
    const recent = (db.prepare('SELECT body FROM recent ORDER BY seq DESC').pluck().all() as string[]).map(
      (body) => JSON.parse(body) as RecentItem,
    );
    return {
      seq: Number(meta.get('seq')),
      demo: meta.get('demo') === '1',
      values,
      breakdowns,
      recent,
      known: {
        orgs: new Set(names.filter((n) => n.kind === 'orgs').map((n) => n.name)),
        projects: new Set(names.filter((n) => n.kind === 'projects').map((n) => n.name)),
      },
    };
  };

  const initialize = db.transaction((state: WallState) => {
    writeState({
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
      recent: [...state.recent],
    });
  });

  return {
    load,
    initialize,
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
