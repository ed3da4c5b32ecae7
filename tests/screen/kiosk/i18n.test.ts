import { describe, expect, it } from 'vitest';
import baseline from '../../../assets/baseline.json';
import { METRIC_BY_ID, METRIC_IDS } from '../../../common/metrics';
import { catalogEntries, message, properNounHan } from '../../../screen/i18n/kiosk/catalog';
import { formatAge, metricLabel, placeName, translate } from '../../../screen/kiosk/i18n/translate';
import { metricDisplay } from '../../../screen/kiosk/i18n/units';

const HAN = /\p{Script=Han}/u;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the kiosk message catalog', () => {
  const entries = catalogEntries();

  it('has every key in both languages, none empty', () => {
    expect(entries.length).toBeGreaterThan(100);
    for (const [key, entry] of entries) {
      expect(entry.zh.trim(), `${key}.zh`).not.toBe('');
      expect(entry.en.trim(), `${key}.en`).not.toBe('');
    }
  });

  it('has no Han characters in English unless the key is marked a proper noun', () => {
    const unmarked = entries.filter(([, entry]) => !entry.proper && HAN.test(entry.en)).map(([key]) => key);
    expect(unmarked).toEqual([]);
    // The marked ones are few: brand slogans and the name of the Chinese language.
    expect(entries.filter(([, entry]) => entry.proper).length).toBeLessThanOrEqual(8);
    expect(properNounHan()).toContain('中文');
  });

  it('uses the same placeholders in both languages, and in every plural form', () => {
    for (const [key, entry] of entries) {
      const zh = placeholders(entry.zh.split('|')[0]!);
      for (const form of entry.en.split('|')) expect(placeholders(form), key).toEqual(zh);
    }
  });

  it('renders every message through vue-i18n exactly as written, placeholders filled', () => {
    for (const [key, entry] of entries) {
      for (const lang of ['zh', 'en'] as const) {
        const params = Object.fromEntries(placeholders(entry[lang]).map((name) => [name, `<${name}>`]));
        // With no count, vue-i18n gives a plural message's first form.
        const expected = entry[lang].split(' | ')[0]!.replace(/\{(\w+)\}/g, (_, name: string) => `<${name}>`);
        expect(message(lang, key, params), `${lang}:${key}`).toBe(expected);
      }
    }
  });

  it('picks the English plural form by count', () => {
    expect(translate('en', 'trendSince', { time: '09:05', n: 1 })).toBe('1 update since 09:05');
    expect(translate('en', 'trendSince', { time: '09:05', n: 3 })).toBe('3 updates since 09:05');
    expect(translate('zh', 'trendSince', { time: '09:05', n: 3 })).toBe('自 09:05 起，共 3 次实时更新');
  });

  it('inserts values as they are, markup included, for the template to show as text', () => {
    expect(translate('en', 'reconnecting', { age: '<b>x</b>' })).toContain('<b>x</b>');
  });

  it('names every metric, falling back to the server label for one it does not know', () => {
    for (const id of METRIC_IDS) expect(metricLabel(id, METRIC_BY_ID[id], 'en')).not.toMatch(HAN);
    expect(metricLabel('communities.bigCommittee', undefined, 'en')).toBe('Communities with a joint committee');
    expect(metricLabel('appeals.handled', undefined, 'zh')).toBe('受理群众诉求');
  });

  it('romanises every town, category, land project and company the baseline names', () => {
    for (const town of baseline.towns) expect(placeName(town.name, 'town', 'en')).toMatch(/^[A-Z][a-z]+( Yao)? (Town|Township)$/);
    for (const category of baseline.categories) expect(placeName(category.name, 'category', 'en')).not.toMatch(HAN);
    for (const site of baseline.landProjects) expect(placeName(site.name, 'site', 'en')).not.toMatch(HAN);
    for (const company of baseline.projects) expect(placeName(company, 'company', 'en')).not.toMatch(HAN);
    expect(placeName('灵川镇', 'town', 'en')).toBe('Lingchuan Town');
    expect(placeName('大境瑶族乡', 'town', 'zh')).toBe('大境瑶族乡');
    // A town an operator added later: the server's English, else the name as it came.
    expect(placeName('新设乡', 'town', 'en', [{ name: '新设乡', en: 'Xinshe' }])).toBe('Xinshe');
    expect(placeName('新设乡', 'town', 'en')).toBe('新设乡');
  });

  it('says how old the data are, rounded down', () => {
    expect(formatAge(3000, 'zh')).toBe('刚刚');
    expect(formatAge(45_900, 'en')).toBe('45 s ago');
    expect(formatAge(125_000, 'zh')).toBe('2 分钟前');
    expect(formatAge(2 * 3600_000 + 5, 'en')).toBe('2 h ago');
  });

  it('shows investment as 亿元 in Chinese and billion yuan in English, the same amount', () => {
    const def = METRIC_BY_ID['projects.investmentYuan'];
    expect(metricDisplay(def.id, def, 'zh')).toEqual({ divisor: 1e8, decimals: 2, unit: '亿元' });
    expect(metricDisplay(def.id, def, 'en')).toEqual({ divisor: 1e9, decimals: 2, unit: 'billion yuan' });
    expect(metricDisplay('land.acquiredMu', METRIC_BY_ID['land.acquiredMu'], 'en')).toEqual({ divisor: 1, decimals: 0, unit: 'mu' });
  });
});
