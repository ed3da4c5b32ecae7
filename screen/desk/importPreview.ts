/** What an import's preview comes to: rows understood (new or seen before), rows refused, and whether it may be confirmed. Pure. */
import type { ImportPreview, ImportRefusal, ImportResult } from '../../common/desk';
import type { DeskFormWords } from '../content/deskForms';

export interface PreviewSummary {
  total: number;
  fresh: number;
  duplicates: number;
  /** Refused rows by row number, then column, as the operator goes down the sheet to fix them. */
  refused: ImportRefusal[];
  /** Only a file with rows and nothing refused is imported: all rows or none. */
  canConfirm: boolean;
}

export function summarizePreview(preview: Pick<ImportPreview, 'rows' | 'refused'>): PreviewSummary {
  const duplicates = preview.rows.filter((row) => row.duplicate).length;
  const refused = [...preview.refused].sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
  return {
    total: preview.rows.length,
    fresh: preview.rows.length - duplicates,
    duplicates,
    refused,
    canConfirm: refused.length === 0 && preview.rows.length > 0,
  };
}

/** What an applied import did, in a sentence: a file imported before says that nothing changed. */
export function importOutcomeText(result: ImportResult, words: DeskFormWords['import']): string {
  if (result.accepted === 0 && result.duplicates > 0) return words.allDuplicates(result.duplicates);
  return words.imported(result.accepted, result.duplicates, result.seq);
}

/** A refusal's column as the table shows it: the header, or that the whole row is wrong. */
export function refusalColumn(refusal: ImportRefusal, words: DeskFormWords['import']): string {
  return refusal.column === '' ? words.wholeRow : refusal.column;
}
