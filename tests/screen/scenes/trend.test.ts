import { describe, expect, it } from 'vitest';
import { buildHandlingTrendOption } from '../../../screen/charts/handlingTrend';
import { WALL_THEME } from '../../../screen/charts/theme';
import { addTrendSample, startTrend, trendTimeLabel } from '../../../screen/charts/trendSamples';

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

  it('keeps axis labels at 16 px or more', () => {
    const option = buildHandlingTrendOption(startTrend(at(0, 1)), WALL_THEME);
    for (const axis of [option.xAxis, option.yAxis] as Array<{ axisLabel: { fontSize: number } }>) {
      expect(axis.axisLabel.fontSize).toBeGreaterThanOrEqual(16);
    }
  });
});
