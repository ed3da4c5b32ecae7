import { curlyQuotes } from '../../screen/format/quotes';
import { describe, expect, it } from 'vitest';
import { formatWallDate, formatWallTime } from '../../screen/format/clock';
import { formatDataAge } from '../../screen/format/dataAge';
import { formatFigure, formatMetricValue, formatShownValue } from '../../screen/format/numbers';
import { describeRecent } from '../../screen/format/recentItem';
import { ROLL_DURATION_MS, rollValue } from '../../screen/motion/roll';

describe('figures', () => {
  it('groups thousands and fixes decimals', () => {
    expect(formatFigure(4600)).toBe('4,600');
    expect(formatFigure(50000)).toBe('50,000');
    expect(formatFigure(200000)).toBe('200,000');
    expect(formatFigure(535)).toBe('535');
    expect(formatFigure(20, 2)).toBe('20.00');
    expect(formatFigure(Number.NaN)).toBe('0');
  });

  it('shows investment in 亿元, as the county reports it', () => {
    expect(formatMetricValue('projects.investmentYuan', 2_000_000_000)).toBe('20.00');
    expect(formatMetricValue('projects.investmentYuan', 2_035_000_000)).toBe('20.35');
    expect(formatMetricValue('members.active', 50_012)).toBe('50,012');
  });

  it.each([
    ['appeals.handled', 99_999, '99,999', 100_000, '10.0万'],
    ['land.demolishedM2', 999_999, '999,999', 1_000_000, '100万'],
    ['members.active', 999_999, '999,999', 1_000_000, '100万'],
    ['projects.investmentYuan', 999_999_000_000, '9,999.99', 1e12, '1.00万'],
  ] as const)(
    'keeps %s grouped up to %d (%s), where it still fits its counter, and compact from %d (%s)',
    (id, below, grouped, from, compact) => {
      expect(formatMetricValue(id, below)).toBe(grouped);
      expect(formatMetricValue(id, from)).toBe(compact);
    },
  );

  it.each([
    ['appeals.handled', 123_456, '12.3万'],
    ['volunteers.mobilized', 1_234_567, '123万'],
    ['platform.participants', 12_345_678, '1235万'],
    ['appeals.handled', 999_960, '100万'],
    ['appeals.handled', 99_996_000, '1.00亿'],
    ['appeals.handled', 123_456_789, '1.23亿'],
    ['appeals.handled', 1e13, '100,000亿'],
    ['members.active', 1_500_000, '150万'],
    ['projects.investmentYuan', 1e13, '10.0万'],
  ] as const)('shows %s of %d compactly as %s, in 万 and 亿 as Chinese reads it', (id, value, text) => {
    expect(formatMetricValue(id, value)).toBe(text);
  });

  it('formats what a rolling counter holds, already in display units, as the wall shows it', () => {
    expect(formatShownValue('platform.participants', 12_345_678)).toBe('1235万');
    expect(formatShownValue('projects.investmentYuan', 100_000)).toBe('10.0万');
    expect(formatShownValue('projects.investmentYuan', 20)).toBe('20.00');
  });
});

describe('rolling counters', () => {
  it('start from the value shown, not from 0, and land exactly on the new value', () => {
    expect(rollValue(4600, 4610, 0)).toBe(4600);
    expect(rollValue(4600, 4610, ROLL_DURATION_MS)).toBe(4610);
    expect(rollValue(4600, 4610, ROLL_DURATION_MS * 5)).toBe(4610);
  });

  it('move only towards the new value, never past it, in either direction', () => {
    let last = 4600;
    for (let t = 0; t <= ROLL_DURATION_MS; t += 16) {
      const v = rollValue(4600, 5000, t);
      expect(v).toBeGreaterThanOrEqual(last);
      expect(v).toBeLessThanOrEqual(5000);
      last = v;
    }
    expect(rollValue(100, 90, ROLL_DURATION_MS / 2)).toBeGreaterThanOrEqual(90);
    expect(rollValue(100, 90, ROLL_DURATION_MS / 2)).toBeLessThanOrEqual(100);
  });

  it('round to the precision shown', () => {
    expect(Number.isInteger(rollValue(0, 7, 123))).toBe(true);
    expect((rollValue(20, 21, 300, 2) * 100) % 1).toBeCloseTo(0);
  });
});

describe('data age', () => {
  it.each([
    [0, '刚刚'],
    [9_999, '刚刚'],
    [45_000, '45 秒前'],
    [2 * 60_000 + 30_000, '2 分钟前'],
    [3 * 3_600_000, '3 小时前'],
    [50 * 3_600_000, '2 天前'],
    [-5_000, '刚刚'],
  ])('%i ms reads "%s"', (ms, text) => {
    expect(formatDataAge(ms)).toBe(text);
  });
});

describe('header clock', () => {
  it('writes the date and time the way the hall reads them', () => {
    const date = new Date(2025, 5, 1, 9, 5, 7);
    expect(formatWallDate(date)).toBe('2025年06月01日 星期日');
    expect(formatWallTime(date)).toBe('09:05:07');
  });
});

describe('ticker lines', () => {
  it('keeps markup as text and masks personal numbers', () => {
    const line = describeRecent({
      id: 'a',
      seq: 1,
      type: 'appeal.handled',
      at: '2025-06-01T09:05:00+08:00',
      town: '灵川镇',
      category: '其他',
      summary: '<b>电话</b>13812345678',
    });
    expect(line.text).toBe('<b>电话</b>138****5678');
    expect(line.place).toBe('灵川镇 · 其他');
    expect(line.kind).toBe('受理');
  });

  it('describes a wish without a summary', () => {
    const line = describeRecent({ id: 'w', seq: 2, type: 'wish.fulfilled', at: 'not a date', town: '大圩镇' });
    expect(line.time).toBe('--:--');
    expect(line.text).toContain('指尖心愿');
  });

  it('says an appeal was resolved rather than repeat its category', () => {
    const line = describeRecent({
      id: 'r',
      seq: 3,
      type: 'appeal.resolved',
      at: '2025-06-01T09:05:00+08:00',
      town: '灵田镇',
      category: '社会治安',
    });
    expect(line.place).toBe('灵田镇 · 社会治安');
    expect(line.text).toBe('群众诉求已办结');
  });
});

describe('quotes on the wall', () => {
  it('writes straight quotes as curly pairs, opening then closing', () => {
    expect(curlyQuotes('实现"指尖心愿"')).toBe('实现“指尖心愿”');
    expect(curlyQuotes('"两新"组织与"大党委"')).toBe('“两新”组织与“大党委”');
  });

  it('leaves text without straight quotes as it is', () => {
    expect(curlyQuotes('受理群众诉求')).toBe('受理群众诉求');
  });
});

describe('wish lines in the ticker', () => {
  it('leave no place when the wish names no town, so the line reads whole', () => {
    const line = describeRecent({ id: 'w2', seq: 4, type: 'wish.fulfilled', at: '2025-06-01T09:05:00+08:00' });
    expect(line.place).toBe('');
    expect(line.text).toBe('实现一个“指尖心愿”');
  });
});
