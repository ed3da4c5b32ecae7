import { describe, expect, it } from 'vitest';
import baseline from '../../../assets/baseline.json';
import type { MetricValues } from '../../../common/metrics';
import { appendSample, seriesOf, sparklinePath, type Sample } from '../../../screen/kiosk/logic/history';

const base = baseline.values as MetricValues;
const at = (ms: number, handled: number): Sample => ({ at: ms, values: { ...base, 'appeals.handled': handled } });

describe("the kiosk's own history", () => {
  it('keeps a reading only when a figure changed', () => {
    const one = appendSample([], at(0, 4600));
    expect(appendSample(one, at(10_000, 4600))).toHaveLength(1);
    expect(appendSample(one, at(10_000, 4601))).toHaveLength(2);
  });

  it('merges readings in the same slot but never the opening one', () => {
    let series = appendSample([], at(1000, 4600));
    series = appendSample(series, at(1500, 4601), 10, 5000);
    series = appendSample(series, at(6000, 4602), 10, 5000);
    series = appendSample(series, at(7000, 4603), 10, 5000);
    expect(seriesOf(series, 'appeals.handled')).toEqual([
      { at: 1000, value: 4600 },
      { at: 1500, value: 4601 },
      { at: 7000, value: 4603 },
    ]);
  });

  it('is bounded, dropping the oldest, and does not change its input', () => {
    let series: Sample[] = [];
    for (let i = 0; i < 30; i++) series = appendSample(series, at(i * 10_000, 4600 + i), 8);
    expect(series).toHaveLength(8);
    expect(series[0]?.values['appeals.handled']).toBe(4622);
    const frozen = Object.freeze([...series]);
    expect(() => appendSample(frozen, at(1e9, 1))).not.toThrow();
    expect(frozen).toHaveLength(8);
  });
});

describe('sparkline path', () => {
  it('is empty below two points', () => {
    expect(sparklinePath([], 100, 50)).toBe('');
    expect(sparklinePath([{ at: 0, value: 1 }], 100, 50)).toBe('');
  });

  it('spans the box, time along x, the lowest value at the bottom', () => {
    const path = sparklinePath(
      [
        { at: 0, value: 10 },
        { at: 50, value: 20 },
        { at: 100, value: 15 },
      ],
      200,
      40,
    );
    expect(path).toBe('M0,40 L100,0 L200,20');
  });

  it('draws a flat series as a level line in the middle', () => {
    expect(
      sparklinePath(
        [
          { at: 0, value: 5 },
          { at: 10, value: 5 },
        ],
        100,
        40,
      ),
    ).toBe('M0,20 L100,20');
  });
});
