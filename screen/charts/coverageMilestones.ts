/** A coverage figure read as a milestone: reached (every one of its whole) or how far along it is. */
export interface CoverageMilestone {
  reached: boolean;
  /** Whole percent of the way, 0..100. */
  percent: number;
}

/**
 * Whether `value` out of `of` is complete. The report gives these coverages
 * as complete (10 of 10 communities, 100 %, 12 of 12 towns), so the wall
 * shows them as milestones reached rather than as gauges that never move;
 * should an operator enter a smaller figure, the milestone says how far along it is.
 */
export function coverageMilestone(value: number | undefined, of: number): CoverageMilestone {
  if (value === undefined || !Number.isFinite(value) || !(of > 0)) return { reached: false, percent: 0 };
  const percent = Math.max(0, Math.min(100, Math.floor((value / of) * 100)));
  return { reached: value >= of, percent };
}
