/**
 * One message in both languages, side by side so that neither can be
 * forgotten. `proper` marks a name that stays in Chinese inside the English
 * text too (a brand slogan, a language's own name), with its English gloss
 * beside it: the only Han characters an English view may show.
 */
export interface Entry {
  zh: string;
  en: string;
  proper?: true;
}

/** A named set of messages, e.g. every town. */
export type Section = Readonly<Record<string, Entry>>;
