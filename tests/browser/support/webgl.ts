/** WebGL contexts as the page's scripts create them, to check the 3D view draws and gives its context back. */
import type { BrowserContext, Page } from 'playwright-core';

/** Before any page script runs: remembers every WebGL context a canvas hands out, in `window.__webglContexts`. */
export async function trackWebGlContexts(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const contexts: unknown[] = [];
    Object.assign(window, { __webglContexts: contexts });
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      const result = (original as (this: HTMLCanvasElement, ...args: unknown[]) => unknown).call(this, type, ...rest);
      if (/webgl/.test(type) && result && !contexts.includes(result)) contexts.push(result);
      return result;
    } as typeof original;
  });
}

/** How many tracked WebGL contexts exist, and how many of them are still live (not lost). */
export function webGlContextCounts(page: Page): Promise<{ created: number; live: number }> {
  return page.evaluate(() => {
    const contexts = (window as unknown as { __webglContexts: WebGLRenderingContext[] }).__webglContexts;
    return { created: contexts.length, live: contexts.filter((gl) => !gl.isContextLost()).length };
  });
}

/** The share of the 3D view's WebGL canvas pixels that are not transparent (0 when nothing is drawn). */
export function webGlCoverage(page: Page): Promise<number> {
  return page.evaluate(() => {
    const contexts = (window as unknown as { __webglContexts: WebGLRenderingContext[] }).__webglContexts;
    const gl = contexts.filter((c) => !c.isContextLost()).at(-1);
    if (!gl) return 0;
    const { drawingBufferWidth: w, drawingBufferHeight: h } = gl;
    const pixels = new Uint8Array(w * h * 4);
    gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
    let drawn = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) drawn++;
    return drawn / (w * h);
  });
}

/** Takes the 3D view's context away and gives it back, as a GPU reset would. */
export function loseAndRestoreWebGl(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const contexts = (window as unknown as { __webglContexts: WebGLRenderingContext[] }).__webglContexts;
    const gl = contexts.filter((c) => !c.isContextLost()).at(-1);
    const extension = gl?.getExtension('WEBGL_lose_context');
    if (!gl || !extension) throw new Error('no live WebGL context to lose');
    const restored = new Promise((resolve) => gl.canvas.addEventListener('webglcontextrestored', resolve, { once: true }));
    extension.loseContext();
    await new Promise((resolve) => setTimeout(resolve, 100));
    extension.restoreContext();
    await restored;
  });
}
