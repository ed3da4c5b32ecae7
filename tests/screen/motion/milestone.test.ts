import { describe, expect, it } from 'vitest';
import { crossesMilestone, milestoneStep } from '../../../screen/motion/milestone';

describe('counter milestones', () => {
  it('steps one order of magnitude below the figure, never below 10', () => {
    expect(milestoneStep(4600)).toBe(100);
    expect(milestoneStep(200_000)).toBe(10_000);
    expect(milestoneStep(535)).toBe(10);
    expect(milestoneStep(8)).toBe(10);
    expect(milestoneStep(2e9)).toBe(1e8);
  });

  it('glows when appeals handled pass each hundredth, not on the appeals between', () => {
    expect(crossesMilestone(4698, 4699)).toBe(false);
    expect(crossesMilestone(4699, 4700)).toBe(true);
    expect(crossesMilestone(4700, 4701)).toBe(false);
    expect(crossesMilestone(4650, 4720)).toBe(true);
  });

  it('counts the step from where the figure was, so 9,990 to 10,010 is a milestone', () => {
    expect(crossesMilestone(9990, 10_010)).toBe(true);
  });

  it('never glows for a fall, a correction or a value that is not a number', () => {
    expect(crossesMilestone(4700, 4699)).toBe(false);
    expect(crossesMilestone(4700, 4700)).toBe(false);
    expect(crossesMilestone(Number.NaN, 4700)).toBe(false);
  });
});
