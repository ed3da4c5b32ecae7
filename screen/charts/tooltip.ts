import { format } from 'echarts/core';
import type { ChartTheme } from './theme';
import { formatFigure } from '../format/numbers';

/** Tooltip styling shared by every chart: legible type, the wall's colours, kept inside the chart. */
export function tooltipBase(theme: ChartTheme) {
  return {
    trigger: 'item' as const,
    confine: true,
    backgroundColor: theme.tooltipBackground,
    borderColor: theme.gold,
    textStyle: { color: theme.text, fontSize: theme.labelSize, fontFamily: theme.fontFamily },
  };
}

/**
 * One tooltip line. Names may come from operators' vocabularies, so they are
 * escaped: tooltips are HTML and nothing typed by a person may become markup.
 */
export function tooltipLine(name: string, figure: string): string {
  return `${format.encodeHTML(name)}<br/><b>${format.encodeHTML(figure)}</b>`;
}

/** Reads the `name` of ECharts' formatter params without trusting their shape. */
export function paramName(params: unknown): string {
  const single = Array.isArray(params) ? params[0] : params;
  if (typeof single === 'object' && single !== null && 'name' in single) return String(single.name);
  return '';
}

/**
 * An item tooltip naming the hovered entry and its figure with a unit, for
 * charts whose entries are keyed by name (towns on a ranking or a map).
 */
export function namedFigureTooltip(theme: ChartTheme, entries: ReadonlyArray<{ name: string; value: number }>, unit: string) {
  const byName = new Map(entries.map((e) => [e.name, e.value]));
  return {
    ...tooltipBase(theme),
    formatter: (params: unknown) => {
      const name = paramName(params);
      return tooltipLine(name, `${formatFigure(byName.get(name) ?? 0)} ${unit}`);
    },
  };
}
