import { createI18n } from 'vue-i18n';
import type { Lang } from '../lang';
import type { Entry, Section } from './entry';
import { GROUPS, METRIC_LABELS, METRIC_UNITS } from './metrics';
import { BRANDS, CATEGORIES, COMMUNITIES, COMPANIES, COMPANY_TRADES, SITES, TOWNS } from './names';
import { STORIES } from './stories';
import { UI } from './ui';

/** Every word the kiosk shows, by section; message keys are `section.key`. */
export const KIOSK_CATALOG = {
  ui: UI,
  group: GROUPS,
  metricLabel: METRIC_LABELS,
  metricUnit: METRIC_UNITS,
  town: TOWNS,
  category: CATEGORIES,
  site: SITES,
  company: COMPANIES,
  trade: COMPANY_TRADES,
  community: COMMUNITIES,
  brand: BRANDS,
  story: STORIES,
} as const satisfies Record<string, Section>;

export type SectionName = keyof typeof KIOSK_CATALOG;
/** A message key, `section.key`, checked against the catalog. */
export type MessagePath = { [S in SectionName]: `${S}.${keyof (typeof KIOSK_CATALOG)[S] & string}` }[SectionName];

/** Every entry with its full key, for walking the catalog. */
export function catalogEntries(): Array<[MessagePath, Entry]> {
  return Object.entries(KIOSK_CATALOG).flatMap(([section, entries]) =>
    Object.entries(entries as Section).map(([key, entry]): [MessagePath, Entry] => [`${section}.${key}` as MessagePath, entry]),
  );
}

function messagesIn(lang: Lang): Record<string, Record<string, string>> {
  return Object.fromEntries(
    Object.entries(KIOSK_CATALOG).map(([section, entries]) => [
      section,
      Object.fromEntries(Object.entries(entries as Section).map(([key, entry]) => [key, entry[lang]])),
    ]),
  );
}

/** The kiosk's vue-i18n instance; its global composer renders every message. */
export const kioskI18n = createI18n({
  legacy: false,
  locale: 'zh',
  fallbackLocale: 'zh',
  messages: { zh: messagesIn('zh'), en: messagesIn('en') },
  missingWarn: false,
  fallbackWarn: false,
});

/**
 * A message in `lang` with its `{name}` placeholders filled, as plain text
 * (templates never render it as HTML). A numeric `n` also picks the plural
 * form of a message written as `one | many`.
 */
export function message(lang: Lang, key: MessagePath, params: Readonly<Record<string, string | number>> = {}): string {
  const count = typeof params.n === 'number' ? { plural: params.n } : {};
  return kioskI18n.global.t(key, { ...params }, { locale: lang, ...count });
}

/**
 * A name the county writes in Chinese (a town, a company), in `lang`, when the
 * catalog's `section` knows it; undefined otherwise.
 */
export function knownName(section: SectionName, name: string, lang: Lang): string | undefined {
  const entries = KIOSK_CATALOG[section] as Section;
  const key = Object.keys(entries).find((k) => entries[k]!.zh === name);
  return key === undefined ? undefined : message(lang, `${section}.${key}` as MessagePath);
}

const HAN_RUN = /\p{Script=Han}+/gu;

/** The Han characters an English view may show: those inside the English of entries marked `proper`. */
export function properNounHan(): string[] {
  const runs = catalogEntries()
    .filter(([, entry]) => entry.proper)
    .flatMap(([, entry]) => entry.en.match(HAN_RUN) ?? []);
  return [...new Set(runs)].sort((a, b) => b.length - a.length);
}
