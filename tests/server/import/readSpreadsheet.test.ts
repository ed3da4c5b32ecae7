import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportFailure, MAX_FILE_BYTES } from '../../../server/import/importFailure';
import { decodeCsv } from '../../../server/import/readCsv';
import { readSpreadsheet } from '../../../server/import/readSpreadsheet';
import { csvText, excelDate, xlsx } from './sheets';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/import', name));

/** The refusal a file gets, or an error when it is read. */
async function refusal(fileName: string, bytes: Buffer) {
  try {
    await readSpreadsheet(fileName, bytes);
  } catch (error) {
    if (error instanceof ImportFailure) return { code: error.code, status: error.status, message: error.message };
    throw error;
  }
  throw new Error(`${fileName} was read`);
}

describe('CSV encodings', () => {
  const rows = [
    ['乡镇', '类别', '摘要'],
    ['灵川镇', '市容市貌', '路灯不亮，已报修'],
  ];

  it('reads UTF-8 with and without a BOM alike', async () => {
    const plain = Buffer.from(csvText(rows), 'utf8');
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]);
    const expected = { sheet: null, rows: rows.map((cells, i) => ({ row: i + 1, cells })) };
    expect(await readSpreadsheet('诉求.csv', plain)).toEqual(expected);
    expect(await readSpreadsheet('诉求.csv', withBom)).toEqual(expected);
  });

  it('reads GBK as Excel in China saves a CSV', async () => {
    const sheet = await readSpreadsheet('诉求.csv', fixture('appeals-gbk.csv'));
    expect(sheet.rows.map((r) => r.cells)).toEqual([
      ['类型', '时间', '乡镇', '类别', '摘要'],
      ['受理诉求', '2026/11/30 9:30', '灵川镇', '市容市貌', '路灯不亮'],
      ['', '2026/11/30 10:05', '大圩镇', '社会治安', '夜间噪音'],
    ]);
  });

  it('decodes characters only GB18030 has beyond GBK', () => {
    // 𠀀 (U+20000) is four bytes in GB18030: 95 32 82 36.
    expect(decodeCsv(Uint8Array.from([0x95, 0x32, 0x82, 0x36]))).toBe('\u{20000}');
  });

  it('numbers rows as a spreadsheet does, skipping empty ones and keeping a quoted line break in its cell', async () => {
    const text = '乡镇,摘要\r\n灵川镇,"第一行\n第二行"\r\n,\r\n\r\n大圩镇,好';
    const sheet = await readSpreadsheet('a.csv', Buffer.from(text));
    expect(sheet.rows.map((r) => [r.row, r.cells[0]])).toEqual([
      [1, '乡镇'],
      [2, '灵川镇'],
      [5, '大圩镇'],
    ]);
  });
});

describe('xlsx', () => {
  it('reads the sheet named 数据 wherever it is, dates and rich text as values', async () => {
    const bytes = await xlsx(
      [
        ['乡镇', '时间', '摘要'],
        [{ richText: [{ text: '灵川' }, { text: '镇' }] }, excelDate(2026, 12, 1, 9, 30), 7],
      ],
      { before: ['封面'] },
    );
    const sheet = await readSpreadsheet('诉求.xlsx', bytes);
    expect(sheet).toEqual({
      sheet: '数据',
      rows: [
        { row: 1, cells: ['乡镇', '时间', '摘要'] },
        { row: 2, cells: ['灵川镇', excelDate(2026, 12, 1, 9, 30), 7] },
      ],
    });
  });

  it('reads the first sheet of a workbook with no 数据 sheet', async () => {
    const sheet = await readSpreadsheet('x.xlsx', await xlsx([['乡镇'], ['潮田乡']], { sheet: 'Sheet1' }));
    expect(sheet.sheet).toBe('Sheet1');
  });

  it('keeps a formula as a formula, so that the mapping refuses it', async () => {
    const sheet = await readSpreadsheet('x.xlsx', await xlsx([['数量'], [{ formula: '1+2', result: 3 }]]));
    expect(sheet.rows[1]!.cells).toEqual([{ formula: '1+2' }]);
  });
});

describe('files refused as a whole', () => {
  it('a broken zip', async () => {
    const whole = await xlsx([['乡镇'], ['灵川镇']]);
    expect(await refusal('x.xlsx', whole.subarray(0, whole.length - 200))).toMatchObject({
      code: 'unreadable_file',
      message: expect.stringContaining('损坏'),
    });
  });

  it('a zip that is not a workbook', async () => {
    const whole = await xlsx([['乡镇'], ['灵川镇']]);
    // The same zip with its workbook entry renamed: a zip, but not a spreadsheet.
    const renamed = Buffer.from(whole.toString('latin1').replaceAll('xl/workbook.xml', 'xl/notebook.xml'), 'latin1');
    expect(await refusal('x.xlsx', renamed)).toMatchObject({
      code: 'unreadable_file',
      message: expect.stringContaining('不是 Excel 工作簿'),
    });
  });

  it('macros: an .xlsm, or a vbaProject inside a file named .xlsx', async () => {
    const whole = await xlsx([['乡镇'], ['灵川镇']]);
    expect(await refusal('宏.xlsm', whole)).toMatchObject({ code: 'unreadable_file', message: expect.stringContaining('宏') });
    // The same zip with an entry renamed, name for name the same length: a macro project inside a file named .xlsx.
    const withMacros = Buffer.from(whole.toString('latin1').replaceAll('docProps/core.xml', 'xl/vbaProject.bin'), 'latin1');
    expect(await refusal('x.xlsx', withMacros)).toMatchObject({ code: 'unreadable_file', message: expect.stringContaining('含有宏') });
  });

  it('a zip that would unpack to far more than any sheet (a zip bomb), before inflating it', async () => {
    const whole = Buffer.from(await xlsx([['乡镇'], ['灵川镇']]));
    // Its first directory entry now declares 3 GB unpacked.
    whole.writeUInt32LE(3_000_000_000, whole.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 24);
    expect(await refusal('x.xlsx', whole)).toMatchObject({ code: 'unreadable_file', message: expect.stringContaining('解压后过大') });
  });

  it('an old .xls, a PDF, a file with no extension', async () => {
    const compound = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await refusal('旧表.xls', compound)).toMatchObject({
      code: 'unsupported_type',
      status: 415,
      message: expect.stringContaining('另存为 .xlsx'),
    });
    expect(await refusal('报告.pdf', Buffer.from('%PDF-1.7'))).toMatchObject({ code: 'unsupported_type', status: 415 });
    expect(await refusal('noext', Buffer.from('a,b'))).toMatchObject({ code: 'unsupported_type' });
  });

  it('content that is not what its name says', async () => {
    expect(await refusal('x.xlsx', Buffer.from('乡镇,类别\n灵川镇,其他'))).toMatchObject({ code: 'unreadable_file' });
    expect(await refusal('x.csv', await xlsx([['乡镇']]))).toMatchObject({
      code: 'unreadable_file',
      message: expect.stringContaining('.xlsx'),
    });
    expect(await refusal('x.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))).toMatchObject({ code: 'unreadable_file' });
  });

  it('over 5 MB', async () => {
    expect(await refusal('big.csv', Buffer.alloc(MAX_FILE_BYTES + 1, 0x41))).toMatchObject({ code: 'file_too_large', status: 413 });
  });
});
