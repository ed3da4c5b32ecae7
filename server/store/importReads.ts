/**
 * What the desk reads from the ledger file about imports: the recent ones with
 * whether each was undone, and everything needed to undo one. An import is the
 * entries one `POST /api/import` committed: source `import`, one sender, one
 * receive time, consecutive seqs.
 */
import type { ImportRecord } from '../../common/desk';
import { importUndoIdFor } from '../../common/desk';
import type { DomainEvent } from '../../common/events';
import type { ReplayRow } from '../domain/replay';
import type { KnownNames, WallState } from '../domain/state';
import { inSnapshot } from './ledgerFile';
import { stateBefore } from './ledgerReads';

interface ImportRow {
  seq: number;
  fromSeq: number;
  entries: number;
  at: string;
  sender: string;
}

interface UndoRow {
  id: string;
  seq: number;
  at: string;
  sender: string;
}

/** The newest `limit` imports, newest first, each with the entry that undid it if any. */
export function recentImports(file: string, limit: number): Promise<ImportRecord[]> {
  return inSnapshot(file, async (db) => {
    const imports = db
      .prepare(
        `SELECT MAX(seq) AS seq, MIN(seq) AS fromSeq, COUNT(*) AS entries, received_at AS at, sender
         FROM events WHERE source = 'import' GROUP BY received_at, sender ORDER BY seq DESC LIMIT ?`,
      )
      .all(limit) as ImportRow[];
    const undos = db
      .prepare(`SELECT id, seq, received_at AS at, sender FROM events WHERE type = 'import.undone' ORDER BY seq DESC LIMIT ?`)
      .all(limit * 4) as UndoRow[];
    const undoneBy = new Map(undos.map((row) => [row.id, row]));
    return imports.map((row) => {
      const undo = undoneBy.get(importUndoIdFor(row.seq));
      return { ...row, undone: undo ? { seq: undo.seq, at: undo.at, sender: undo.sender } : null };
    });
  });
}

/** An import read back for an undo: its entries, the figures before it, and the names entries after it use. */
export interface ImportToUndo {
  fromSeq: number;
  seq: number;
  rows: ReplayRow[];
  before: WallState;
  /** Project and organization names that entries after the import name: still known after an undo. */
  namedLater: KnownNames;
}

/** The import whose last entry is `seq`, or null when `seq` is not the last entry of an import. */
export async function importEndingAt(file: string, seq: number): Promise<ImportToUndo | null> {
  const found = await inSnapshot(file, async (db) => {
    const last = db.prepare(`SELECT received_at AS at, sender, source FROM events WHERE seq = ?`).get(seq) as
      { at: string; sender: string; source: string } | undefined;
    if (last?.source !== 'import') return null;
    const rows = db
      .prepare(
        `SELECT seq, received_at AS receivedAt, body FROM events
         WHERE source = 'import' AND received_at = ? AND sender = ? ORDER BY seq`,
      )
      .all(last.at, last.sender) as ReplayRow[];
    if (rows.at(-1)?.seq !== seq) return null;
    const later = db.prepare(`SELECT body FROM events WHERE seq > ? AND type IN ('project.introduced', 'org.activity')`).all(seq) as Array<{
      body: string;
    }>;
    const namedLater: KnownNames = { projects: new Set<string>(), orgs: new Set<string>() };
    for (const { body } of later) {
      const event = JSON.parse(body) as DomainEvent;
      if (event.type === 'project.introduced') (namedLater.projects as Set<string>).add(event.name);
      if (event.type === 'org.activity') (namedLater.orgs as Set<string>).add(event.org);
    }
    return { rows, namedLater };
  });
  if (!found) return null;
  const fromSeq = found.rows[0]!.seq;
  return { fromSeq, seq, rows: found.rows, before: await stateBefore(file, { seq: fromSeq }), namedLater: found.namedLater };
}
