/**
 * The operator desk's contract: today at a glance, spreadsheet imports and
 * undoing a correction, as the server sends them and `/desk` reads them.
 */
import type { LedgerStatus } from './auth';
import type { EventType } from './events';
import type { MetricId } from './metrics';

/** Where a figure's latest change came from: the report's baseline, a machine feed, the desk, an import, or a demo feed. */
export type FigureSource = 'seed' | 'feed' | 'desk' | 'import' | 'demo';

/** How an accepted event entered: a feed's request, a person at the desk, a spreadsheet import, or a demo feed. */
export type EntrySource = Exclude<FigureSource, 'seed'>;

export const ENTRY_SOURCES: readonly EntrySource[] = ['feed', 'desk', 'import', 'demo'];

export function isEntrySource(value: unknown): value is EntrySource {
  return typeof value === 'string' && (ENTRY_SOURCES as readonly string[]).includes(value);
}

export interface FigureToday {
  id: MetricId;
  value: number;
  /** The change since the start of today (server's local day). */
  todayChange: number;
  source: FigureSource;
  /** When it last changed, or null when it is still the baseline. */
  changedAt: string | null;
}

export interface RecentEntry {
  seq: number;
  at: string;
  type: EventType;
  /** `key:<name>` or `account:<name>`. */
  sender: string;
  source: EntrySource;
  /** The event as accepted. */
  event: unknown;
}

export interface ScreenHeartbeat {
  screen: string;
  group: string;
  kind: 'wall' | 'kiosk';
  /** When the server last heard from it (ISO). */
  lastSeenAt: string;
}

/** `GET /api/desk/today`. */
export interface DeskToday {
  /** The start of the day the changes are counted from (ISO). */
  dayStart: string;
  figures: FigureToday[];
  /** The newest accepted events, newest first. */
  recent: RecentEntry[];
  screens: { connected: number; unpaired: number; paired: ScreenHeartbeat[] };
  ledger: LedgerStatus;
}

/** One understood row of an import, as the preview lists it. */
export interface ImportRow {
  /** The row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  /** The event id the row becomes: its own id column, or one derived from the file's content. */
  id: string;
  type: EventType;
  /** The event as it will be sent. */
  event: unknown;
  /** Whether an event with this id is already in the ledger (importing it again changes nothing). */
  duplicate: boolean;
}

/** One refused row: where, and why in plain Chinese. */
export interface ImportRefusal {
  row: number;
  /** The column's header as the file shows it, or `` for the row as a whole. */
  column: string;
  reason: string;
}

/** `POST /api/import?dryRun=1`: what importing the file would do; nothing is applied. */
export interface ImportPreview {
  fileName: string;
  /** The sheet read, for an xlsx. */
  sheet: string | null;
  rows: ImportRow[];
  refused: ImportRefusal[];
}

/** `POST /api/import`: applied, all rows at once. */
export interface ImportResult {
  accepted: number;
  duplicates: number;
  seq: number;
}

/** `POST /api/corrections/:seq/undo`: the compensating correction that was recorded. */
export interface UndoResult {
  seq: number;
  metric: MetricId;
  /** The value the compensating correction set. */
  value: number;
}

/** The id of the compensating correction that undoes the correction at `seq`: one undo per correction, however often asked. */
export const undoIdFor = (seq: number): string => `undo-${seq}`;

/** The seq of the correction an entry with this id undoes, or null when it is not an undo. */
export function undoneSeqOf(id: string): number | null {
  const match = /^undo-(\d+)$/.exec(id);
  return match ? Number(match[1]) : null;
}

/** One import as the desk lists it: its entries are the seqs `fromSeq`..`seq`, committed together. */
export interface ImportRecord {
  /** The import's last entry: what `POST /api/import` answered, and what names it for an undo. */
  seq: number;
  fromSeq: number;
  /** How many entries it added. */
  entries: number;
  at: string;
  /** Who imported it (`account:<name>`). */
  sender: string;
  /** The compensating entry that took it back, if one did. */
  undone: { seq: number; at: string; sender: string } | null;
}

/** `POST /api/imports/:seq/undo`: the compensating entry recorded, and what it took back from each figure. */
export interface ImportUndoResult {
  seq: number;
  /** How many entries of the import it took back. */
  entries: number;
  /** Each figure's change (negative where the import had added). */
  changes: Partial<Record<MetricId, number>>;
}

/** The id of the entry that undoes the import ending at `seq`: one undo per import, however often asked. */
export const importUndoIdFor = (seq: number): string => `undo-import-${seq}`;
