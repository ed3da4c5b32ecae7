import type { MetricDefinition, MetricId } from '../../../common/metrics';
import { displayUnitOf, type DisplayUnit } from '../../format/numbers';
import type { Lang } from '../../i18n/lang';
import { metricUnit } from './translate';

// The wall's 亿元 has no English word; "2.00 billion yuan" is how an English reader says 20 亿元.
const ENGLISH_DISPLAY: Partial<Record<MetricId, DisplayUnit>> = {
  'projects.investmentYuan': { divisor: 1e9, decimals: 2 },
};

/** How a metric's figure is scaled and which unit word follows it, in `lang`. */
export function metricDisplay(id: MetricId, definition: MetricDefinition | undefined, lang: Lang): Required<DisplayUnit> {
  const display = (lang === 'en' ? ENGLISH_DISPLAY[id] : undefined) ?? displayUnitOf(id);
  return { divisor: display.divisor, decimals: display.decimals, unit: metricUnit(id, definition, lang) };
}
