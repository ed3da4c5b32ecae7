/** The import template: a 数据 sheet with the headers, and a 说明 sheet that explains each column and its allowed values. */
import ExcelJS from 'exceljs';
import type { Catalog } from '../../common/catalog';
import { COLUMN_HEADERS, COLUMN_KEYS, type ColumnKey } from './columns';
import { IMPORTED_TYPES, TYPE_FIELDS, TYPE_NAMES } from './eventTypes';
import { MAX_FILE_BYTES, MAX_ROWS } from './importFailure';
import { DATA_SHEET } from './readXlsx';

export const HELP_SHEET = '说明';

const names = (entries: ReadonlyArray<{ name: string }>) => entries.map((entry) => entry.name).join('、');

/** Pure: which types use a column, in Chinese. */
function typesUsing(key: ColumnKey): string {
  if (key === 'id' || key === 'type' || key === 'at') return '所有类型';
  return IMPORTED_TYPES.filter((type) => Object.values(TYPE_FIELDS[type]).some((spec) => spec.column === key))
    .map(
      (type) =>
        TYPE_NAMES[type] + (Object.values(TYPE_FIELDS[type]).find((spec) => spec.column === key)?.required ? '（必填）' : '（可选）'),
    )
    .join('、');
}

/** Pure: each column's explanation and allowed values, the 说明 sheet's rows. */
export function columnHelp(catalog: Catalog): Array<[string, string, string]> {
  const explained: Record<ColumnKey, string> = {
    id: '可选。这一行自己的编号（如工单号），最长 64 个字符；同一编号再导入不会重复计数。不填时按这一行的内容自动生成，所以不填编号时必须填时间',
    type: `可选。空着表示受理诉求，所以当天的诉求表可以不要这一列。可填：${IMPORTED_TYPES.map((type) => TYPE_NAMES[type]).join('、')}`,
    at: '发生的时间（北京时间），Excel 日期或文字，如 2026-12-01 09:30、2026/12/1、2026年12月1日；不早于 2000 年，不晚于现在',
    town: `乡镇名单：${names(catalog.towns)}`,
    category: `诉求类别：${names(catalog.categories)}`,
    summary: '诉求的简短内容，最长 200 字，会显示在大屏滚动条上',
    count: '人数或个数，正整数',
    project: `征地项目：${names(catalog.landProjects)}`,
    mu: '征地面积（亩），大于 0，可以有小数',
    m2: '拆迁面积（平方米），大于 0，可以有小数',
    name: `引进项目的名称，最长 64 字，如 ${catalog.projects.slice(0, 3).join('、')}`,
    investmentYuan: '项目总投资，单位是元（不是万元），可以是 0',
    org: '开展活动的党组织名称，最长 64 字',
    members: '参加活动的党员人数，0 或正整数',
  };
  return COLUMN_KEYS.map((key) => [COLUMN_HEADERS[key], typesUsing(key), explained[key]]);
}

/** The template workbook as bytes. */
export async function templateWorkbook(catalog: Catalog): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  data.columns = COLUMN_KEYS.map((key) => ({
    header: COLUMN_HEADERS[key],
    key,
    width: key === 'summary' ? 40 : key === 'at' ? 20 : 14,
    ...(key === 'at' ? { style: { numFmt: 'yyyy-mm-dd hh:mm' } } : {}),
  }));
  data.getRow(1).font = { bold: true };

  const help = workbook.addWorksheet(HELP_SHEET);
  help.columns = [
    { header: '列名', width: 14 },
    { header: '用于', width: 40 },
    { header: '说明与可填的值', width: 100 },
  ];
  help.getRow(1).font = { bold: true };
  help.addRows(columnHelp(catalog));
  help.addRow([]);
  help.addRow([
    '导入规则',
    '',
    `每一行是一条记录；空行会跳过；不能有公式（请粘贴为数值）；一次最多 ${MAX_ROWS} 行、${MAX_FILE_BYTES / 1024 / 1024} MB。先预览，确认后整批导入，有一行不对就都不导入。更正数字请在工作台逐项更正并写明原因，不用导入。`,
  ]);
  const [town, category, landProject] = [catalog.towns[0]?.name, catalog.categories[0]?.name, catalog.landProjects[0]?.name];
  help.addRow(['例子', '', `类型=受理诉求，时间=2026-12-01 09:30，乡镇=${town}，类别=${category}，摘要=路灯不亮`]);
  help.addRow(['', '', `类型=征地，时间=2026-12-01，项目=${landProject}，亩=12.5`]);
  help.eachRow((row) => (row.alignment = { wrapText: true, vertical: 'top' }));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
