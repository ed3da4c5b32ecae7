/** The operator's side of the browser tests: signing the desk in, moving between its sections, and spreadsheets to import. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';

export type DeskSection = 'today' | 'record' | 'import' | 'correct' | 'playlist' | 'content';

/** Signs the desk in with its form (signing out whoever is in first), and waits until it shows who is signed in. */
export async function signInDesk(page: Page, name: string, password: string): Promise<void> {
  if ((await page.locator('[data-sign-out]').count()) > 0) await page.click('[data-sign-out]');
  await page.locator('[data-sign-in-form]').waitFor();
  await page.fill('[data-sign-in-name]', name);
  await page.fill('[data-sign-in-password]', password);
  await page.click('[data-sign-in-submit]');
  await page.locator('[data-signed-in-as]', { hasText: name }).waitFor();
}

/** Opens one of the desk's sections by its tab, as a person would. */
export async function openDeskSection(page: Page, section: DeskSection): Promise<void> {
  await page.click(`[data-section-tab="${section}"]`);
  await page.locator(`[data-section="${section}"]`).waitFor();
}

/** Waits for the section's message of that kind (`ok` in green, `error` in red) to say `text`. */
export function deskMessage(page: Page, kind: 'ok' | 'error', text: string): Promise<void> {
  return page.locator(`[data-message="${kind}"]`, { hasText: text }).waitFor();
}

/** One appeal as the office's sheet has it, under the template's Chinese headers. */
export interface AppealRow {
  编号: string;
  乡镇: string;
  类别: string;
  摘要: string;
}

/** Writes the rows as an .xlsx with the template's headers (类型 left empty: an appeal handled) and returns its path. */
export async function writeAppealsXlsx(fileName: string, rows: readonly AppealRow[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('诉求');
  sheet.addRow(['编号', '类型', '乡镇', '类别', '摘要']);
  for (const row of rows) sheet.addRow([row.编号, '受理诉求', row.乡镇, row.类别, row.摘要]);
  const path = join(mkdtempSync(join(tmpdir(), 'desk-import-')), fileName);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** Whether the desk's content fits its window's width: nothing to scroll sideways on an office PC's screen. */
export function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const desk = document.querySelector('[data-desk]');
    const root = document.documentElement;
    return desk !== null && desk.scrollWidth <= desk.clientWidth && root.scrollWidth <= root.clientWidth;
  });
}
