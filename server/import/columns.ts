/**
 * The import's columns: the template's Chinese header for each, the variants
 * real office sheets use, and matching a sheet's header row to them.
 */

export type ColumnKey =
  | 'id'
  | 'type'
  | 'at'
  | 'town'
  | 'category'
  | 'summary'
  | 'count'
  | 'project'
  | 'mu'
  | 'm2'
  | 'name'
  | 'investmentYuan'
  | 'org'
  | 'members';

/** The template's headers, in the template's order. */
export const COLUMN_HEADERS: Record<ColumnKey, string> = {
  id: '编号',
  type: '类型',
  at: '时间',
  town: '乡镇',
  category: '类别',
  summary: '摘要',
  count: '数量',
  project: '项目',
  mu: '亩',
  m2: '平方米',
  name: '名称',
  investmentYuan: '投资（元）',
  org: '组织',
  members: '党员数',
};

export const COLUMN_KEYS = Object.keys(COLUMN_HEADERS) as ColumnKey[];

// Conservative on purpose: 序号 (a row counter, the same every day) is not an id, and 项目名称 could mean either project.
const VARIANTS: Record<ColumnKey, readonly string[]> = {
  id: ['编号', 'id', '事件编号', '记录编号', '诉求编号', '工单号', '工单编号'],
  type: ['类型', '事件类型', '数据类型'],
  at: ['时间', '日期', '日期时间', '发生时间', '受理时间', '办结时间', '登记时间'],
  town: ['乡镇', '乡镇名称', '所属乡镇', '乡镇(街道)', '镇'],
  category: ['类别', '诉求类别', '分类', '类别名称'],
  summary: ['摘要', '诉求摘要', '诉求内容', '内容'],
  count: ['数量', '人数', '个数'],
  project: ['项目', '征地项目', '拆迁项目'],
  mu: ['亩', '亩数', '面积(亩)', '征地面积(亩)'],
  m2: ['平方米', '面积(平方米)', '拆迁面积(平方米)', 'm2', '面积(m2)', '拆迁面积(m2)'],
  name: ['名称', '企业名称', '引进项目名称'],
  investmentYuan: ['投资(元)', '投资', '投资额(元)', '总投资(元)', '投资额'],
  org: ['组织', '党组织', '组织名称', '党组织名称'],
  members: ['党员数', '党员人数', '参与党员数'],
};

/** Pure: a header as compared: full-width forms folded (（元） → (元), ㎡ → m2), spaces removed, lower case. */
export function normalizeHeader(header: string): string {
  return header.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

const BY_VARIANT = new Map<string, ColumnKey>(
  COLUMN_KEYS.flatMap((key) => VARIANTS[key].map((variant) => [normalizeHeader(variant), key] as const)),
);

/** Pure: the column a header names, or null for a column the import does not read (序号, 备注…). */
export function columnOf(header: string): ColumnKey | null {
  return BY_VARIANT.get(normalizeHeader(header)) ?? null;
}

/** Where each known column is in the sheet, and its header as the file shows it. */
export type ColumnPlaces = Partial<Record<ColumnKey, { index: number; header: string }>>;

export type HeaderMatch = { ok: true; places: ColumnPlaces } | { ok: false; problem: string };

/** Investment in 万元 or 亿元 would be read as yuan, ten thousand times too small: refused by name. */
const WRONG_UNIT = /^(总?投资额?)\((万元|亿元)\)$/u;

/** Pure: matches a header row; two headers for one column, or investment in the wrong unit, are refused. */
export function matchHeaders(headers: readonly string[]): HeaderMatch {
  const places: ColumnPlaces = {};
  for (const [index, raw] of headers.entries()) {
    const header = raw.trim();
    if (WRONG_UNIT.test(normalizeHeader(header))) {
      return { ok: false, problem: `「${header}」列：请把投资换算成元，列名写作「投资（元）」` };
    }
    const key = columnOf(header);
    if (key === null) continue;
    const earlier = places[key];
    if (earlier) {
      return {
        ok: false,
        problem: `「${earlier.header}」和「${header}」两列都是${COLUMN_HEADERS[key]}，请只保留一列`,
      };
    }
    places[key] = { index, header };
  }
  return { ok: true, places };
}
