import { describe, expect, it } from 'vitest';
import { planImport } from '../../../server/import/planImport';
import { catalog, schemas } from '../../support/baseline';
import { excelDate, sheetOf } from './sheets';
import { vocabularyOf } from '../../../common/catalog';

const context = {
  schemas,
  vocabulary: vocabularyOf(catalog),
  now: Date.parse('2026-12-01T12:00:00Z'),
  existingIds: () => new Set<string>(),
};
const header = ['时间', '乡镇', '类别', '摘要'];
const idsOf = (rows: Parameters<typeof sheetOf>[0]) => planImport(sheetOf([header, ...rows]), context).rows.map((row) => row.id);

describe('stable ids for rows without their own', () => {
  it('gives the same rows the same ids in another file, in another order, with other spacing', () => {
    const first = idsOf([
      ['2026-12-01 09:30', '灵川镇', '市容市貌', '路灯不亮'],
      ['2026-12-01 10:00', '大圩镇', '其他', ''],
    ]);
    const again = idsOf([
      ['2026/12/1 10:00', ' 大圩镇', '其他', null],
      [excelDate(2026, 12, 1, 9, 30), '灵川镇 ', '市容市貌', '路灯不亮'],
    ]);
    expect(first[0]).toMatch(/^imp-[0-9a-f]{32}-1$/);
    expect(again).toEqual([first[1], first[0]]);
  });

  it('keeps two identical appeals in one file as two events', () => {
    const ids = idsOf([
      ['2026-12-01 09:30', '灵川镇', '市容市貌', '路灯不亮'],
      ['2026-12-01 09:30', '灵川镇', '市容市貌', '路灯不亮'],
    ]);
    expect(new Set(ids).size).toBe(2);
    expect(ids[1]).toBe(ids[0]!.replace(/-1$/, '-2'));
  });

  it('gives rows that differ in any field different ids', () => {
    const ids = idsOf([
      ['2026-12-01 09:30', '灵川镇', '市容市貌', '路灯不亮'],
      ['2026-12-01 09:31', '灵川镇', '市容市貌', '路灯不亮'],
      ['2026-12-01 09:30', '大圩镇', '市容市貌', '路灯不亮'],
      ['2026-12-01 09:30', '灵川镇', '其他', '路灯不亮'],
      ['2026-12-01 09:30', '灵川镇', '市容市貌', '路灯不亮了'],
    ]);
    expect(new Set(ids).size).toBe(5);
    expect(ids.every((id) => id.endsWith('-1'))).toBe(true);
  });

  it('uses the row’s own 编号 when given', () => {
    const preview = planImport(
      sheetOf([
        ['编号', '乡镇', '类别'],
        ['GD-2026-0001', '灵川镇', '其他'],
      ]),
      context,
    );
    expect(preview.rows.map((row) => row.id)).toEqual(['GD-2026-0001']);
    expect(preview.rows[0]!.event).toMatchObject({ id: 'GD-2026-0001', type: 'appeal.handled' });
  });
});
