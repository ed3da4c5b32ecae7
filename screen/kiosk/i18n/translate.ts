import type { Label } from '../../../common/metrics';
import type { NamedEntry } from '../../../common/catalog';
import { MESSAGES, type Lang, type MessageKey } from './messages';

/**
 * A fixed word in `lang`, with `{name}` placeholders filled in. Values are
 * inserted as plain text; the templates show the result as text, never HTML.
 */
export function translate(lang: Lang, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A catalog label in `lang`; an operator who left the English empty still gets the Chinese. */
export function pickLabel(label: Label | undefined, lang: Lang, fallback = ''): string {
  if (!label) return fallback;
  return (lang === 'en' ? label.en || label.zh : label.zh) || fallback;
}

/**
 * A town, category or project name in `lang`. Names the catalog does not
 * know (an operator added one in a feed first) are shown as they came.
 */
export function placeName(name: string, vocabulary: readonly NamedEntry[], lang: Lang): string {
  if (lang === 'zh') return name;
  return vocabulary.find((entry) => entry.name === name)?.en || name;
}

/** "2 分钟前" / "2 min ago": how old the kiosk's figures are, rounded down so it never claims fresher data. */
export function formatAge(ageMs: number, lang: Lang): string {
  const seconds = Math.max(0, Math.floor(ageMs / 1000));
  if (seconds < 10) return translate(lang, 'justNow');
  if (seconds < 60) return translate(lang, 'secondsAgo', { n: seconds });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return translate(lang, 'minutesAgo', { n: minutes });
  return translate(lang, 'hoursAgo', { n: Math.floor(minutes / 60) });
}
