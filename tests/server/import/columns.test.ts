import { describe, expect, it } from 'vitest';
import { columnOf, matchHeaders } from '../../../server/import/columns';

describe('header mapping', () => {
  it.each([
    ['编号', 'id'],
    [' 类型 ', 'type'],
    ['时间', 'at'],
    ['受理时间', 'at'],
    ['乡镇名称', 'town'],
    ['乡 镇', 'town'],
    ['诉求类别', 'category'],
    ['投资（元）', 'investmentYuan'],
    ['投资(元)', 'investmentYuan'],
    ['面积（㎡）', 'm2'],
    ['党员人数', 'members'],
  ])('reads 「%s」 as %s', (header, key) => {
    expect(columnOf(header)).toBe(key);
  });

  it('leaves a row counter and notes unread rather than guessing', () => {
    expect(columnOf('序号')).toBeNull();
    expect(columnOf('备注')).toBeNull();
  });

  it('finds each column where the sheet has it, keeping its header as written', () => {
    const match = matchHeaders(['序号', ' 乡镇名称 ', '类别', '投资（元）']);
    expect(match).toEqual({
      ok: true,
      places: {
        town: { index: 1, header: '乡镇名称' },
        category: { index: 2, header: '类别' },
        investmentYuan: { index: 3, header: '投资（元）' },
      },
    });
  });

  it('refuses two headers for one column, naming both', () => {
    expect(matchHeaders(['乡镇', '类别', '乡镇名称'])).toEqual({ ok: false, problem: '「乡镇」和「乡镇名称」两列都是乡镇，请只保留一列' });
  });

  it('refuses investment in 万元, which would be read ten thousand times too small', () => {
    const match = matchHeaders(['名称', '投资（万元）']);
    expect(match.ok).toBe(false);
    expect(!match.ok && match.problem).toContain('请把投资换算成元');
  });
});
