import type { MetricDefinition, MetricGroup, MetricId } from '../../../common/metrics';
import { groupTitle, metricLabel, translate } from '../i18n/translate';
import { metricDisplay } from '../i18n/units';
import { breakdownViewsOf, nameListsOf, type BreakdownSource, type BreakdownView, type NameList } from './breakdownViews';
import { groupSpec } from './groups';
import { seriesOf, type Sample } from './history';
import { storiesOf, type StoryView } from './storyViews';

/** One live figure of a group, ready for a counter. */
export interface DrillMetric {
  id: MetricId;
  label: string;
  unit: string;
  /** Raw value; undefined until the first snapshot. */
  value: number | undefined;
  divisor: number;
  decimals: number;
  /** The figure is illustrative (the seed report does not give it). */
  demo: boolean;
}

/** The group's trend figure over the kiosk's own lifetime. */
export interface TrendView {
  metric: MetricId;
  label: string;
  unit: string;
  points: Array<{ at: number; value: number }>;
  /** How many times the figure changed since the kiosk opened. */
  changes: number;
  caption: string;
}

/** Everything the drill-in view of one group shows, in one language. */
export interface DrillModel {
  group: MetricGroup;
  title: string;
  metrics: DrillMetric[];
  breakdowns: BreakdownView[];
  nameLists: NameList[];
  trend: TrendView;
  /** What the report tells about the group beyond its figures. */
  stories: StoryView[];
  /** Whether anything shown is illustrative, so the view explains the mark. */
  hasDemo: boolean;
}

/** What the drill-in model is built from: the live state, the catalog and the kiosk's own readings. */
export interface DrillInput extends BreakdownSource {
  group: MetricGroup;
  /** The group's metrics in catalog order. */
  definitions: readonly MetricDefinition[];
  history: readonly Sample[];
  /** Formats a client time (ms) as the clock reads it, e.g. `09:05`. */
  clock: (at: number) => string;
  openedAt: number;
}

/** Builds the drill-in view of a group: a pure function of its input. */
export function buildDrillModel(input: DrillInput): DrillModel {
  const { group, lang } = input;
  const spec = groupSpec(group);
  const metrics = input.definitions.filter((d) => d.group === group).map((d) => drillMetric(d, input));
  const breakdowns = breakdownViewsOf(group, input);
  return {
    group,
    title: groupTitle(group, lang),
    metrics,
    breakdowns,
    nameLists: nameListsOf(group, input),
    trend: trendView(spec.trend, input),
    stories: storiesOf(group, lang),
    hasDemo: metrics.some((m) => m.demo) || breakdowns.some((b) => b.demo),
  };
}

/** A metric as a counter shows it, in `lang`. */
export function drillMetric(definition: MetricDefinition, input: Pick<DrillInput, 'lang' | 'values'>): DrillMetric {
  const display = metricDisplay(definition.id, definition, input.lang);
  return {
    id: definition.id,
    label: metricLabel(definition.id, definition, input.lang),
    unit: display.unit,
    value: input.values?.[definition.id],
    divisor: display.divisor,
    decimals: display.decimals,
    demo: definition.source === 'demo',
  };
}

function trendView(metric: MetricId, input: DrillInput): TrendView {
  const definition = input.definition(metric);
  const points = seriesOf(input.history, metric);
  const changes = Math.max(0, points.length - 1);
  const time = input.clock(points[0]?.at ?? input.openedAt);
  const caption = translate(input.lang, changes > 0 ? 'trendSince' : 'trendWaiting', { time, n: changes });
  return {
    metric,
    label: metricLabel(metric, definition, input.lang),
    unit: metricDisplay(metric, definition, input.lang).unit,
    points,
    changes,
    caption,
  };
}
