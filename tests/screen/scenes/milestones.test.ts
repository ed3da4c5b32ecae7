import { describe, expect, it } from 'vitest';
import { coverageMilestone } from '../../../screen/charts/coverageMilestones';

describe('coverage milestones', () => {
  it('reads the report’s complete coverages as reached', () => {
    expect(coverageMilestone(10, 10)).toEqual({ reached: true, percent: 100 });
    expect(coverageMilestone(100, 100)).toEqual({ reached: true, percent: 100 });
    expect(coverageMilestone(13, 12)).toEqual({ reached: true, percent: 100 });
  });

  it('says how far along a coverage is when an operator enters a smaller figure', () => {
    expect(coverageMilestone(9, 10)).toEqual({ reached: false, percent: 90 });
    expect(coverageMilestone(11, 12)).toEqual({ reached: false, percent: 91 });
  });

  it('is not reached before the figure arrives or when the whole is unknown', () => {
    expect(coverageMilestone(undefined, 10)).toEqual({ reached: false, percent: 0 });
    expect(coverageMilestone(5, 0)).toEqual({ reached: false, percent: 0 });
    expect(coverageMilestone(Number.NaN, 10)).toEqual({ reached: false, percent: 0 });
  });
});
