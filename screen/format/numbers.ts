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

/** A larger unit a big figure is shown in: from `from` (in the figure's display unit) on, `value / divisor` then `suffix`. */
interface CompactUnit {
  from: number;
  divisor: number;
  suffix: string;
}

const wan = (from: number): CompactUnit => ({ from, divisor: 1e4, suffix: '万' });
const YI: CompactUnit = { from: 1e8, divisor: 1e8, suffix: '亿' };

// Where grouped digits stop fitting, measured at 1920x1080 (the narrowest counters): a large
// appeals counter holds "99,999 件" but not "999,999 件", nor does the volunteers' hero figure.
const DEFAULT_COMPACT: readonly CompactUnit[] = [YI, wan(1e5)];

/** The larger units of each metric, largest first. */
const COMPACT_UNITS: Partial<Record<MetricId, readonly CompactUnit[]>> = {
  // The seed's 200,000 m² reads as the report gives it, and "999,999 平方米" still fits its counter.
  'land.demolishedM2': [YI, wan(1e6)],
  // Each activity adds its members again, so the seed's 50,000 passes 100,000; "999,999 人" still fits, and moves with every activity.
  'members.active': [YI, wan(1e6)],
  // Already in 亿元: 1e12 yuan reads "1.00万" 亿元, i.e. 1 万亿元, as Chinese writes it.
  'projects.investmentYuan': [wan(1e4)],
};

// A compact figure keeps three significant digits (12.3万, 1.23亿): enough to see it move, narrow enough to fit.
const SIGNIFICANT_DIGITS = 3;

// Chinese writes "1235万" without a separator; a mantissa of five digits or more (past 1 万亿) is grouped.
const mantissaFormats = new Map<number, Intl.NumberFormat>();

function formatMantissa(value: number, decimals: number): string {
  let format = mantissaFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { useGrouping: 'min2', minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    mantissaFormats.set(decimals, format);
  }
  return format.format(value);
}

/** `shown` in the largest of `units` it reaches, to three significant digits; undefined below them all. */
function formatCompact(shown: number, units: readonly CompactUnit[]): string | undefined {
  if (!Number.isFinite(shown)) return undefined;
  for (const [i, unit] of units.entries()) {
    if (shown < unit.from) continue;
    const mantissa = shown / unit.divisor;
    const rounded = Number(mantissa.toPrecision(SIGNIFICANT_DIGITS));
    // 9,999.7万 rounds to 10,000万: that is 1.00亿.
    const larger = units[i - 1];
    if (larger && rounded * unit.divisor >= larger.from) return formatCompact(larger.from, [larger]);
    const integerDigits = Math.floor(Math.log10(Math.max(1, rounded))) + 1;
    return formatMantissa(mantissa, Math.max(0, SIGNIFICANT_DIGITS - integerDigits)) + unit.suffix;
  }
  return undefined;
}

/**
 * A figure already in its display unit (what a rolling counter holds) as the
 * wall shows it: grouped (`4,600`, `20.00`) while it fits its counter, then
 * in 万 or 亿 (`12.3万`, `1.23亿`) instead of overflowing its panel.
 */
export function formatShownValue(id: MetricId, shown: number): string {
  return formatCompact(shown, COMPACT_UNITS[id] ?? DEFAULT_COMPACT) ?? formatFigure(shown, displayUnitOf(id).decimals);
}

/** A metric's value as the wall shows it, without its unit. */
export function formatMetricValue(id: MetricId, value: number): string {
  return formatShownValue(id, value / displayUnitOf(id).divisor);
}
