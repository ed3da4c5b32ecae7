import type { NamedEntry } from '../../../common/catalog';
import type { MetricDefinition, MetricGroup, MetricId } from '../../../common/metrics';
import { KIOSK_CATALOG, knownName, message, type SectionName } from '../../i18n/kiosk/catalog';
import { metricKey } from '../../i18n/kiosk/metrics';
import type { UiKey } from '../../i18n/kiosk/ui';
import type { Lang } from '../../i18n/lang';

/**
 * One of the kiosk's fixed words in `lang`, from the message catalog, with
 * `{name}` placeholders filled in as plain text.
 */
export function translate(lang: Lang, key: UiKey, params: Readonly<Record<string, string | number>> = {}): string {
  return message(lang, `ui.${key}`, params);
}

/** A group's title in `lang`. */
export function groupTitle(group: MetricGroup, lang: Lang): string {
  return message(lang, `group.${group}`);
}

/**
 * A figure's name in `lang`: the kiosk's own wording from its catalog; a
 * metric the catalog does not know (added on the server later) gets the
 * server's label, Chinese when the English is empty.
 */
export function metricLabel(id: MetricId, definition: MetricDefinition | undefined, lang: Lang): string {
  return knownMessage('metricLabel', id, lang) ?? labelOf(definition?.label, lang, id);
}

/** The unit word after a figure in `lang` (see `metricLabel` for unknown metrics). */
export function metricUnit(id: MetricId, definition: MetricDefinition | undefined, lang: Lang): string {
  return knownMessage('metricUnit', id, lang) ?? labelOf(definition?.unit, lang, '');
}

function knownMessage(section: 'metricLabel' | 'metricUnit', id: MetricId, lang: Lang): string | undefined {
  const key = metricKey(id);
  return key in KIOSK_CATALOG[section] ? message(lang, `${section}.${key}`) : undefined;
}

function labelOf(label: { zh: string; en: string } | undefined, lang: Lang, fallback: string): string {
  if (!label) return fallback;
  return (lang === 'en' ? label.en || label.zh : label.zh) || fallback;
}

/**
 * A town, category or project name in `lang`: the catalog's form first, then
 * the server vocabulary's English; a name neither knows (an operator added
 * one in a feed first) is shown as it came.
 */
export function placeName(name: string, section: SectionName, lang: Lang, vocabulary: readonly NamedEntry[] = []): string {
  if (lang === 'zh') return name;
  return knownName(section, name, lang) ?? (vocabulary.find((entry) => entry.name === name)?.en || name);
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
