/** The audit trail as a CSV file that Excel opens in Chinese and that cannot smuggle formulas into it. */
import type { AuditRecord } from '../../common/auth';

const COLUMNS: Array<keyof AuditRecord> = ['id', 'at', 'actor', 'kind', 'from', 'what', 'outcome'];

/** A cell a spreadsheet shows as text: quoted, and never read as a formula (`=`, `+`, `-`, `@` lead with a `'`). */
export function csvCell(value: unknown): string {
  let text = String(value ?? '');
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Pure: the rows as CSV with a header, CRLF line ends and a byte-order mark so that Excel reads UTF-8. */
export function auditCsv(rows: readonly AuditRecord[]): string {
  const lines = [COLUMNS.join(','), ...rows.map((row) => COLUMNS.map((column) => csvCell(row[column])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
