import type { LayoutDefinition } from './layouts';

/** How the design canvas sits in the viewport. */
export interface Fit {
  /** CSS pixels of the viewport per design pixel. */
  scale: number;
  /** Canvas size in design pixels: the layout's size, grown to fill the viewport's spare width or height. */
  width: number;
  height: number;
  /**
   * The pixel ratio ECharts should draw at so that its canvases map 1:1 onto
   * device pixels after the CSS scale (never a stretched bitmap).
   */
  chartPixelRatio: number;
}

/**
 * Fits a layout into a viewport. The scale is the largest at which the whole
 * design size is visible; the canvas then takes the full viewport at that
 * scale, so nothing is letterboxed and nothing overflows (no scrollbars).
 */
export function fitToViewport(
  layout: Pick<LayoutDefinition, 'width' | 'height'>,
  viewportWidth: number,
  viewportHeight: number,
  devicePixelRatio = 1,
): Fit {
  const vw = Math.max(1, viewportWidth);
  const vh = Math.max(1, viewportHeight);
  const scale = Math.min(vw / layout.width, vh / layout.height);
  return {
    scale,
    // Floor so that rounding never makes the scaled canvas a pixel wider than the viewport.
    width: Math.floor(vw / scale),
    height: Math.floor(vh / scale),
    chartPixelRatio: roundRatio(scale * (devicePixelRatio > 0 ? devicePixelRatio : 1)),
  };
}

// Rounded so that sub-pixel viewport jitter does not rebuild every chart.
function roundRatio(ratio: number): number {
  return Math.round(ratio * 1000) / 1000;
}
