/** Spreadsheets for the import's tests, made as an office PC would: real xlsx from exceljs, CSV bytes in a given encoding. */
import ExcelJS from 'exceljs';
import type { Cell, SheetRows } from '../../../server/import/sheetRows';

export type Row = Array<ExcelJS.CellValue>;

/** An xlsx with one sheet (named `sheet`), `rows` from row 1; extra sheets before it when asked. */
export async function xlsx(rows: Row[], { sheet = '数据', before = [] as string[] } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const name of before) workbook.addWorksheet(name).addRow(['别的表', '不读']);
  const worksheet = workbook.addWorksheet(sheet);
  rows.forEach((row, i) => {
    row.forEach((value, j) => {
      if (value !== null && value !== undefined) worksheet.getCell(i + 1, j + 1).value = value;
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** CSV text with CRLF line ends, as Excel saves it. */
export function csvText(rows: Array<Array<string | number>>): string {
  return rows
    .map((row) => row.map((cell) => (/[",\r\n]/u.test(String(cell)) ? `"${String(cell).replace(/"/gu, '""')}"` : String(cell))).join(','))
    .join('\r\n');
}

/** Rows as a reader hands them over, numbered from 1, for the pure mapping's tests. */
export function sheetOf(rows: Cell[][], sheet: string | null = '数据'): SheetRows {
  return { sheet, rows: rows.map((cells, i) => ({ row: i + 1, cells })) };
}

/** A wall-clock time in China as an Excel date cell holds it (exceljs keeps it as that clock in UTC). */
export const excelDate = (year: number, month: number, day: number, hour = 0, minute = 0): Date =>
  new Date(Date.UTC(year, month - 1, day, hour, minute));
