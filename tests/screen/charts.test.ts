import { describe, expect, it } from 'vitest';
import { buildAppealsByCategoryOption } from '../../screen/charts/appealsByCategory';
import { breakdownEntries } from '../../screen/charts/breakdownEntries';
import { categoryLegend } from '../../screen/charts/categoryLegend';
import { buildCountyLand3dOption } from '../../screen/charts/countyLand3d';
import { buildCoverageRingOption } from '../../screen/charts/coverageRings';
import { buildHandlingTrendOption } from '../../screen/charts/handlingTrend';
import { landShares } from '../../screen/charts/landShares';
import { WALL_THEME } from '../../screen/charts/theme';
import { buildTownRankingOption } from '../../screen/charts/townRanking';
import { addTrendSample, startTrend } from '../../screen/charts/trendSamples';

const towns = [
  { name: '大圩镇', value: 520 },
  { name: '灵川镇', value: 1180 },
  { name: '<b>镇</b>', value: 30 },
];

/** Every `fontSize` anywhere in an option. */
function fontSizes(value: unknown): number[] {
  if (Array.isArray(value)) return value.flatMap(fontSizes);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) => (key === 'fontSize' && typeof v === 'number' ? [v] : fontSizes(v)));
}

type Formatter = (params: unknown) => string;

function tooltipFormatter(option: { tooltip?: unknown }): Formatter {
  const tooltip = option.tooltip as { formatter?: unknown } | undefined;
  if (typeof tooltip?.formatter !== 'function') throw new Error('no tooltip formatter');
  return tooltip.formatter as Formatter;
}

describe('the town ranking', () => {
  it('ranks towns largest first without reordering its input', () => {
    const input = towns.map((t) => ({ ...t }));
    const option = buildTownRankingOption(input, WALL_THEME);
    const yAxis = option.yAxis as { data: string[] };
    expect(yAxis.data).toEqual(['灵川镇', '大圩镇', '<b>镇</b>']);
    expect(input).toEqual(towns);
  });

  it('never shows a town above one with more appeals, even mid-update: ties keep the catalog order and updates do not glide', () => {
    const option = buildTownRankingOption(
      [
        { name: '甲镇', value: 5 },
        { name: '乙镇', value: 9 },
        { name: '丙镇', value: 5 },
      ],
      WALL_THEME,
    );
    expect((option.yAxis as { data: string[] }).data).toEqual(['乙镇', '甲镇', '丙镇']);
    const [bars] = option.series as Array<{ data: Array<{ value: number }> }>;
    expect(bars!.data.map((d) => d.value)).toEqual([9, 5, 5]);
    expect(option.animationDurationUpdate).toBe(0);
  });

  it('labels towns and figures at wall sizes readable from 5 m', () => {
    const option = buildTownRankingOption(towns, WALL_THEME);
    expect((option.yAxis as { axisLabel: { fontSize: number } }).axisLabel.fontSize).toBeGreaterThanOrEqual(20);
    const [bars] = option.series as Array<{ label: { fontSize: number } }>;
    expect(bars!.label.fontSize).toBeGreaterThanOrEqual(20);
  });

  it('builds a fresh option each time', () => {
    const a = buildTownRankingOption(towns, WALL_THEME);
    const b = buildTownRankingOption(towns, WALL_THEME);
    expect(a).not.toBe(b);
    expect(a.series).not.toBe(b.series);
  });

  it('escapes names in its tooltip, which ECharts renders as HTML', () => {
    const html = tooltipFormatter(buildTownRankingOption(towns, WALL_THEME))({ name: '<b>镇</b>' });
    expect(html).toContain('&lt;b&gt;镇&lt;/b&gt;');
    expect(html).not.toContain('<b>镇');
    expect(html).toContain('30 件');
  });
});

describe('appeals by category', () => {
  const categories = [
    { name: '市容市貌', value: 1610 },
    { name: '<img src=x onerror=alert(1)>', value: 390 },
  ];

  it('escapes names and gives the share in its tooltip', () => {
    const html = tooltipFormatter(buildAppealsByCategoryOption(categories, WALL_THEME))({ name: categories[1]!.name });
    expect(html).not.toContain('<img');
    expect(html).toContain('390 件 · 20%');
  });

  it('writes the total in the ring’s centre, at a size readable from 5 m', () => {
    const [, centre] = buildAppealsByCategoryOption(categories, WALL_THEME).series as Array<{
      label: { formatter: string; rich: Record<string, { fontSize: number }> };
    }>;
    expect(centre!.label.formatter).toBe('{total|2,000}\n{unit|件}');
    for (const style of Object.values(centre!.label.rich)) expect(style.fontSize).toBeGreaterThanOrEqual(20);
  });

  it('lists the categories in the ring colours with whole-percent shares', () => {
    const legend = categoryLegend(categories, WALL_THEME);
    expect(legend.map((l) => l.percent)).toEqual([81, 20]);
    expect(legend[0]!.color).toBe(WALL_THEME.palette[0]);
    expect(categoryLegend([{ name: 'x', value: 0 }], WALL_THEME)[0]!.percent).toBe(0);
  });
});

describe('land by project', () => {
  it('measures each project against all land acquired', () => {
    expect(
      landShares(
        [
          { name: '桂林北动车所', value: 5200 },
          { name: '西货运中心站', value: 2800 },
        ],
        8000,
      ).map((s) => s.share),
    ).toEqual([0.65, 0.35]);
  });

  it('never overflows a bar when the total lags the projects', () => {
    const shares = landShares(
      [
        { name: 'a', value: 600 },
        { name: 'b', value: 400 },
      ],
      500,
    );
    expect(shares.map((s) => s.share)).toEqual([0.6, 0.4]);
    expect(landShares([{ name: 'a', value: 0 }], 0)[0]!.share).toBe(0);
  });
});

describe('coverage rings', () => {
  it('fills the ring by the figure out of its whole, clamped', () => {
    const series = (option: ReturnType<typeof buildCoverageRingOption>) =>
      (option.series as Array<{ max: number; data: Array<{ value: number }> }>)[0]!;
    expect(series(buildCoverageRingOption({ value: 10, of: 10 }, WALL_THEME)).data[0]!.value).toBe(10);
    expect(series(buildCoverageRingOption({ value: 12, of: 10 }, WALL_THEME)).data[0]!.value).toBe(10);
    expect(series(buildCoverageRingOption({ value: 5, of: 0 }, WALL_THEME)).max).toBe(1);
  });
});

describe('legibility', () => {
  it('uses no chart text under 20 px on the 1920x1080 canvas (read from 5 m)', () => {
    const trend = addTrendSample(startTrend({ at: 0, handled: 4600, resolved: 4400 }), { at: 120_000, handled: 4612, resolved: 4410 });
    const options = [
      buildTownRankingOption(towns, WALL_THEME),
      buildAppealsByCategoryOption(towns, WALL_THEME),
      buildCoverageRingOption({ value: 1, of: 2 }, WALL_THEME),
      buildHandlingTrendOption(trend, WALL_THEME),
      buildCountyLand3dOption(
        [{ name: '桂林北动车所', position: [110.32, 25.4], mu: 5200 }],
        [{ name: '灵川镇', position: [110.325, 25.41], value: 1180 }],
        WALL_THEME,
        { mapName: 'lingchuan', autoRotate: false, unit: '亩' },
      ),
    ];
    const sizes = options.flatMap(fontSizes);
    expect(sizes.length).toBeGreaterThan(options.length);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(20);
  });
});

describe('breakdown entries', () => {
  it('follow the catalog order, show known names without figures as 0, and keep unknown names', () => {
    const entries = breakdownEntries({ 灵川镇: 5, 新镇: 2 }, [{ name: '大圩镇' }, { name: '灵川镇' }]);
    expect(entries).toEqual([
      { name: '大圩镇', value: 0 },
      { name: '灵川镇', value: 5 },
      { name: '新镇', value: 2 },
    ]);
  });
});
