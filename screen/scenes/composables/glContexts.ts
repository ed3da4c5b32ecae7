/**
 * Finds the WebGL contexts behind an ECharts instance's echarts-gl layers,
 * so that they can be released on purpose: disposing the chart drops its
 * canvas but leaves the context alive until garbage collection, and a wall
 * that switches scenes for weeks would run out of them.
 */
export function glContextsOf(painter: unknown): WebGLRenderingContext[] {
  if (!isObject(painter) || typeof painter.getLayers !== 'function') return [];
  const layers: unknown = painter.getLayers();
  if (!isObject(layers)) return [];
  const contexts: WebGLRenderingContext[] = [];
  for (const layer of Object.values(layers)) {
    // echarts-gl's LayerGL holds a claygl renderer whose `gl` is the context.
    const renderer = isObject(layer) ? layer.renderer : undefined;
    const gl = isObject(renderer) ? renderer.gl : undefined;
    if (gl instanceof WebGLRenderingContext || (typeof WebGL2RenderingContext !== 'undefined' && gl instanceof WebGL2RenderingContext)) {
      contexts.push(gl as WebGLRenderingContext);
    }
  }
  return contexts;
}

/** Gives a context back to the browser now rather than at some later garbage collection. */
export function loseContext(gl: WebGLRenderingContext): void {
  if (!gl.isContextLost()) gl.getExtension('WEBGL_lose_context')?.loseContext();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
