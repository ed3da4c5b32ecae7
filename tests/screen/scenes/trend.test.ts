import { describe, expect, it } from 'vitest';
import { buildHandlingTrendOption } from '../../../screen/charts/handlingTrend';
import { WALL_THEME } from '../../../screen/charts/theme';
import { addTrendGap, addTrendSample, MIN_GAP_MS, startTrend, trendLine, trendTimeLabel } from '../../../screen/charts/trendSamples';

const at = (seconds: number, handled: number, resolved = 0) => ({ at: seconds * 1000, handled, resolved });

describe('the handling trend record', () => {
  it('starts with the figures at load and adds a point per change', () => {
    let series = startTrend(at(0, 4600), 10_000);
    series = addTrendSample(series, at(20, 4601));
    series = addTrendSample(series, at(40, 4603));
    expect(series.samples.map((s) => s.handled)).toEqual([4600, 4601, 4603]);
  });

  it('ignores unchanged figures and merges changes within one bucket, keeping the opening figure', () => {
    const start = startTrend(at(0, 4600), 10_000);
    expect(addTrendSample(start, at(5, 4600))).toBe(start);
    let series = addTrendSample(start, at(1, 4601));
    series = addTrendSample(series, at(21, 4602));
    series = addTrendSample(series, at(25, 4605));
    expect(series.samples).toEqual([at(0, 4600), at(1, 4601), at(25, 4605)]);
  });

  it('stays bounded over weeks by halving its resolution, never losing the start or the latest figure', () => {
    let series = startTrend(at(0, 0), 1000);
    for (let i = 1; i <= 5000; i++) series = addTrendSample(series, at(i * 60, i), 50);
    expect(series.samples.length).toBeLessThanOrEqual(50);
    expect(series.samples[0]).toEqual(at(0, 0));
    expect(series.samples.at(-1)).toEqual(at(5000 * 60, 5000));
    expect(series.bucketMs).toBeGreaterThan(1000);
    const times = series.samples.map((s) => s.at);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('labels times by the clock, or by date once the record spans days', () => {
    const noon = new Date(2025, 5, 1, 12, 5).getTime();
    expect(trendTimeLabel(noon, 3_600_000)).toBe('12:05');
    expect(trendTimeLabel(noon, 3 * 86_400_000)).toBe('6月1日');
  });
});

describe('the handling trend chart', () => {
  it('draws handled and resolved from the record, starting the axis at the record start', () => {
    const series = addTrendSample(startTrend(at(0, 10, 8)), at(30, 12, 9));
    const option = buildHandlingTrendOption(series, WALL_THEME);
    const lines = option.series as Array<{ name: string; data: number[][] }>;
    expect(lines.map((l) => l.name)).toEqual(['受理', '办结']);
    expect(lines[0]!.data).toEqual([
      [0, 10],
      [30_000, 12],
    ]);
    expect(lines[1]!.data).toEqual([
      [0, 8],
      [30_000, 9],
    ]);
    expect((option.xAxis as { min: number }).min).toBe(0);
  });

  it('keeps axis labels at 20 px or more, readable from 5 m', () => {
    const option = buildHandlingTrendOption(startTrend(at(0, 1)), WALL_THEME);
    for (const axis of [option.xAxis, option.yAxis] as Array<{ axisLabel: { fontSize: number } }>) {
      expect(axis.axisLabel.fontSize).toBeGreaterThanOrEqual(20);
    }
  });

  it('breaks both lines across an outage and shades it as 连接中断, instead of a flat "no appeals" stretch', () => {
    let series = addTrendSample(startTrend(at(0, 10, 8)), at(30, 12, 9));
    series = addTrendGap(series, { from: 40_000, to: 160_000 });
    series = addTrendSample(series, at(170, 20, 15));
    const option = buildHandlingTrendOption(series, WALL_THEME);
    type Line = {
      data: Array<[number, number | null]>;
      connectNulls: boolean;
      markArea?: { data: unknown[]; label: { fontSize: number } };
    };
    const [handled, resolved] = option.series as Line[];
    expect(handled!.data).toEqual([
      [0, 10],
      [30_000, 12],
      [100_000, null],
      [170_000, 20],
    ]);
    expect(resolved!.data.map(([, v]) => v)).toEqual([8, 9, null, 15]);
    expect(handled!.connectNulls).toBe(false);
    expect(handled!.markArea!.data).toEqual([[{ xAxis: 40_000, name: '连接中断' }, { xAxis: 160_000 }]]);
    expect(handled!.markArea!.label.fontSize).toBeGreaterThanOrEqual(20);
  });
});

describe('outages in the trend record', () => {
  const base = addTrendSample(startTrend(at(0, 10)), at(30, 12));

  it('records an outage long enough to matter, and keeps it through later samples', () => {
    const series = addTrendSample(addTrendGap(base, { from: 40_000, to: 40_000 + MIN_GAP_MS }), at(200, 13));
    expect(series.gaps).toEqual([{ from: 40_000, to: 40_000 + MIN_GAP_MS }]);
    expect(base.gaps).toBeUndefined();
  });

  it('ignores blips, backwards spans and nonsense, returning the same series', () => {
    expect(addTrendGap(base, { from: 40_000, to: 41_000 })).toBe(base);
    expect(addTrendGap(base, { from: 90_000, to: 40_000 })).toBe(base);
    expect(addTrendGap(base, { from: Number.NaN, to: 90_000 })).toBe(base);
  });

  it('starts an outage no earlier than the record', () => {
    const series = addTrendGap(startTrend(at(100, 1)), { from: 0, to: 200_000 });
    expect(series.gaps).toEqual([{ from: 100_000, to: 200_000 }]);
  });

  it('keeps only the newest outages, bounded like the samples', () => {
    let series = base;
    for (let i = 1; i <= 30; i++) series = addTrendGap(series, { from: i * 100_000, to: i * 100_000 + 50_000 }, 5);
    expect(series.gaps!.map((g) => g.from)).toEqual([26, 27, 28, 29, 30].map((i) => i * 100_000));
  });

  it('puts the break between the samples on either side of the outage', () => {
    const series = addTrendGap(addTrendSample(base, at(300, 14)), { from: 100_000, to: 200_000 });
    expect(trendLine(series, (s) => s.handled)).toEqual([
      [0, 10],
      [30_000, 12],
      [150_000, null],
      [300_000, 14],
    ]);
  });
});
