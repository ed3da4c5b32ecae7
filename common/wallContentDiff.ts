/** Which parts of the wall's content an edit changed, for the audit trail's one line. Pure. */
import type { WallContent } from './wallContent';

/** The paths whose value differs (`texts.brand.landTitle`, `brands`, `townOrder`), in document order. */
export function changedContentPaths(before: WallContent, after: WallContent): string[] {
  const changed: string[] = [];
  for (const scene of Object.keys(after.texts) as Array<keyof WallContent['texts']>) {
    const old: Record<string, unknown> = before.texts[scene] ?? {};
    for (const [key, words] of Object.entries(after.texts[scene]))
      if (JSON.stringify(old[key]) !== JSON.stringify(words)) changed.push(`texts.${scene}.${key}`);
  }
  for (const list of ['brands', 'projects', 'sharedPoints', 'platformParts', 'centerAreas', 'townOrder'] as const)
    if (JSON.stringify(before[list]) !== JSON.stringify(after[list])) changed.push(list);
  return changed;
}
