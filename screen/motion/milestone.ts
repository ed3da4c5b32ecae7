/**
 * When a counter deserves a glow: on a milestone, not on every change, so a
 * busy feed does not keep the wall permanently lit. A milestone is a round
 * step one order of magnitude below the figure: every 100 at 4,600 appeals,
 * every 10,000 at 200,000 m², every 10 at 535 organizations.
 */
export function milestoneStep(value: number): number {
  const magnitude = Math.floor(Math.log10(Math.max(Math.abs(value), 1)));
  return 10 ** Math.max(1, magnitude - 1);
}

/** Whether rising from `from` to `to` passes (or lands on) a multiple of the figure's step. Falls and corrections never glow. */
export function crossesMilestone(from: number, to: number): boolean {
  if (!(Number.isFinite(from) && Number.isFinite(to)) || to <= from) return false;
  const step = milestoneStep(from);
  return Math.floor(to / step) > Math.floor(from / step);
}
