import { describe, expect, it } from 'vitest';
import { METRIC_BY_ID } from '../../../common/metrics';
import { MESSAGES } from '../../../screen/kiosk/i18n/messages';
import { formatAge, pickLabel, placeName, translate } from '../../../screen/kiosk/i18n/translate';
import { metricDisplay } from '../../../screen/kiosk/i18n/units';

const towns = [
  { name: '灵川镇', en: 'Lingchuan' },
  { name: '大境瑶族乡', en: 'Dajing Yao' },
];

describe('kiosk words', () => {
  it('has every word in both languages, none empty', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.zh).sort());
    for (const lang of ['zh', 'en'] as const) {
      for (const [key, text] of Object.entries(MESSAGES[lang])) expect(text.trim(), `${lang}.${key}`).not.toBe('');
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'trendSince', { time: '09:05', n: 3 })).toBe('Live updates since 09:05: 3');
    expect(translate('zh', 'trendSince', { time: '09:05', n: 3 })).toBe('自 09:05 起，共 3 次实时更新');
    expect(translate('en', 'trendSince', { time: '09:05' })).toContain('{n}');
  });

  it('inserts values as they are, markup included, for the template to show as text', () => {
    expect(translate('en', 'reconnecting', { age: '<b>x</b>' })).toContain('<b>x</b>');
  });

  it('picks catalog labels by language, falling back to Chinese when the English is empty', () => {
    expect(pickLabel(METRIC_BY_ID['appeals.handled'].label, 'en')).toBe('Appeals handled');
    expect(pickLabel(METRIC_BY_ID['appeals.handled'].label, 'zh')).toBe('受理群众诉求');
    expect(pickLabel({ zh: '新指标', en: '' }, 'en')).toBe('新指标');
    expect(pickLabel(undefined, 'en', 'fallback')).toBe('fallback');
  });

  it('names towns in English from the catalog, and unknown names as they came', () => {
    expect(placeName('大境瑶族乡', towns, 'en')).toBe('Dajing Yao');
    expect(placeName('大境瑶族乡', towns, 'zh')).toBe('大境瑶族乡');
    expect(placeName('新设乡', towns, 'en')).toBe('新设乡');
  });

  it('says how old the data are, rounded down', () => {
    expect(formatAge(3000, 'zh')).toBe('刚刚');
    expect(formatAge(45_900, 'en')).toBe('45 s ago');
    expect(formatAge(125_000, 'zh')).toBe('2 分钟前');
    expect(formatAge(2 * 3600_000 + 5, 'en')).toBe('2 h ago');
  });

  it('shows investment as 亿元 in Chinese and billion yuan in English, the same amount', () => {
    const def = METRIC_BY_ID['projects.investmentYuan'];
    const zh = metricDisplay(def.id, def, 'zh');
    const en = metricDisplay(def.id, def, 'en');
    expect(zh).toEqual({ divisor: 1e8, decimals: 2, unit: '亿元' });
    expect(en).toEqual({ divisor: 1e9, decimals: 2, unit: 'billion yuan' });
    expect(metricDisplay('land.acquiredMu', METRIC_BY_ID['land.acquiredMu'], 'en')).toEqual({ divisor: 1, decimals: 0, unit: 'mu' });
  });
});
