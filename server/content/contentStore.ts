/**
 * Where the wall's content lives: every version ever saved, in a small SQLite
 * file of its own (`content.sqlite`), append-only. A restore writes a new
 * version equal to an old one, so the history never loses a line.
 */
import type { WallContent, WallContentVersion, WallContentVersionLine } from '../../common/wallContent';
import { openPrivateDatabase } from '../store/privateFiles';

export interface ContentStore {
  /** The newest version, or null before the first save. */
  latest(): WallContentVersion | null;
  version(n: number): WallContentVersion | null;
  /** Newest first, without the documents. */
  versions(limit: number): WallContentVersionLine[];
  /** Appends `content` as the next version after `after`; false (nothing written) when another save came first. */
  append(after: number, record: { content: WallContent; by: string; at: string; note: string }): WallContentVersion | false;
  readonly readOnly: boolean;
  close(): void;
}

interface Row {
  version: number;
  content: string;
  by_name: string;
  at: string;
  note: string;
}

const versionOf = (row: Row): WallContentVersion => ({
  version: row.version,
  content: JSON.parse(row.content) as WallContent,
  by: row.by_name,
  at: row.at,
  note: row.note,
});

export function openContentStore(dataDir: string): ContentStore {
  const db = openPrivateDatabase(dataDir, 'content.sqlite');
  if (!db.readonly)
    db.exec(`
    CREATE TABLE IF NOT EXISTS versions (
      version INTEGER PRIMARY KEY, content TEXT NOT NULL, by_name TEXT NOT NULL, at TEXT NOT NULL, note TEXT NOT NULL
    );
    CREATE TRIGGER IF NOT EXISTS versions_no_update BEFORE UPDATE ON versions BEGIN SELECT RAISE(ABORT, 'content versions are append-only'); END;
    CREATE TRIGGER IF NOT EXISTS versions_no_delete BEFORE DELETE ON versions BEGIN SELECT RAISE(ABORT, 'content versions are append-only'); END;`);
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'versions'").get() !== undefined;
  const latest = hasTable ? db.prepare('SELECT * FROM versions ORDER BY version DESC LIMIT 1') : null;
  const one = hasTable ? db.prepare('SELECT * FROM versions WHERE version = ?') : null;
  const list = hasTable ? db.prepare('SELECT version, by_name, at, note FROM versions ORDER BY version DESC LIMIT ?') : null;
  const insert = db.readonly ? null : db.prepare('INSERT INTO versions (version, content, by_name, at, note) VALUES (?, ?, ?, ?, ?)');
  const head = () => (latest?.get() as Row | undefined) ?? null;

  const append = db.transaction((after: number, record: { content: WallContent; by: string; at: string; note: string }) => {
    if ((head()?.version ?? 0) !== after) return false as const;
    if (!insert) throw Object.assign(new Error('content.sqlite was opened read-only'), { code: 'SQLITE_READONLY' });
    const version = after + 1;
    insert.run(version, JSON.stringify(record.content), record.by, record.at, record.note);
    return { version, ...record };
  });

  return {
    latest: () => {
      const row = head();
      return row ? versionOf(row) : null;
    },
    version: (n) => {
      const row = one?.get(n) as Row | undefined;
      return row ? versionOf(row) : null;
    },
    versions: (limit) =>
      ((list?.all(limit) ?? []) as Array<Omit<Row, 'content'>>).map((row) => ({
        version: row.version,
        by: row.by_name,
        at: row.at,
        note: row.note,
      })),
    append: (after, record) => append(after, record),
    readOnly: db.readonly,
    close: () => db.close(),
  };
}
