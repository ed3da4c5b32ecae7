import type { Fit } from './fit';
import type { LayoutDefinition } from './layouts';

/**
 * How far the canvas may grow past its layout's design size before the text
 * is noticeably smaller than designed: 1.5 times leaves every 20 px label
 * above 13 px, and no automatic choice grows more than this on the hall's walls.
 */
export const MAX_CANVAS_GROWTH = 1.5;

/** A viewport's aspect written against 9, the way the layouts are named: 16:9, 48:9, 5:9 for a portrait screen. */
export function aspectLabel(width: number, height: number): string {
  if (!(width > 0 && height > 0)) return '?';
  return `${Math.round((width / height) * 9)}:9`;
}

/**
 * Whether the wall should say that its layout does not suit its screen (a
 * `?layout=48x9` on a 16:9 monitor shrinks every text to a third), and with
 * which aspects. Undefined when the layout fits well enough.
 */
export function layoutMismatch(
  layout: Pick<LayoutDefinition, 'width' | 'height'>,
  fit: Pick<Fit, 'width' | 'height'>,
): { layout: string; screen: string } | undefined {
  const growth = Math.max(fit.width / layout.width, fit.height / layout.height);
  if (!(growth > MAX_CANVAS_GROWTH)) return undefined;
  return { layout: aspectLabel(layout.width, layout.height), screen: aspectLabel(fit.width, fit.height) };
}
