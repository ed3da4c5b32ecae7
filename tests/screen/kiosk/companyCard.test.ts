import { describe, expect, it } from 'vitest';
import baseline from '../../../assets/baseline.json';
import { companyCard } from '../../../screen/kiosk/logic/companyCard';

describe('a company card', () => {
  it('names every company the baseline lists, romanised in English, and says what the report leaves out', () => {
    for (const name of baseline.projects) {
      const card = companyCard(name, 'en');
      expect(card.name).not.toMatch(/\p{Script=Han}/u);
      expect(card.what).toContain('8 projects');
      expect(card.silent).toMatch(/does not give/);
    }
    expect(companyCard('桂康物流', 'en')).toMatchObject({ key: '桂康物流', name: 'Guikang Logistics', trade: 'Logistics (from its name)' });
    expect(companyCard('桂康物流', 'zh')).toMatchObject({ name: '桂康物流', trade: '物流（据名称）' });
  });

  it('gives a company the catalog does not know its name as it came, and no invented trade', () => {
    expect(companyCard('新引进公司', 'en')).toMatchObject({ name: '新引进公司', trade: undefined });
  });
});
