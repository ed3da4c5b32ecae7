import { describe, expect, it } from 'vitest';
import { MAX_SUMMARY_LENGTH } from '../../common/events';
import { maskPersonalNumbers } from '../../common/mask';
import { createEventGenerator } from '../../mock/generate';
import { mulberry32 } from '../../mock/random';
import { appealSummary } from '../../mock/summaries';
import { baselineCatalog } from './baseline-catalog';

const summaries = (): string[] => {
  const generator = createEventGenerator(baselineCatalog, 11);
  const out: string[] = [];
  for (let i = 0; i < 20_000; i += 1) {
    const event = generator.next();
    if (event.type === 'appeal.handled' && event.summary !== undefined) out.push(event.summary);
  }
  return out;
};

describe('appeal summaries', () => {
  it('never contain a run of digits that could be a phone or ID number, so masking leaves them unchanged', () => {
    for (const summary of summaries()) {
      expect(summary).not.toMatch(/\d{5,}/);
      expect(maskPersonalNumbers(summary)).toBe(summary);
    }
  });

  it('are short, name the town, and vary', () => {
    const all = summaries();
    expect(all.length).toBeGreaterThan(5000);
    for (const s of all) expect(s.length).toBeLessThanOrEqual(Math.min(40, MAX_SUMMARY_LENGTH));
    expect(new Set(all).size).toBeGreaterThan(1000);
    const random = mulberry32(1);
    expect(appealSummary(random, '潭下镇', '矛盾纠纷')).toContain('潭下镇');
  });

  it('speak to the category, with generic wording for a category an operator adds', () => {
    const random = mulberry32(2);
    const disputes = Array.from({ length: 50 }, () => appealSummary(random, '灵川镇', '矛盾纠纷'));
    expect(disputes.every((s) => /纠纷|扰民/.test(s))).toBe(true);
    expect(appealSummary(random, '灵川镇', '环境保护')).toContain('灵川镇');
  });
});
