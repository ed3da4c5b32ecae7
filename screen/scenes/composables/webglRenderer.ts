import { loseContext } from './glContexts';

let known: string | undefined;

/**
 * The name of the browser's WebGL renderer ("ANGLE (…SwiftShader…)", a GPU's
 * name), read once from a throwaway context that is given back at once.
 * Empty when WebGL is unavailable or the name is hidden.
 */
export function webglRendererName(): string {
  if (known !== undefined) return known;
  const gl = document.createElement('canvas').getContext('webgl');
  if (!gl) return (known = '');
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  known = String((info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER)) ?? '');
  loseContext(gl);
  return known;
}
