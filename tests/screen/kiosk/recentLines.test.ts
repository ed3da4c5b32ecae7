import { describe, expect, it } from 'vitest';
import baseline from '../../../assets/baseline.json';
import type { RecentItem } from '../../../common/protocol';
import { recentLines } from '../../../screen/kiosk/logic/recentLines';

const vocabulary = { towns: baseline.towns, categories: baseline.categories };
const item = (over: Partial<RecentItem>): RecentItem => ({ id: 'a', seq: 1, type: 'appeal.handled', at: '2025-06-01T01:05:00Z', ...over });
const HAN = /\p{Script=Han}/u;

describe('recent appeals on the kiosk', () => {
  it("keeps the citizen's words in Chinese, masking phone numbers", () => {
    const [line] = recentLines([item({ town: '海洋乡', category: '社会治安', summary: '请回电13812345678' })], 'zh', vocabulary);
    expect(line?.meta).toMatch(/^\d\d:\d\d · 受理 · 海洋乡 · 社会治安$/);
    expect(line?.text).toBe('请回电138****5678');
  });

  it('says in English what kind of appeal it was instead of showing Chinese free text', () => {
    const [line] = recentLines([item({ town: '海洋乡', category: '社会治安', summary: '请回电13812345678' })], 'en', vocabulary);
    expect(line?.meta).toMatch(/^\d\d:\d\d · Handled · Haiyang Township$/);
    expect(line?.text).toBe('Public security appeal');
    expect(`${line?.meta} ${line?.text}`).not.toMatch(HAN);
  });

  it('passes markup through as a plain string, for the template to show as text', () => {
    const [line] = recentLines([item({ summary: '<img src=x onerror=alert(1)>' })], 'zh', vocabulary);
    expect(line?.text).toBe('<img src=x onerror=alert(1)>');
  });

  it('describes a wish, leaves no dangling separator when it names no town, and keeps only the newest few', () => {
    const items = Array.from({ length: 9 }, (_, i) => item({ id: `w${i}`, type: 'wish.fulfilled', town: '灵川镇' }));
    const lines = recentLines(items, 'zh', vocabulary, { limit: 3 });
    expect(lines).toHaveLength(3);
    expect(lines[0]?.meta).toMatch(/ · 心愿 · 灵川镇$/);
    expect(lines[0]?.text).toBe('实现一个“指尖心愿”');
    const [bare] = recentLines([item({ type: 'wish.fulfilled' })], 'en', vocabulary);
    expect(bare?.meta).toMatch(/^\d\d:\d\d · Wish$/);
    expect(bare?.text).toBe('A "fingertip wish" fulfilled');
  });

  it("keeps one town's lines of the kinds asked for, without repeating the town", () => {
    const items = [
      item({ id: '1', town: '九屋镇', category: '其他' }),
      item({ id: '2', town: '灵川镇', category: '其他' }),
      item({ id: '3', town: '九屋镇', type: 'wish.fulfilled' }),
    ];
    const appeals = recentLines(items, 'en', vocabulary, { town: '九屋镇', types: ['appeal.handled'] });
    expect(appeals.map((l) => l.id)).toEqual(['1']);
    expect(appeals[0]?.meta).toMatch(/^\d\d:\d\d · Handled$/);
    expect(recentLines(items, 'en', vocabulary, { town: '九屋镇', types: ['wish.fulfilled'] }).map((l) => l.id)).toEqual(['3']);
  });
});
