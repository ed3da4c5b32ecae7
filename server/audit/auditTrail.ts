/**
 * The one audit trail: sign-ins, account and key changes, presenter commands,
 * corrections, imports and refusals, in one append-only table of
 * `control.sqlite`. The database itself refuses to change or delete a line,
 * whoever asks.
 */
import type Database from 'better-sqlite3';
import type { AuditKind, AuditRecord } from '../../common/auth';

/** A line to append: who, when, from where, what, outcome. */
export type AuditLine = Omit<AuditRecord, 'id'>;

/** Who made a request: the name the trail shows (empty when nobody could be identified) and the client address. */
export interface Requester {
  actor: string;
  from: string;
}

export interface AuditFilter {
  actor?: string;
  /** One kind, or any of several. */
  kind?: AuditKind | readonly AuditKind[];
  /** ISO times, inclusive. */
  from?: string;
  to?: string;
  limit: number;
}

export interface AuditTrail {
  append(line: AuditLine): void;
  /** Newest first. */
  query(filter: AuditFilter): AuditRecord[];
}

/** Longest `what` kept, so that a flood of junk cannot bloat the trail. */
export const MAX_AUDITED_TEXT = 1000;

/**
 * Creates the table, or brings one from an older version up to date: lines
 * written before accounts existed were all presenter commands or refusals made
 * with the control token.
 */
export function ensureAuditTable(db: Database.Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, source TEXT NOT NULL, outcome TEXT NOT NULL, command TEXT NOT NULL
  )`);
  const columns = new Set((db.prepare('PRAGMA table_info(audit)').all() as Array<{ name: string }>).map((c) => c.name));
  if (!columns.has('actor')) db.exec("ALTER TABLE audit ADD COLUMN actor TEXT NOT NULL DEFAULT ''");
  if (!columns.has('kind')) {
    db.exec("ALTER TABLE audit ADD COLUMN kind TEXT NOT NULL DEFAULT 'command'");
    db.exec("UPDATE audit SET kind = 'refusal' WHERE outcome <> 'applied' AND outcome <> 'unreached'");
  }
  db.exec(`
    CREATE INDEX IF NOT EXISTS audit_by_actor ON audit (actor, id);
    CREATE INDEX IF NOT EXISTS audit_by_kind ON audit (kind, id);
    CREATE TRIGGER IF NOT EXISTS audit_is_append_only_update BEFORE UPDATE ON audit
      BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    CREATE TRIGGER IF NOT EXISTS audit_is_append_only_delete BEFORE DELETE ON audit
      BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;`);
}

const COLUMNS = 'id, at, actor, kind, source AS "from", command AS what, outcome';

/** The trail over an open `control.sqlite`; `ensureAuditTable` must have run on a writable one. */
export function openAuditTrail(db: Database.Database): AuditTrail {
  const hasKind = (db.prepare('PRAGMA table_info(audit)').all() as Array<{ name: string }>).some((c) => c.name === 'kind');
  const insert = db.prepare('INSERT INTO audit (at, actor, kind, source, command, outcome) VALUES (?, ?, ?, ?, ?, ?)');
  return {
    append: (line) =>
      void insert.run(
        line.at,
        line.actor.slice(0, 100),
        line.kind,
        line.from.slice(0, 100),
        line.what.slice(0, MAX_AUDITED_TEXT),
        line.outcome,
      ),
    query: (filter) => {
      // A store from before accounts, opened read-only, has no actor or kind to filter by.
      if (!hasKind) {
        return (
          db
            .prepare(`SELECT id, at, source AS "from", command AS what, outcome FROM audit ORDER BY id DESC LIMIT ?`)
            .all(filter.limit) as AuditRecord[]
        ).map((row) => ({ ...row, actor: '', kind: row.outcome === 'applied' ? 'command' : 'refusal' }));
      }
      const kinds = filter.kind === undefined ? [] : typeof filter.kind === 'string' ? [filter.kind] : filter.kind;
      const conditions: Array<[string, Array<string | number>]> = [
        ...(filter.actor !== undefined ? [['actor = ?', [filter.actor]] as [string, string[]]] : []),
        ...(kinds.length > 0 ? [[`kind IN (${kinds.map(() => '?').join(', ')})`, [...kinds]] as [string, string[]]] : []),
        ...(filter.from !== undefined ? [['at >= ?', [filter.from]] as [string, string[]]] : []),
        ...(filter.to !== undefined ? [['at <= ?', [filter.to]] as [string, string[]]] : []),
      ];
      const where = conditions.map(([condition]) => condition);
      const params = conditions.flatMap(([, values]) => values);
      const sql = `SELECT ${COLUMNS} FROM audit ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
      return db.prepare(sql).all(...params, filter.limit) as AuditRecord[];
    },
  };
}
