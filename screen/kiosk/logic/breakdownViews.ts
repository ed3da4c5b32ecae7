import type { Catalog, NamedEntry } from '../../../common/catalog';
import type { MetricDefinition, MetricGroup, MetricId, MetricValues } from '../../../common/metrics';
import type { Breakdowns } from '../../../common/protocol';
import { breakdownEntries } from '../../charts/breakdownEntries';
import { formatFigure } from '../../format/numbers';
import type { SectionName } from '../../i18n/kiosk/catalog';
import type { Lang } from '../../i18n/lang';
import { metricLabel, metricUnit, placeName, translate } from '../i18n/translate';

/** One bar of a breakdown: its label, its figure as shown, and its length (0..1). */
export interface BreakdownRow {
  key: string;
  label: string;
  valueText: string;
  fraction: number;
}

/** A titled list of bars; `demo` when the split itself is illustrative; `opens` when a row opens a view of its own. */
export interface BreakdownView {
  id: string;
  title: string;
  rows: BreakdownRow[];
  demo: boolean;
  opens?: 'town';
  hint?: string;
}

/** One name of a list: `key` as the county writes it, `label` in the visitor's language. */
export interface NameItem {
  key: string;
  label: string;
}

/** A titled list of names (towns linked, projects introduced); `opens` when a name opens a view or card. */
export interface NameList {
  id: string;
  title: string;
  items: NameItem[];
  opens?: 'town' | 'company';
  hint?: string;
  note?: string;
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
  section: SectionName,
  source: BreakdownSource,
  unitOf: MetricId,
  options: { ranked: boolean; percent: boolean },
): BreakdownRow[] {
  const entries = breakdownEntries(breakdown, vocabulary);
  const ordered = options.ranked ? [...entries].sort((a, b) => b.value - a.value) : entries;
  const max = Math.max(0, ...ordered.map((e) => e.value));
  const total = ordered.reduce((sum, e) => sum + e.value, 0);
  const unit = metricUnit(unitOf, source.definition(unitOf), source.lang);
  return ordered.map((entry) => {
    const share = total > 0 ? ` · ${Math.round((entry.value / total) * 100)}%` : '';
    return {
      key: entry.name,
      label: placeName(entry.name, section, source.lang, vocabulary),
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
  const unit = metricUnit(id, definition, source.lang);
  return {
    key: id,
    label: metricLabel(id, definition, source.lang),
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
        rows: bars(breakdowns?.appealsByTown ?? {}, vocabulary?.towns ?? [], 'town', source, 'appeals.handled', {
          ranked: true,
          percent: false,
        }),
        demo: true,
        opens: 'town',
        hint: translate(lang, 'byTownHint'),
      },
      {
        id: 'appeals-by-category',
        title: translate(lang, 'byCategory'),
        rows: bars(breakdowns?.appealsByCategory ?? {}, vocabulary?.categories ?? [], 'category', source, 'appeals.handled', {
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
        rows: bars(breakdowns?.landByProject ?? {}, vocabulary?.landProjects ?? [], 'site', source, 'land.acquiredMu', {
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
  const items = (names: readonly string[], section: SectionName, known: readonly NamedEntry[] = []) =>
    names.map((name) => ({ key: name, label: placeName(name, section, lang, known) }));
  if (group === 'orgs' && vocabulary.towns.length > 0) {
    const towns = items(
      vocabulary.towns.map((town) => town.name),
      'town',
      vocabulary.towns,
    );
    return [
      { id: 'linked-towns', title: translate(lang, 'linkedTowns'), items: towns, opens: 'town', hint: translate(lang, 'byTownHint') },
    ];
  }
  if (group === 'land' && vocabulary.projects.length > 0) {
    const introduced = source.values?.['projects.introduced'];
    const named = vocabulary.projects.length;
    return [
      {
        id: 'named-projects',
        title: translate(lang, 'namedProjects'),
        items: items(vocabulary.projects, 'company'),
        opens: 'company',
        hint: translate(lang, 'companyHint'),
        ...(introduced !== undefined && introduced > named ? { note: translate(lang, 'moreProjects', { n: introduced, named }) } : {}),
      },
    ];
  }
  return [];
}
