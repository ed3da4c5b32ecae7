import type { BreakdownEntry } from './breakdownEntries';
import type { ChartTheme } from './theme';

/** A legend line beside the category ring: its colour, name, count and share. */
export interface LegendLine {
  name: string;
  value: number;
  /** Whole percent of the total, 0 when there is none. */
  percent: number;
  color: string;
}

/** The legend of the category ring, in the ring's order and colours. */
export function categoryLegend(categories: readonly BreakdownEntry[], theme: ChartTheme): LegendLine[] {
  const total = categories.reduce((sum, c) => sum + c.value, 0);
  return categories.map((c, i) => ({
    name: c.name,
    value: c.value,
    percent: total > 0 ? Math.round((c.value / total) * 100) : 0,
    color: theme.palette[i % theme.palette.length] ?? theme.gold,
  }));
}
