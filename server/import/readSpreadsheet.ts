/** Which reader an upload goes to, from its name and its first bytes; anything else is refused by name. */
import { extname } from 'node:path';
import { ImportFailure, MAX_FILE_BYTES, tooLarge } from './importFailure';
import { readCsv } from './readCsv';
import { readXlsx } from './readXlsx';
import type { SheetRows } from './sheetRows';

const ZIP = Buffer.from('PK\u0003\u0004', 'latin1');
// The old binary formats (.xls, .doc) share one container, the compound file.
const COMPOUND_FILE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const unsupported = (message: string) => new ImportFailure('unsupported_type', message);

/** Reads an upload as its name says, refusing content that is not what the name claims. */
export async function readSpreadsheet(fileName: string, bytes: Buffer): Promise<SheetRows> {
  if (bytes.length > MAX_FILE_BYTES) throw tooLarge();
  const extension = extname(fileName).toLowerCase();
  const isZip = bytes.subarray(0, 4).equals(ZIP);
  const isCompound = bytes.subarray(0, 8).equals(COMPOUND_FILE);
  if (extension === '.xlsm') throw new ImportFailure('unreadable_file', '带宏的工作簿（.xlsm）不能导入，请另存为 .xlsx 后再导入');
  if (extension === '.xls' || (isCompound && extension !== '.xlsx')) {
    throw unsupported('这是旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 后再导入');
  }
  if (extension === '.xlsx') {
    if (isCompound) throw new ImportFailure('unreadable_file', '文件已加密或是旧版格式，请去掉密码并另存为 .xlsx 后再导入');
    if (!isZip) throw new ImportFailure('unreadable_file', '文件名是 .xlsx，内容却不是 Excel 工作簿，请在 Excel 中重新保存');
    return readXlsx(bytes);
  }
  if (extension === '.csv') {
    if (isZip) throw new ImportFailure('unreadable_file', '文件名是 .csv，内容却是压缩包或工作簿：请把扩展名改回 .xlsx');
    return readCsv(bytes);
  }
  throw unsupported(`不支持「${extension || '无扩展名'}」文件：请上传 .xlsx 或 .csv（可下载导入模板）`);
}
