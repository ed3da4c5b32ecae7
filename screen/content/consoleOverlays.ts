/** What the wall says when the presenter puts it on standby: both languages, the hall's own title coming from the catalog. */
export const STANDBY_TEXT = {
  welcome: { zh: '欢迎参观', en: 'Welcome' },
  /** Shown until the catalog (with the hall's title) has arrived. */
  fallbackTitle: { zh: '智慧党建展示馆', en: 'Smart Party-Building Exhibition Hall' },
  soon: { zh: '讲解即将开始', en: 'The visit will begin shortly' },
} as const;

/** The mark that the figures are held still on purpose, not stuck. */
export const FREEZE_TEXT = { zh: '画面已定格', en: 'Figures frozen' } as const;
