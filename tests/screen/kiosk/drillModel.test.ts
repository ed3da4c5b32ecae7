import { describe, expect, it } from 'vitest';
import baseline from '../../../assets/baseline.json';
import { METRIC_BY_ID, METRICS, type MetricId, type MetricValues } from '../../../common/metrics';
import type { Breakdowns } from '../../../common/protocol';
import type { Lang } from '../../../screen/i18n/lang';
import { buildDrillModel, type DrillInput } from '../../../screen/kiosk/logic/drillModel';
import type { Sample } from '../../../screen/kiosk/logic/history';

const values = baseline.values as MetricValues;
const breakdowns: Breakdowns = {
  appealsByTown: Object.fromEntries(baseline.towns.map((t) => [t.name, t.appeals])),
  appealsByCategory: Object.fromEntries(baseline.categories.map((c) => [c.name, c.appeals])),
  landByProject: Object.fromEntries(baseline.landProjects.map((p) => [p.name, p.mu])),
};
const vocabulary = {
  towns: baseline.towns,
  categories: baseline.categories,
  landProjects: baseline.landProjects,
  projects: baseline.projects,
};

function input(overrides: Partial<DrillInput> & { group: DrillInput['group']; lang?: Lang }): DrillInput {
  return {
    lang: 'zh',
    values,
    breakdowns,
    definitions: METRICS,
    definition: (id: MetricId) => METRIC_BY_ID[id],
    vocabulary,
    history: [],
    clock: () => '09:00',
    openedAt: 0,
    ...overrides,
  };
}

describe('drill-in view model', () => {
  it('lists every metric of the group with its catalog label, unit and live value, demo figures marked', () => {
    const model = buildDrillModel(input({ group: 'appeals' }));
    expect(model.title).toBe('群众诉求');
    expect(model.metrics.map((m) => m.id)).toEqual(['appeals.handled', 'appeals.resolved', 'wishes.fulfilled', 'platform.participants']);
    expect(model.metrics[0]).toMatchObject({ label: '受理群众诉求', unit: '件', value: 4600, demo: false });
    expect(model.metrics.find((m) => m.id === 'appeals.resolved')?.demo).toBe(true);
    expect(model.hasDemo).toBe(true);
  });

  it('ranks appeals by town, largest first, with English town names in English', () => {
    const zh = buildDrillModel(input({ group: 'appeals' }));
    const en = buildDrillModel(input({ group: 'appeals', lang: 'en' }));
    const zhTowns = zh.breakdowns.find((b) => b.id === 'appeals-by-town')!;
    const enTowns = en.breakdowns.find((b) => b.id === 'appeals-by-town')!;
    expect(zhTowns.rows).toHaveLength(12);
    expect(zhTowns.rows[0]).toMatchObject({ key: '灵川镇', label: '灵川镇', valueText: '1,180 件', fraction: 1 });
    expect(zhTowns.rows[1]?.key).toBe('定江镇');
    expect(enTowns.title).toBe('Appeals by town');
    expect(enTowns.rows[0]).toMatchObject({ key: '灵川镇', label: 'Lingchuan Town', valueText: '1,180 cases' });
    expect(enTowns.rows.at(-1)?.label).toBe('Dajing Yao Township');
    expect(zhTowns.demo).toBe(true);
    // Each town row opens the town's own view.
    expect(zhTowns.opens).toBe('town');
  });

  it('keeps categories in catalog order with their shares', () => {
    const model = buildDrillModel(input({ group: 'appeals', lang: 'en' }));
    const categories = model.breakdowns.find((b) => b.id === 'appeals-by-category')!;
    expect(categories.rows.map((r) => r.label)).toEqual(['City appearance', 'Public security', 'Disputes', 'Other']);
    expect(categories.rows[0]?.valueText).toBe('1,610 cases · 35%');
  });

  it('shows land by project and the projects introduced; coverage as n of N for organizations', () => {
    const land = buildDrillModel(input({ group: 'land', lang: 'en' }));
    expect(land.breakdowns[0]?.rows.map((r) => [r.label, r.valueText])).toEqual([
      ['Guilin North EMU Depot', '5,200 mu · 65%'],
      ['West Freight Center', '2,800 mu · 35%'],
    ]);
    expect(land.metrics.find((m) => m.id === 'projects.investmentYuan')).toMatchObject({ unit: 'billion yuan', divisor: 1e9 });
    // Companies are romanised in English, keyed by the county's own name, and each opens a card; the report names 6 of 8.
    expect(land.nameLists[0]).toMatchObject({ opens: 'company', note: '8 projects in all; the report names 6' });
    expect(land.nameLists[0]?.items[0]).toEqual({ key: '桂康物流', label: 'Guikang Logistics' });
    expect(land.stories.map((story) => story.id)).toEqual(['land-front-line', 'land-brand']);

    const orgs = buildDrillModel(input({ group: 'orgs' }));
    expect(orgs.breakdowns[0]?.rows.map((r) => [r.key, r.valueText, r.fraction])).toEqual([
      ['communities.bigCommittee', '10 / 10 个', 1],
      ['twoNew.instructorCoverage', '100%', 1],
      ['network.towns', '12 / 12 个', 1],
    ]);
    expect(orgs.nameLists[0]?.items).toHaveLength(12);
    expect(orgs.nameLists[0]?.opens).toBe('town');
    expect(orgs.hasDemo).toBe(false);
  });

  it('has no invented breakdown for volunteers, and tells what the report says of them instead', () => {
    const model = buildDrillModel(input({ group: 'volunteers', lang: 'en' }));
    expect(model.breakdowns).toEqual([]);
    expect(model.metrics.map((m) => m.id)).toEqual(['volunteers.mobilized', 'volunteers.posts']);
    expect(model.stories[0]?.text).toContain('3,446 volunteers');
    expect(model.stories.flatMap((story) => story.points ?? []).map((p) => p.title)).toEqual([
      'Pioneer posts',
      'Responsibility zones',
      'Citizens ask online',
      'Cadres serve in person',
      'Points for service',
    ]);
  });

  it('copes with no snapshot and no catalog yet: no values, no breakdown rows, nothing thrown', () => {
    const model = buildDrillModel(input({ group: 'appeals', values: undefined, breakdowns: undefined, vocabulary: null }));
    expect(model.metrics.every((m) => m.value === undefined)).toBe(true);
    expect(model.breakdowns.every((b) => b.rows.length === 0)).toBe(true);
    expect(model.nameLists).toEqual([]);
  });

  it("plots only the kiosk's own readings, and says when there is nothing to plot yet", () => {
    const waiting = buildDrillModel(input({ group: 'appeals', history: [{ at: 0, values }] }));
    expect(waiting.trend).toMatchObject({ metric: 'appeals.handled', changes: 0 });
    expect(waiting.trend.caption).toContain('尚无变化');

    const history: Sample[] = [
      { at: 0, values },
      { at: 60_000, values: { ...values, 'appeals.handled': 4601 } },
    ];
    const moved = buildDrillModel(input({ group: 'appeals', lang: 'en', history }));
    expect(moved.trend.points).toEqual([
      { at: 0, value: 4600 },
      { at: 60_000, value: 4601 },
    ]);
    expect(moved.trend.caption).toBe('1 update since 09:00');
  });
});
