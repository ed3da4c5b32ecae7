/** The languages a visitor can choose. */
export type Lang = 'zh' | 'en';

/** The languages, in the order the switch offers them. */
export const LANGS: readonly Lang[] = ['zh', 'en'];
