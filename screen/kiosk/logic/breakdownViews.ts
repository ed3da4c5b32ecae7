import type { Catalog, NamedEntry } from '../../../common/catalog';
import type { MetricDefinition, MetricGroup, MetricId, MetricValues } from '../../../common/metrics';
import type { Breakdowns } from '../../../common/protocol';
import { breakdownEntries } from '../../charts/breakdownEntries';
import { formatFigure } from '../../format/numbers';
import type { Lang } from '../i18n/messages';
import { pickLabel, placeName, translate } from '../i18n/translate';

/** One bar of a breakdown: its label, its figure as shown, and its length (0..1). */
export interface BreakdownRow {
  key: string;
  label: string;
  valueText: string;
  fraction: number;
}

/** A titled list of bars; `demo` when the split itself is illustrative. */
export interface BreakdownView {
  id: string;
  title: string;
  rows: BreakdownRow[];
  demo: boolean;
}

/** A titled list of names (towns linked, projects introduced). */
export interface NameList {
  id: string;
  title: string;
  names: string[];
}

/** What the breakdown builders read. */
export interface BreakdownSource {
  lang: Lang;
  values: Readonly<MetricValues> | undefined;
  breakdowns: Readonly<Breakdowns> | undefined;
  definition: (id: MetricId) => MetricDefinition | undefined;
  vocabulary: Pick<Catalog, 'towns' | 'categories' | 'landProjects' | 'projects'> | null;
}

function bars(
  breakdown: Readonly<Record<string, number>>,
  vocabulary: readonly NamedEntry[],
  source: BreakdownSource,
  unitOf: MetricId,
  options: { ranked: boolean; percent: boolean },
): BreakdownRow[] {
  const entries = breakdownEntries(breakdown, vocabulary);
  const ordered = options.ranked ? [...entries].sort((a, b) => b.value - a.value) : entries;
  const max = Math.max(0, ...ordered.map((e) => e.value));
  const total = ordered.reduce((sum, e) => sum + e.value, 0);
  const unit = pickLabel(source.definition(unitOf)?.unit, source.lang);
  return ordered.map((entry) => {
    const share = total > 0 ? ` · ${Math.round((entry.value / total) * 100)}%` : '';
    return {
      key: entry.name,
      label: placeName(entry.name, vocabulary, source.lang),
      valueText: `${formatFigure(entry.value)} ${unit}${options.percent ? share : ''}`,
      fraction: max > 0 ? entry.value / max : 0,
    };
  });
}

function coverageRow(source: BreakdownSource, id: MetricId, of: number | undefined): BreakdownRow | undefined {
  const definition = source.definition(id);
  const value = source.values?.[id];
  const whole = of ?? definition?.of;
  if (value === undefined || !whole) return undefined;
  const unit = pickLabel(definition?.unit, source.lang);
  return {
    key: id,
    label: pickLabel(definition?.label, source.lang, id),
    valueText: unit === '%' ? `${formatFigure(value)}%` : `${formatFigure(value)} / ${formatFigure(whole)} ${unit}`,
    fraction: Math.min(1, Math.max(0, value / whole)),
  };
}

/** The breakdowns a group's drill-in view shows; none for a group the data do not split. */
export function breakdownViewsOf(group: MetricGroup, source: BreakdownSource): BreakdownView[] {
  const { lang, breakdowns, vocabulary } = source;
  if (group === 'appeals') {
    return [
      {
        id: 'appeals-by-town',
        title: translate(lang, 'byTown'),
        rows: bars(breakdowns?.appealsByTown ?? {}, vocabulary?.towns ?? [], source, 'appeals.handled', { ranked: true, percent: false }),
        demo: true,
      },
      {
        id: 'appeals-by-category',
        title: translate(lang, 'byCategory'),
        rows: bars(breakdowns?.appealsByCategory ?? {}, vocabulary?.categories ?? [], source, 'appeals.handled', {
          ranked: false,
          percent: true,
        }),
        demo: true,
      },
    ];
  }
  if (group === 'land') {
    return [
      {
        id: 'land-by-project',
        title: translate(lang, 'byLandProject'),
        rows: bars(breakdowns?.landByProject ?? {}, vocabulary?.landProjects ?? [], source, 'land.acquiredMu', {
          ranked: false,
          percent: true,
        }),
        demo: true,
      },
    ];
  }
  if (group === 'orgs') {
    const towns = vocabulary?.towns.length || undefined;
    const rows = [
      coverageRow(source, 'communities.bigCommittee', undefined),
      coverageRow(source, 'twoNew.instructorCoverage', undefined),
      coverageRow(source, 'network.towns', towns),
    ].filter((row): row is BreakdownRow => row !== undefined);
    return [{ id: 'orgs-coverage', title: translate(lang, 'coverage'), rows, demo: false }];
  }
  return [];
}

/** Lists of names that round off a group: the towns linked, the projects introduced. */
export function nameListsOf(group: MetricGroup, source: BreakdownSource): NameList[] {
  const { lang, vocabulary } = source;
  if (!vocabulary) return [];
  if (group === 'orgs' && vocabulary.towns.length > 0) {
    const names = vocabulary.towns.map((town) => placeName(town.name, vocabulary.towns, lang));
    return [{ id: 'linked-towns', title: translate(lang, 'linkedTowns'), names }];
  }
  // Company names have no official English form, so they stay as the county writes them.
  if (group === 'land' && vocabulary.projects.length > 0) {
    return [{ id: 'named-projects', title: translate(lang, 'namedProjects'), names: [...vocabulary.projects] }];
  }
  return [];
}
