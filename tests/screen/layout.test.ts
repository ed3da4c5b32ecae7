import { describe, expect, it } from 'vitest';
import { fitToViewport } from '../../screen/layout/fit';
import { LAYOUTS, chooseLayout, layoutForAspect, parseLayoutParam } from '../../screen/layout/layouts';
import { aspectLabel, layoutMismatch } from '../../screen/layout/layoutNotice';

describe('choosing a layout', () => {
  it.each([
    [1920, 1080, '16x9'],
    [3840, 2160, '16x9'],
    [1366, 768, '16x9'],
    [3840, 1080, '32x9'],
    [5760, 1080, '48x9'],
    [1080, 1920, '16x9'],
  ] as const)('picks the nearest aspect for %ix%i', (width, height, expected) => {
    expect(layoutForAspect(width, height)).toBe(expected);
  });

  it('lets ?layout= override the aspect, in either spelling, and ignores unknown values', () => {
    expect(chooseLayout(1920, 1080, '48:9')).toBe('48x9');
    expect(chooseLayout(1920, 1080, '32x9')).toBe('32x9');
    expect(chooseLayout(3840, 1080, 'huge')).toBe('32x9');
    expect(parseLayoutParam(null)).toBeUndefined();
  });
});

describe('fitting the design canvas to a viewport', () => {
  it('shows a 1920x1080 wall at design size', () => {
    expect(fitToViewport(LAYOUTS['16x9'], 1920, 1080)).toEqual({ scale: 1, width: 1920, height: 1080, chartPixelRatio: 1 });
  });

  it('doubles the scale on a 4K wall and has charts draw at twice the pixels', () => {
    expect(fitToViewport(LAYOUTS['16x9'], 3840, 2160)).toEqual({ scale: 2, width: 1920, height: 1080, chartPixelRatio: 2 });
  });

  it('multiplies the chart pixel ratio by the device pixel ratio', () => {
    expect(fitToViewport(LAYOUTS['16x9'], 1920, 1080, 2).chartPixelRatio).toBe(2);
    expect(fitToViewport(LAYOUTS['16x9'], 960, 540, 2).chartPixelRatio).toBe(1);
  });

  it('fills spare width or height instead of letterboxing, and never overflows', () => {
    for (const [layout, vw, vh] of [
      [LAYOUTS['16x9'], 1366, 768],
      [LAYOUTS['16x9'], 1280, 1024],
      [LAYOUTS['32x9'], 5760, 2160],
      [LAYOUTS['48x9'], 5760, 1080],
      [LAYOUTS['16x9'], 1080, 1920],
    ] as const) {
      const fit = fitToViewport(layout, vw, vh);
      expect(fit.width).toBeGreaterThanOrEqual(layout.width);
      expect(fit.height).toBeGreaterThanOrEqual(layout.height);
      expect(fit.width * fit.scale).toBeLessThanOrEqual(vw + 1e-9);
      expect(fit.height * fit.scale).toBeLessThanOrEqual(vh + 1e-9);
      expect(fit.width * fit.scale).toBeGreaterThan(vw - fit.scale);
      expect(fit.height * fit.scale).toBeGreaterThan(vh - fit.scale);
    }
  });

  it('survives a zero-sized viewport (a hidden window) without dividing by zero', () => {
    const fit = fitToViewport(LAYOUTS['16x9'], 0, 0);
    expect(Number.isFinite(fit.scale) && fit.scale > 0).toBe(true);
  });
});

describe('saying when a forced layout does not suit the screen', () => {
  it('warns when ?layout=48x9 shrinks a 16:9 screen to a third, naming both aspects', () => {
    const fit = fitToViewport(LAYOUTS['48x9'], 1920, 1080);
    expect(layoutMismatch(LAYOUTS['48x9'], fit)).toEqual({ layout: '48:9', screen: '16:9' });
  });

  it('stays quiet for the layout each of the hall’s walls picks for itself', () => {
    for (const [width, height] of [
      [1920, 1080],
      [1366, 768],
      [3840, 2160],
      [3840, 1080],
      [5760, 1080],
      [5760, 2160],
      [7680, 2160],
    ] as const) {
      const layout = LAYOUTS[layoutForAspect(width, height)];
      expect(layoutMismatch(layout, fitToViewport(layout, width, height)), `${width}x${height}`).toBeUndefined();
    }
  });

  it('warns for a 16:9 layout on a wide wall too, where the text would be a third of its size', () => {
    expect(layoutMismatch(LAYOUTS['16x9'], fitToViewport(LAYOUTS['16x9'], 5760, 1080))).toEqual({ layout: '16:9', screen: '48:9' });
  });

  it('writes aspects against 9 and refuses sizes that are not positive', () => {
    expect(aspectLabel(3840, 1080)).toBe('32:9');
    expect(aspectLabel(1080, 1920)).toBe('5:9');
    expect(aspectLabel(0, 1080)).toBe('?');
  });
});
