/** Reads a .csv upload: UTF-8 (with or without BOM), or GB18030/GBK as Excel in China saves it. */
import { parse } from 'csv-parse/sync';
import { ImportFailure } from './importFailure';
import { isBlank, type SheetRows } from './sheetRows';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030');

/** Pure: the text of a CSV file. Valid UTF-8 is taken as UTF-8 (a BOM dropped); anything else is GB18030, a superset of GBK. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes).replace(/^\uFEFF/u, '');
  } catch {
    return gb18030.decode(bytes);
  }
}

/** Pure: the rows of a CSV file, numbered as a spreadsheet shows them (a quoted line break stays in its cell). */
export function readCsv(bytes: Uint8Array): SheetRows {
  const text = decodeCsv(bytes);
  if (text.includes('\u0000')) throw new ImportFailure('unreadable_file', '这不是文本格式的 CSV 文件，请用 Excel 另存为 CSV 或 .xlsx');
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new ImportFailure('unreadable_file', `CSV 格式有误${line ? `（约第 ${line} 行）` : ''}：请检查引号是否成对，或另存为 .xlsx`);
  }
  return {
    sheet: null,
    rows: records.flatMap((cells, i) => (cells.some((cell) => !isBlank(cell)) ? [{ row: i + 1, cells }] : [])),
  };
}
