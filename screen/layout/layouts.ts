/**
 * The wall layouts: each is a design canvas the panels are arranged on.
 * Walls are fitted by height first, so a layout only decides the
 * arrangement; the canvas then grows to fill any spare width or height.
 */
export type LayoutId = '16x9' | '32x9' | '48x9';

export interface LayoutDefinition {
  id: LayoutId;
  /** Design size in CSS pixels; every font size and gap is chosen for it. */
  width: number;
  height: number;
}

export const LAYOUTS: Readonly<Record<LayoutId, LayoutDefinition>> = {
  '16x9': { id: '16x9', width: 1920, height: 1080 },
  '32x9': { id: '32x9', width: 3840, height: 1080 },
  '48x9': { id: '48x9', width: 5760, height: 1080 },
};

const ALIASES: Readonly<Record<string, LayoutId>> = {
  '16x9': '16x9',
  '16:9': '16x9',
  '32x9': '32x9',
  '32:9': '32x9',
  '48x9': '48x9',
  '48:9': '48x9',
};

/** Reads `?layout=` (`16x9`, `32:9`, …); unknown values are ignored so a typo falls back to the automatic choice. */
export function parseLayoutParam(value: string | null | undefined): LayoutId | undefined {
  if (!value) return undefined;
  return ALIASES[value.trim().toLowerCase()];
}

/**
 * Picks the layout whose aspect ratio is nearest the viewport's, compared on
 * a log scale so that 2:1 is as far from 1:1 as 4:1 is from 2:1.
 */
export function layoutForAspect(width: number, height: number): LayoutId {
  if (!(width > 0 && height > 0)) return '16x9';
  const aspect = Math.log(width / height);
  let best: LayoutDefinition = LAYOUTS['16x9'];
  for (const layout of Object.values(LAYOUTS)) {
    const distance = Math.abs(Math.log(layout.width / layout.height) - aspect);
    if (distance < Math.abs(Math.log(best.width / best.height) - aspect)) best = layout;
  }
  return best.id;
}

/** The layout a screen uses: the URL's choice when valid, otherwise the nearest by aspect. */
export function chooseLayout(width: number, height: number, param?: string | null): LayoutId {
  return parseLayoutParam(param) ?? layoutForAspect(width, height);
}
