import { describe, expect, it } from 'vitest';
import baseline from '../../../assets/baseline.json';
import type { RecentItem } from '../../../common/protocol';
import { recentLines } from '../../../screen/kiosk/logic/recentLines';

const vocabulary = { towns: baseline.towns, categories: baseline.categories };
const item = (over: Partial<RecentItem>): RecentItem => ({ id: 'a', seq: 1, type: 'appeal.handled', at: '2025-06-01T01:05:00Z', ...over });

describe('recent appeals on the kiosk', () => {
  it("keeps the citizen's words and masks phone numbers; places follow the language", () => {
    const [line] = recentLines([item({ town: '海洋乡', category: '社会治安', summary: '请回电13812345678' })], 'en', vocabulary);
    expect(line).toMatchObject({ kind: 'Handled', place: 'Haiyang · Public security', text: '请回电138****5678' });
  });

  it('passes markup through as a plain string, for the template to show as text', () => {
    const [line] = recentLines([item({ summary: '<img src=x onerror=alert(1)>' })], 'zh', vocabulary);
    expect(line?.text).toBe('<img src=x onerror=alert(1)>');
  });

  it('describes a wish without a summary, and keeps only the newest few', () => {
    const items = Array.from({ length: 9 }, (_, i) => item({ id: `w${i}`, type: 'wish.fulfilled', town: '灵川镇' }));
    const lines = recentLines(items, 'zh', vocabulary, 3);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ kind: '心愿', place: '灵川镇', text: '实现一个“指尖心愿”' });
  });
});
