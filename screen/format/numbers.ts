import type { MetricId } from '../../common/metrics';

const groupers = new Map<number, Intl.NumberFormat>();

/** Formats a figure with thousands separators and a fixed number of decimals (`4,600`, `20.00`). */
export function formatFigure(value: number, decimals = 0): string {
  let grouper = groupers.get(decimals);
  if (!grouper) {
    grouper = new Intl.NumberFormat('en-US', {
      useGrouping: true,
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    groupers.set(decimals, grouper);
  }
  return grouper.format(Number.isFinite(value) ? value : 0);
}

/** How a metric is shown on the wall when its raw unit reads badly from across a hall. */
export interface DisplayUnit {
  /** Raw value per displayed unit. */
  divisor: number;
  decimals: number;
  /** Replaces the catalog unit when set. */
  unit?: string;
}

// 2,000,000,000 元 is unreadable at 5 m; the county's own report says "20 亿元".
const DISPLAY_UNITS: Partial<Record<MetricId, DisplayUnit>> = {
  'projects.investmentYuan': { divisor: 1e8, decimals: 2, unit: '亿元' },
};

const PLAIN: DisplayUnit = { divisor: 1, decimals: 0 };

/** The display unit of a metric; most are shown as whole numbers in their own unit. */
export function displayUnitOf(id: MetricId): DisplayUnit {
  return DISPLAY_UNITS[id] ?? PLAIN;
}

/** A metric's value as the wall shows it, without its unit. */
export function formatMetricValue(id: MetricId, value: number): string {
  const display = displayUnitOf(id);
  return formatFigure(value / display.divisor, display.decimals);
}
