import type { Catalog } from '../../../common/catalog';
import type { Breakdowns, RecentItem } from '../../../common/protocol';
import { message } from '../../i18n/kiosk/catalog';
import type { Lang } from '../../i18n/lang';
import { formatFigure } from '../../format/numbers';
import { metricUnit, placeName } from '../i18n/translate';
import { recentLines, type RecentLine } from './recentLines';

/** One town's own view: its appeals and their place in the county, and what the live feed said of it lately. */
export interface TownModel {
  key: string;
  name: string;
  /** Appeals handled in this town, as the (illustrative) split by town gives it; undefined when the split lacks it. */
  appeals: number | undefined;
  unit: string;
  /** "26%" of the county's appeals, and "1 of 12" by count. */
  shareText: string;
  rankText: string;
  appealLines: RecentLine[];
  wishLines: RecentLine[];
}

export interface TownInput {
  town: string;
  lang: Lang;
  breakdowns: Readonly<Breakdowns> | undefined;
  /** This town's latest items, newest first (see `addTownRecent`). */
  recent: readonly RecentItem[];
  vocabulary: Pick<Catalog, 'towns' | 'categories'> | null;
}

/** Builds a town's view from the live snapshot: a pure function of its input. */
export function buildTownModel(input: TownInput): TownModel {
  const { town, lang } = input;
  const byTown = input.breakdowns?.appealsByTown ?? {};
  const appeals = byTown[town];
  const counts = Object.values(byTown);
  const total = counts.reduce((sum, n) => sum + n, 0);
  // Ties share a rank: a town is placed after every town with more appeals, never above one.
  const rank = appeals === undefined ? undefined : counts.filter((n) => n > appeals).length + 1;
  const vocabulary = { towns: input.vocabulary?.towns ?? [], categories: input.vocabulary?.categories ?? [] };
  return {
    key: town,
    name: placeName(town, 'town', lang, vocabulary.towns),
    appeals,
    unit: metricUnit('appeals.handled', undefined, lang),
    shareText: appeals !== undefined && total > 0 ? `${formatFigure((appeals / total) * 100, 1)}%` : '—',
    rankText: rank === undefined ? '—' : message(lang, 'story.townRankValue', { rank, of: counts.length }),
    appealLines: recentLines(input.recent, lang, vocabulary, { town, types: ['appeal.handled', 'appeal.resolved'], limit: 6 }),
    wishLines: recentLines(input.recent, lang, vocabulary, { town, types: ['wish.fulfilled'], limit: 4 }),
  };
}
