/** Reads an .xlsx upload: its sheet 数据 (or the first), every cell as the file holds it. */
import ExcelJS from 'exceljs';
import { ImportFailure } from './importFailure';
import { isBlank, type Cell, type SheetRows } from './sheetRows';
import { zipEntries } from './zipEntries';

/** The template's data sheet; any other workbook is read from its first sheet. */
export const DATA_SHEET = '数据';

/** More than this unpacked is no office sheet of 5,000 rows: a zip bomb is refused before it is inflated. */
const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

const unreadable = (message: string) => new ImportFailure('unreadable_file', message);

/** Pure: refuses what is not a plain workbook, from its zip directory alone. */
export function checkWorkbookZip(bytes: Buffer): void {
  const entries = zipEntries(bytes);
  if (entries === null) throw unreadable('文件已损坏或不完整（不是完整的 xlsx），请在 Excel 中重新保存后再导入');
  const names = new Set(entries.map((entry) => entry.name.toLowerCase()));
  if ([...names].some((name) => name.endsWith('vbaproject.bin'))) {
    throw unreadable('工作簿含有宏，不能导入：请另存为不带宏的 .xlsx 后再导入');
  }
  if (!names.has('xl/workbook.xml')) throw unreadable('这不是 Excel 工作簿（xlsx），请用导入模板或另存为 .xlsx');
  const unpacked = entries.reduce((sum, entry) => sum + entry.unpackedBytes, 0);
  if (unpacked > MAX_UNPACKED_BYTES) throw unreadable('工作簿解压后过大，不像是一张数据表，请只保留要导入的数据');
}

/** What a cell holds: formulas kept as formulas (to be refused), rich text and links as their text. */
function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('formula' in value || 'sharedFormula' in value) return { formula: String('formula' in value ? value.formula : value.sharedFormula) };
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

/** Reads the workbook; refuses a broken zip, a macro workbook or one with no sheet. */
export async function readXlsx(bytes: Buffer): Promise<SheetRows> {
  checkWorkbookZip(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unreadable('工作簿读不出来（文件可能已损坏），请在 Excel 中重新保存为 .xlsx 后再导入');
  }
  const worksheet = workbook.getWorksheet(DATA_SHEET) ?? workbook.worksheets[0];
  if (!worksheet) throw unreadable('工作簿里没有工作表');
  const rows: SheetRows['rows'] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = cellOf(cell.value);
    });
    const filled = Array.from(cells, (cell) => cell ?? null);
    if (filled.some((cell) => !isBlank(cell))) rows.push({ row: rowNumber, cells: filled });
  });
  return { sheet: worksheet.name, rows };
}
