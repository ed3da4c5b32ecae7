import type { BreakdownEntry } from './breakdownEntries';

/** One project's bar in the land panel. */
export interface LandShare {
  name: string;
  mu: number;
  /** Share of all land acquired, 0 to 1: how far its bar fills. */
  share: number;
}

/**
 * Each project's land measured against all land acquired, so the bars read
 * as shares of the 8,000+ mu. The whole is never less than the projects'
 * sum, so a bar never overflows when the total lags a correction.
 */
export function landShares(projects: readonly BreakdownEntry[], totalMu: number): LandShare[] {
  const whole = Math.max(
    totalMu,
    projects.reduce((sum, p) => sum + Math.max(p.value, 0), 0),
  );
  return projects.map((p) => ({ name: p.name, mu: p.value, share: whole > 0 ? Math.max(p.value, 0) / whole : 0 }));
}
