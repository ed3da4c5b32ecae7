/**
 * echarts-gl's post-effect pipeline sizes its buffers with strings such as
 * `expr(width * 1.0 / 2)`, which claygl compiles with `new Function`. The
 * hall's server forbids eval in its Content-Security-Policy, so the wall
 * reads these few arithmetic forms itself, without eval.
 */

/** A size from the renderer's width and height: one number, or a [width, height] pair. */
export type SizeExpression = (width: number, height: number) => number | [number, number];

// `width`, `height`, optionally `* 1.0`, optionally `/ N`: every form echarts-gl 2.1 uses.
const TERM = /^(width|height)(?:\s*\*\s*([\d.]+))?(?:\s*\/\s*([\d.]+))?$/;

function parseTerm(text: string): ((width: number, height: number) => number) | null {
  const match = TERM.exec(text.trim());
  if (!match) return null;
  const [, axis, times = '1', over = '1'] = match;
  const factor = Number(times) / Number(over);
  if (!Number.isFinite(factor)) return null;
  return axis === 'width' ? (width) => width * factor : (_, height) => height * factor;
}

/** Reads `expr(...)` as a function, or null when it is not one of the known forms (left for claygl to handle). */
export function parseSizeExpression(source: string): SizeExpression | null {
  const body = /^expr\(\s*(.*?)\s*\)$/.exec(source.trim())?.[1];
  if (body === undefined) return null;
  const pair = /^\[(.*),(.*)\]$/.exec(body);
  if (pair) {
    const first = parseTerm(pair[1]!);
    const second = parseTerm(pair[2]!);
    return first && second ? (width, height) => [first(width, height), second(width, height)] : null;
  }
  return parseTerm(body);
}
