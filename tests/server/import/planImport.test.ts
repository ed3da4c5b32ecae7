import { describe, expect, it } from 'vitest';
import { vocabularyOf } from '../../../common/catalog';
import { ImportFailure } from '../../../server/import/importFailure';
import { planImport } from '../../../server/import/planImport';
import type { Cell } from '../../../server/import/sheetRows';
import { catalog, schemas } from '../../support/baseline';
import { excelDate, sheetOf } from './sheets';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const context = { schemas, vocabulary: vocabularyOf(catalog), now: NOW, existingIds: () => new Set<string>() };
const HEADER = ['类型', '时间', '乡镇', '类别', '摘要', '数量', '项目', '亩', '平方米', '名称', '投资（元）', '组织', '党员数'];

/** One data row under the template's header, its cells given by header. */
const row = (cells: Record<string, Cell>): Cell[] => HEADER.map((header) => cells[header] ?? null);
const plan = (...rows: Array<Record<string, Cell>>) => planImport(sheetOf([HEADER, ...rows.map(row)]), context);
const at = '2026-12-01 09:30';

describe('rows become events', () => {
  it('reads every type from its Chinese name, China time, numbers written as office sheets write them', () => {
    const preview = plan(
      { 类型: '', 时间: at, 乡镇: '灵川镇', 类别: '市容市貌', 摘要: ' 路灯不亮 ' },
      { 类型: '办结诉求', 时间: excelDate(2026, 12, 1, 10, 0), 乡镇: '大圩镇', 类别: '其他' },
      { 类型: '指尖心愿', 时间: '2026年12月1日' },
      { 类型: '群众参与', 时间: at },
      { 类型: '志愿者', 时间: at, 数量: '1,200', 乡镇: '定江镇' },
      { 类型: '先锋岗', 时间: at, 数量: 3 },
      { 类型: '征地', 时间: at, 项目: '桂林北动车所', 亩: '１２.５' },
      { 类型: '拆迁', 时间: at, 项目: '西货运中心站', 平方米: 800 },
      { 类型: '引进项目', 时间: at, 名称: '桂湖木业', '投资（元）': 150000000 },
      { 类型: '组织活动', 时间: at, 组织: '七彩社区党委', 党员数: 0 },
    );
    expect(preview.refused).toEqual([]);
    expect(preview.rows.map((r) => [r.row, r.event])).toEqual([
      [
        2,
        expect.objectContaining({
          type: 'appeal.handled',
          at: '2026-12-01T01:30:00.000Z',
          town: '灵川镇',
          category: '市容市貌',
          summary: '路灯不亮',
        }),
      ],
      [3, expect.objectContaining({ type: 'appeal.resolved', at: '2026-12-01T02:00:00.000Z', town: '大圩镇', category: '其他' })],
      [4, expect.objectContaining({ type: 'wish.fulfilled', at: '2026-11-30T16:00:00.000Z' })],
      [5, expect.objectContaining({ type: 'participant.joined' })],
      [6, expect.objectContaining({ type: 'volunteer.mobilized', count: 1200, town: '定江镇' })],
      [7, expect.objectContaining({ type: 'post.established', count: 3 })],
      [8, expect.objectContaining({ type: 'land.acquired', project: '桂林北动车所', mu: 12.5 })],
      [9, expect.objectContaining({ type: 'land.demolished', project: '西货运中心站', m2: 800 })],
      [10, expect.objectContaining({ type: 'project.introduced', name: '桂湖木业', investmentYuan: 150000000 })],
      [11, expect.objectContaining({ type: 'org.activity', org: '七彩社区党委', members: 0 })],
    ]);
    for (const r of preview.rows) expect(schemas[r.type].safeParse(r.event).success).toBe(true);
  });

  it('skips nothing it was given and marks rows the ledger already holds as duplicates', () => {
    const first = plan({ 时间: at, 乡镇: '灵川镇', 类别: '其他' }, { 时间: at, 乡镇: '大圩镇', 类别: '其他' });
    const known = new Set([first.rows[0]!.id]);
    const again = planImport(
      sheetOf([HEADER, row({ 时间: at, 乡镇: '灵川镇', 类别: '其他' }), row({ 时间: at, 乡镇: '大圩镇', 类别: '其他' })]),
      {
        ...context,
        existingIds: (ids) => new Set(ids.filter((id) => known.has(id))),
      },
    );
    expect(again.rows.map((r) => r.duplicate)).toEqual([true, false]);
  });

  it('finds the header under a title row and numbers rows as the sheet shows them', () => {
    const preview = planImport(
      sheetOf([['灵川县群众诉求受理台账'], ['序号', '受理时间', '乡镇名称', '诉求类别', '备注'], [1, at, '潮田乡', '矛盾纠纷', '已转办']]),
      context,
    );
    expect(preview.refused).toEqual([]);
    expect(preview.rows).toEqual([
      expect.objectContaining({ row: 3, type: 'appeal.handled', event: expect.objectContaining({ town: '潮田乡' }) }),
    ]);
  });
});

describe('each refused row says where and why in plain Chinese', () => {
  it.each<[string, Record<string, Cell>, string, string]>([
    ['an unknown type', { 类型: '诉求更正', 时间: at }, '类型', '类型「诉求更正」不认识'],
    ['no time and no id', { 乡镇: '灵川镇', 类别: '其他' }, '时间', '请填写时间'],
    ['a time it cannot read', { 时间: '昨天上午', 乡镇: '灵川镇', 类别: '其他' }, '时间', '时间「昨天上午」看不懂'],
    ['a date that does not exist', { 时间: '2026-02-30', 乡镇: '灵川镇', 类别: '其他' }, '时间', '看不懂'],
    ['a time before 2000', { 时间: '1999-12-31 23:00', 乡镇: '灵川镇', 类别: '其他' }, '时间', '早于 2000 年'],
    ['a time in the future', { 时间: '2026-12-03 09:00', 乡镇: '灵川镇', 类别: '其他' }, '时间', '在将来'],
    ['a town not in the list', { 时间: at, 乡镇: '灵州镇', 类别: '其他' }, '乡镇', '乡镇「灵州镇」不在乡镇名单中'],
    ['a category not in the list', { 时间: at, 乡镇: '灵川镇', 类别: '环境卫生' }, '类别', '类别「环境卫生」不在类别名单中'],
    ['a land project not in the list', { 类型: '征地', 时间: at, 项目: '桂康物流', 亩: 3 }, '项目', '项目「桂康物流」不在征地项目名单中'],
    ['a required field left empty', { 时间: at, 乡镇: '灵川镇' }, '类别', '受理诉求要填写类别'],
    ['a count that is not a number', { 类型: '志愿者', 时间: at, 数量: '三' }, '数量', '数量「三」不是数字'],
    ['a count with a fraction', { 类型: '志愿者', 时间: at, 数量: 2.5 }, '数量', '数量必须是正整数'],
    ['a count of zero', { 类型: '先锋岗', 时间: at, 数量: 0 }, '数量', '数量必须是正整数'],
    ['a count past one report', { 类型: '先锋岗', 时间: at, 数量: 1e9 }, '数量', '数量不能超过'],
    ['an area of zero', { 类型: '征地', 时间: at, 项目: '桂林北动车所', 亩: 0 }, '亩', '亩必须大于 0'],
    ['a negative investment', { 类型: '引进项目', 时间: at, 名称: '桂湖木业', '投资（元）': -1 }, '投资（元）', '投资（元）不能是负数'],
    ['members with a fraction', { 类型: '组织活动', 时间: at, 组织: '七彩社区党委', 党员数: 1.5 }, '党员数', '党员数必须是 0 或正整数'],
    ['a summary over its limit', { 时间: at, 乡镇: '灵川镇', 类别: '其他', 摘要: '长'.repeat(201) }, '摘要', '摘要不能超过 200 个字'],
    ['a control character', { 类型: '引进项目', 时间: at, 名称: '桂湖\u0007木业', '投资（元）': 1 }, '名称', '名称含有控制字符'],
    ['a column its type does not use', { 时间: at, 乡镇: '灵川镇', 类别: '其他', 数量: 5 }, '数量', '受理诉求不填「数量」'],
  ])('%s', (_what, cells, column, reason) => {
    const preview = plan(cells);
    expect(preview.rows).toEqual([]);
    expect(preview.refused).toEqual([{ row: 2, column, reason: expect.stringContaining(reason) }]);
  });

  it('names the column as the file writes it', () => {
    const preview = planImport(
      sheetOf([
        ['受理时间', '乡镇名称', '诉求类别'],
        [at, '灵州镇', '其他'],
      ]),
      context,
    );
    expect(preview.refused).toEqual([{ row: 2, column: '乡镇名称', reason: expect.stringContaining('乡镇「灵州镇」不在乡镇名单中') }]);
  });

  it('refuses an own id over 64 characters and a 编号 given twice', () => {
    const preview = planImport(
      sheetOf([
        ['编号', '乡镇', '类别'],
        ['x'.repeat(65), '灵川镇', '其他'],
        ['A-1', '灵川镇', '其他'],
        ['A-1', '大圩镇', '其他'],
      ]),
      context,
    );
    expect(preview.refused).toEqual([
      { row: 2, column: '编号', reason: '编号不能超过 64 个字符' },
      { row: 4, column: '编号', reason: '编号「A-1」与第 3 行重复' },
    ]);
    expect(preview.rows.map((r) => r.id)).toEqual(['A-1']);
  });

  it('says once, on the header row, that a column the rows need is missing', () => {
    const preview = planImport(
      sheetOf([
        ['时间', '乡镇'],
        [at, '灵川镇'],
        [at, '大圩镇'],
      ]),
      context,
    );
    expect(preview.refused).toEqual([{ row: 1, column: '类别', reason: '缺少「类别」列：受理诉求要填写类别' }]);
    expect(preview.rows).toEqual([]);
  });

  it('refuses two columns for one field on the header row', () => {
    const preview = planImport(
      sheetOf([
        ['时间', '乡镇', '乡镇名称', '类别'],
        [at, '灵川镇', '灵川镇', '其他'],
      ]),
      context,
    );
    expect(preview.refused).toEqual([{ row: 1, column: '', reason: expect.stringContaining('两列都是乡镇') }]);
  });
});

describe('whole files refused', () => {
  const failure = (rows: Cell[][]) => {
    try {
      planImport(sheetOf(rows), context);
    } catch (error) {
      if (error instanceof ImportFailure) return { code: error.code, status: error.status, message: error.message };
      throw error;
    }
    throw new Error('the file was not refused');
  };

  it('a formula, naming its row and column', () => {
    expect(
      failure([HEADER, row({ 类型: '志愿者', 时间: at, 数量: 3 }), row({ 类型: '志愿者', 时间: at, 数量: { formula: 'F2*2' } })]),
    ).toEqual({
      code: 'unreadable_file',
      status: 400,
      message: '第 3 行「数量」列是公式，请粘贴为数值后再导入',
    });
  });

  it('a sheet with no header it knows', () => {
    expect(
      failure([
        ['甲', '乙'],
        ['1', '2'],
      ]),
    ).toMatchObject({ code: 'unreadable_file', message: expect.stringContaining('找不到表头') });
  });

  it('a header with no rows', () => {
    expect(failure([HEADER])).toMatchObject({ code: 'empty_file', status: 400 });
  });

  it('more than 5,000 rows', () => {
    const rows = Array.from({ length: 5001 }, () => row({ 时间: at, 乡镇: '灵川镇', 类别: '其他' }));
    expect(failure([HEADER, ...rows])).toMatchObject({ code: 'too_many_rows', status: 400, message: expect.stringContaining('5001') });
    expect(plan(...Array.from({ length: 5000 }, () => ({ 时间: at, 乡镇: '灵川镇', 类别: '其他' }))).rows).toHaveLength(5000);
  });
});
