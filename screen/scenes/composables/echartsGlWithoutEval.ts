/**
 * Rewrites echarts-gl's post-effect description in place so that claygl
 * never reaches for `new Function` (blocked by the wall's CSP): each
 * `expr(...)` becomes the function claygl would have compiled. Imported only
 * with echarts-gl itself, from the 3D view's chunk.
 */
import effectJson from 'echarts-gl/lib/effect/composite.js';
import { parseSizeExpression } from '../../charts/glExpressions';

interface Sized {
  getWidth(): number;
  getHeight(): number;
}

interface ParameterSetter {
  setParameter(name: string, value: unknown): void;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Output sizes: claygl calls a function value with the renderer (see CompositorNode). */
function sizeFunction(source: string, axis: 'width' | 'height'): ((renderer: Sized) => number) | null {
  const size = parseSizeExpression(source);
  if (!size) return null;
  return (renderer) => {
    const result = size(renderer.getWidth(), renderer.getHeight());
    return Array.isArray(result) ? result[axis === 'width' ? 0 : 1] : result;
  };
}

/** Node parameters: claygl runs a function value before each render, with the node as `this`. */
function parameterFunction(source: string, name: string): ((this: ParameterSetter, renderer: Sized) => void) | null {
  const size = parseSizeExpression(source);
  if (!size) return null;
  return function (this: ParameterSetter, renderer: Sized) {
    this.setParameter(name, size(renderer.getWidth(), renderer.getHeight()));
  };
}

function rewrite(record: Record<string, unknown>, convert: (source: string, key: string) => unknown): void {
  for (const [key, value] of Object.entries(record)) {
    if (typeof value !== 'string' || !value.trim().startsWith('expr(')) continue;
    const replacement = convert(value, key);
    if (replacement) record[key] = replacement;
  }
}

const nodes: unknown[] = isRecord(effectJson) && Array.isArray(effectJson.nodes) ? effectJson.nodes : [];
for (const node of nodes) {
  if (!isRecord(node)) continue;
  if (isRecord(node.parameters)) rewrite(node.parameters, (source, key) => parameterFunction(source, key));
  const outputs = isRecord(node.outputs) ? Object.values(node.outputs) : [];
  for (const output of outputs) {
    if (isRecord(output) && isRecord(output.parameters)) {
      rewrite(output.parameters, (source, key) => (key === 'width' || key === 'height' ? sizeFunction(source, key) : null));
    }
  }
}
