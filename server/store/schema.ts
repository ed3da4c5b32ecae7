/**
 * The wall store's tables, and the one upgrade an older file needs: the event
 * log's `sender` and `hash` columns, added in place, before the index that needs `sender`.
 */
import type Database from 'better-sqlite3';

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  received_at TEXT NOT NULL,
  source TEXT NOT NULL,
  body TEXT NOT NULL,
  sender TEXT NOT NULL,
  hash TEXT
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

/** The keys of `meta` the ledger keeps, besides `seq` and `demo`. */
export const LEDGER_META = {
  /** The state the log folds from, as `canonicalState` wrote it. */
  baseline: 'baseline',
  /** `ChainHead` JSON. */
  head: 'chain_head',
  /** `ChainSealed` JSON, only in a store that was upgraded. */
  sealed: 'chain_sealed',
  /** `VerifyResult` JSON. */
  lastVerified: 'last_verified',
} as const;

/** The sender of every event logged before senders were recorded: the only credential then was INGEST_TOKEN. */
export const SENDER_BEFORE_KEYS = 'key:env';

/** Adds `sender` and `hash` to an events table written before them: idempotent. */
export function addChainColumns(db: Database.Database): void {
  const columns = new Set((db.prepare('PRAGMA table_info(events)').all() as Array<{ name: string }>).map((c) => c.name));
  if (!columns.has('sender')) db.exec(`ALTER TABLE events ADD COLUMN sender TEXT NOT NULL DEFAULT '${SENDER_BEFORE_KEYS}'`);
  if (!columns.has('hash')) db.exec('ALTER TABLE events ADD COLUMN hash TEXT');
}

/** Finds the entries of one import (the desk's list and undo) without costing a feed's events anything: only imported rows are indexed. */
export const IMPORTS_INDEX = "CREATE INDEX IF NOT EXISTS imports ON events (received_at, sender) WHERE source = 'import'";
