import type { NamedEntry } from '../../../common/catalog';
import { maskPersonalNumbers } from '../../../common/mask';
import type { RecentItem } from '../../../common/protocol';
import type { Lang } from '../i18n/messages';
import { placeName, translate } from '../i18n/translate';

/** A citizen's appeal as plain strings: the template shows them as text, never as HTML. */
export interface RecentLine {
  id: string;
  time: string;
  kind: string;
  place: string;
  text: string;
}

const KIND_KEYS = { 'appeal.handled': 'handledKind', 'appeal.resolved': 'resolvedKind', 'wish.fulfilled': 'wishKind' } as const;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The newest `limit` appeals and wishes for the appeals view. Places and
 * categories follow the language; the citizen's own words stay as written,
 * with phone and ID numbers masked once more in case they came unmasked.
 */
export function recentLines(
  items: readonly RecentItem[],
  lang: Lang,
  vocabulary: { towns: readonly NamedEntry[]; categories: readonly NamedEntry[] },
  limit = 5,
): RecentLine[] {
  return items.slice(0, limit).map((item) => {
    const at = new Date(item.at);
    const category = item.type === 'wish.fulfilled' || !item.category ? undefined : placeName(item.category, vocabulary.categories, lang);
    const town = item.town ? placeName(item.town, vocabulary.towns, lang) : undefined;
    const fallback = item.type === 'wish.fulfilled' ? translate(lang, 'wishText') : (category ?? '');
    return {
      id: item.id,
      time: Number.isNaN(at.getTime()) ? '--:--' : `${pad(at.getHours())}:${pad(at.getMinutes())}`,
      kind: translate(lang, KIND_KEYS[item.type] ?? 'handledKind'),
      place: [town, category].filter(Boolean).join(' · '),
      text: item.summary ? maskPersonalNumbers(item.summary) : fallback,
    };
  });
}
