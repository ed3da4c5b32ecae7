import { describe, expect, it } from 'vitest';
import baseline from '../../../assets/baseline.json';
import type { Breakdowns, RecentItem } from '../../../common/protocol';
import { buildTownModel, type TownInput } from '../../../screen/kiosk/logic/townModel';

const breakdowns: Breakdowns = {
  appealsByTown: Object.fromEntries(baseline.towns.map((t) => [t.name, t.appeals])),
  appealsByCategory: {},
  landByProject: {},
};
const recent: RecentItem[] = [
  { id: 'a', seq: 3, type: 'appeal.handled', at: '2025-06-01T01:05:00Z', town: '九屋镇', category: '市容市貌', summary: '路灯坏了' },
  { id: 'b', seq: 2, type: 'wish.fulfilled', at: '2025-06-01T01:04:00Z', town: '九屋镇' },
  { id: 'c', seq: 1, type: 'appeal.handled', at: '2025-06-01T01:03:00Z', town: '灵川镇', category: '其他' },
];
const input = (over: Partial<TownInput>): TownInput => ({
  town: '九屋镇',
  lang: 'en',
  breakdowns,
  recent,
  vocabulary: { towns: baseline.towns, categories: baseline.categories },
  ...over,
});

describe("a town's own view", () => {
  it('gives its appeals, its share of the county and its rank, in the visitor language', () => {
    const model = buildTownModel(input({}));
    expect(model).toMatchObject({ name: 'Jiuwu Town', appeals: 210, unit: 'cases', shareText: '4.6%', rankText: '10 of 12' });
    const zh = buildTownModel(input({ town: '灵川镇', lang: 'zh' }));
    expect(zh).toMatchObject({ name: '灵川镇', appeals: 1180, shareText: '25.7%', rankText: '第 1 / 12' });
  });

  it("lists only this town's appeals and wishes from the live feed", () => {
    const model = buildTownModel(input({}));
    expect(model.appealLines.map((l) => [l.id, l.text])).toEqual([['a', 'City appearance appeal']]);
    expect(model.wishLines.map((l) => l.id)).toEqual(['b']);
    expect(buildTownModel(input({ lang: 'zh' })).appealLines[0]?.text).toBe('路灯坏了');
  });

  it('ranks ties together, never a town above one with more appeals', () => {
    const tied = { ...breakdowns, appealsByTown: { 灵川镇: 5, 九屋镇: 5, 海洋乡: 9 } };
    expect(buildTownModel(input({ breakdowns: tied })).rankText).toBe('2 of 3');
    expect(buildTownModel(input({ town: '灵川镇', breakdowns: tied })).rankText).toBe('2 of 3');
  });

  it('shows dashes, not invented figures, for a town the split lacks or before the first snapshot', () => {
    const model = buildTownModel(input({ breakdowns: undefined, recent: [], vocabulary: null }));
    expect(model).toMatchObject({ appeals: undefined, shareText: '—', rankText: '—', appealLines: [], wishLines: [] });
  });
});
