import { KIOSK_CATALOG, message, type MessagePath } from '../../i18n/kiosk/catalog';
import type { Lang } from '../../i18n/lang';
import { placeName } from '../i18n/translate';

/** A short card about an introduced project: only what the report says, and a plain line on what it does not. */
export interface CompanyCard {
  key: string;
  name: string;
  /** Its line of business as its name gives it; undefined for a company the catalog does not know. */
  trade: string | undefined;
  what: string;
  silent: string;
}

/** The card for the company the county writes as `name`. */
export function companyCard(name: string, lang: Lang): CompanyCard {
  const key = Object.entries(KIOSK_CATALOG.company).find(([, entry]) => entry.zh === name)?.[0];
  return {
    key: name,
    name: placeName(name, 'company', lang),
    trade: key === undefined ? undefined : message(lang, `trade.${key}` as MessagePath),
    what: message(lang, 'story.companyWhat'),
    silent: message(lang, 'story.companySilent'),
  };
}
