/** What a file reader hands to the mapping: the sheet's non-empty rows, each cell as the file holds it. */

/** A cell that holds a formula: refused, since its value could change after the import. */
export interface FormulaCell {
  formula: string;
}

export type Cell = string | number | boolean | Date | FormulaCell | null;

export interface SheetRow {
  /** The row number as the spreadsheet shows it (1-based). */
  row: number;
  cells: Cell[];
}

export interface SheetRows {
  /** The sheet read, for an xlsx; null for a csv. */
  sheet: string | null;
  /** Non-empty rows only, in order. */
  rows: SheetRow[];
}

export function isFormulaCell(cell: Cell): cell is FormulaCell {
  return typeof cell === 'object' && cell !== null && !(cell instanceof Date);
}

/** Whether a cell holds nothing worth reading: empty, or only spaces. */
export function isBlank(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}
