/**
 * A sheet's rows → what importing it would do: the header found, each row
 * understood as an event with its stable id, or refused with its reasons.
 */
import type { ImportPreview, ImportRefusal, ImportRow } from '../../common/desk';
import { COLUMN_HEADERS, COLUMN_KEYS, columnOf, matchHeaders } from './columns';
import { cellText } from './cellValues';
import { ImportFailure, MAX_ROWS } from './importFailure';
import { rowEvent, type RowContext, type RowEvent } from './rowEvents';
import { isBlank, isFormulaCell, type SheetRow, type SheetRows } from './sheetRows';
import { derivedIds } from './stableIds';

/** The header may sit below a title or two: it is looked for in the first rows. */
const HEADER_SEARCH_ROWS = 10;

export interface PlanContext extends Omit<RowContext, 'places'> {
  /** Which of these ids the ledger already holds. */
  existingIds: (ids: readonly string[]) => Set<string>;
}

/** A column's letters as Excel shows them (0 → A, 27 → AB), for a cell under no header. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Pure: the first row that reads as a header: at least two known columns, or its only cell one. */
function headerIndex(rows: readonly SheetRow[]): number {
  return rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => {
    const filled = row.cells.filter((cell) => !isBlank(cell));
    const known = filled.filter((cell) => columnOf(cellText(cell)) !== null).length;
    return known >= Math.min(2, filled.length) && known > 0;
  });
}

function refuseFormulas(rows: readonly SheetRow[], headers: readonly string[]): void {
  for (const { row, cells } of rows) {
    const index = cells.findIndex((cell) => cell !== null && isFormulaCell(cell));
    if (index < 0) continue;
    const column = headers[index]?.trim() || `${columnLetters(index)} 列`;
    throw new ImportFailure('unreadable_file', `第 ${row} 行「${column}」列是公式，请粘贴为数值后再导入`);
  }
}

/** Pure but for `existingIds`: the preview of importing these rows (its file name is the caller's). */
export function planImport(sheet: SheetRows, context: PlanContext): Omit<ImportPreview, 'fileName'> {
  const found = headerIndex(sheet.rows);
  if (found < 0) {
    throw new ImportFailure(
      'unreadable_file',
      `找不到表头：请在第一行写列名，如「${COLUMN_KEYS.slice(1, 6)
        .map((key) => COLUMN_HEADERS[key])
        .join('」「')}」（可下载导入模板）`,
    );
  }
  const header = sheet.rows[found]!;
  const headers = header.cells.map((cell) => cellText(cell));
  refuseFormulas(sheet.rows, headers);
  const dataRows = sheet.rows.slice(found + 1);
  if (dataRows.length > MAX_ROWS) {
    throw new ImportFailure('too_many_rows', `表格有 ${dataRows.length} 行数据，一次最多导入 ${MAX_ROWS} 行，请分成几个文件`);
  }
  if (dataRows.length === 0) throw new ImportFailure('empty_file', '表格里只有表头，没有数据行');

  const matched = matchHeaders(headers);
  if (!matched.ok) return { sheet: sheet.sheet, rows: [], refused: [{ row: header.row, column: '', reason: matched.problem }] };
  const places = matched.places;

  const understood: RowEvent[] = [];
  const refused: ImportRefusal[] = [];
  for (const row of dataRows) {
    const outcome = rowEvent(row, { ...context, places });
    if (outcome.ok) understood.push(outcome.value);
    else refused.push(...outcome.refusals);
  }
  const plan = withIds(understood, refused);
  const existing = context.existingIds(plan.map((row) => row.id));
  return {
    sheet: sheet.sheet,
    rows: plan.map((row) => ({ ...row, duplicate: existing.has(row.id) })),
    refused: collapseMissingColumns(
      refused,
      header.row,
      COLUMN_KEYS.filter((key) => !places[key]).map((key) => COLUMN_HEADERS[key]),
    ),
  };
}

/** Each understood row with its id; a 编号 given twice is refused the second time. */
function withIds(understood: readonly RowEvent[], refused: ImportRefusal[]): Array<Omit<ImportRow, 'duplicate'>> {
  const derived = derivedIds(understood.map((row) => row.event));
  const firstRowOf = new Map<string, number>();
  return understood.flatMap((row, i) => {
    const id = row.ownId ?? derived[i]!;
    const first = firstRowOf.get(id);
    if (first !== undefined) {
      refused.push({ row: row.row, column: '编号', reason: `编号「${id}」与第 ${first} 行重复` });
      return [];
    }
    firstRowOf.set(id, row.row);
    return [{ row: row.row, id, type: row.type, event: { ...row.event, id } }];
  });
}

/** A column the file lacks is said once on the header row, not on every row that needed it. */
function collapseMissingColumns(refused: readonly ImportRefusal[], headerRow: number, missing: readonly string[]): ImportRefusal[] {
  const absent = new Set(missing);
  const said = new Set<string>();
  const header: ImportRefusal[] = [];
  for (const refusal of refused) {
    if (!absent.has(refusal.column)) continue;
    const reason = `缺少「${refusal.column}」列：${refusal.reason}`;
    if (said.has(reason)) continue;
    said.add(reason);
    header.push({ row: headerRow, column: refusal.column, reason });
  }
  return [...header, ...refused.filter((refusal) => !absent.has(refusal.column))].sort((a, b) => a.row - b.row);
}
