import { describe, expect, it } from 'vitest';
import { WALL_TEXT_FIELDS } from '../../../common/wallContentSeed';
import { LAYOUT_NOTICE, fillWords } from '../../../screen/content/wall';

describe('the wall’s words', () => {
  it('fill their placeholders, and keep one without a value visible rather than dropping it', () => {
    expect(fillWords(LAYOUT_NOTICE.zh, { layout: '48:9', screen: '16:9' })).toBe('布局 48:9 与屏幕比例 16:9 不符，文字已缩小');
    expect(fillWords('{count} 个乡镇', {})).toBe('{count} 个乡镇');
  });

  it('have both languages, and no straight quotes on the wall', () => {
    for (const fields of Object.values(WALL_TEXT_FIELDS))
      for (const [key, { seed }] of Object.entries(fields)) {
        expect(seed.zh, key).not.toBe('');
        expect(seed.en, key).not.toBe('');
        expect(seed.zh, key).not.toContain('"');
      }
  });
});
