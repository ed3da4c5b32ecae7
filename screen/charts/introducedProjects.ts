/**
 * How the introduced projects read on the wall: the names known, and "等 8 个"
 * when the count is larger than the names (the county report names 6 of 8).
 */
export function introducedProjects(names: readonly string[], total: number): { names: string[]; more: string } {
  const shown = names.slice(0, Math.max(0, Math.floor(total)) || names.length);
  return { names: shown, more: total > shown.length ? `等 ${Math.floor(total)} 个` : '' };
}
