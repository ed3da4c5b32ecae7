import type { NamedEntry } from '../../../common/catalog';
import { maskPersonalNumbers } from '../../../common/mask';
import type { RecentItem } from '../../../common/protocol';
import type { Lang } from '../../i18n/lang';
import { placeName, translate } from '../i18n/translate';

/** A citizen's appeal as plain strings: the template shows them as text, never as HTML. */
export interface RecentLine {
  id: string;
  /** Time, kind and place, joined with no empty parts: "13:37 · 心愿" when a wish names no town. */
  meta: string;
  text: string;
}

/** Which lines to show: how many, and only one town's or one kind's when asked. */
export interface RecentFilter {
  limit?: number;
  town?: string;
  types?: ReadonlyArray<RecentItem['type']>;
}

const KIND_KEYS = { 'appeal.handled': 'handledKind', 'appeal.resolved': 'resolvedKind', 'wish.fulfilled': 'wishKind' } as const;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The newest appeals and wishes, newest first. Places and categories follow
 * the language. The citizen's own words are Chinese free text, shown in the
 * Chinese view only (with phone and ID numbers masked once more in case they
 * came unmasked); the English view says what kind of appeal it was instead.
 */
export function recentLines(
  items: readonly RecentItem[],
  lang: Lang,
  vocabulary: { towns: readonly NamedEntry[]; categories: readonly NamedEntry[] },
  filter: RecentFilter = {},
): RecentLine[] {
  const wanted = items.filter(
    (item) => (filter.town === undefined || item.town === filter.town) && (!filter.types || filter.types.includes(item.type)),
  );
  return wanted.slice(0, filter.limit ?? 5).map((item) => {
    const at = new Date(item.at);
    const wish = item.type === 'wish.fulfilled';
    const category = wish || !item.category ? undefined : placeName(item.category, 'category', lang, vocabulary.categories);
    const town = item.town && filter.town === undefined ? placeName(item.town, 'town', lang, vocabulary.towns) : undefined;
    const time = Number.isNaN(at.getTime()) ? '--:--' : `${pad(at.getHours())}:${pad(at.getMinutes())}`;
    const kind = translate(lang, KIND_KEYS[item.type] ?? 'handledKind');
    const described = wish
      ? translate(lang, 'wishText')
      : category
        ? translate(lang, 'appealText', { category })
        : translate(lang, 'appealPlain');
    const ownWords = lang === 'zh' && item.summary ? maskPersonalNumbers(item.summary) : undefined;
    return {
      id: item.id,
      meta: [time, kind, town, ownWords ? category : undefined].filter(Boolean).join(' · '),
      text: ownWords ?? described,
    };
  });
}
