/** The console's language, chosen once at the top (Chinese first) and read by every pad. */
import { computed, inject, provide, ref, type InjectionKey, type Ref } from 'vue';
import { CONSOLE_EN, CONSOLE_ZH } from '../content/console';
import { SETUP_EN, SETUP_ZH } from '../content/consoleSetup';
import { SIGN_IN_EN, SIGN_IN_ZH } from '../content/signIn';
import type { Lang } from '../i18n/lang';

/** The console's words in either language. */
export type ConsoleWords = typeof CONSOLE_EN;
export type SetupWords = typeof SETUP_EN;

const LANG: InjectionKey<Ref<Lang>> = Symbol('console language');

export function provideConsoleLang(lang: Ref<Lang>): void {
  provide(LANG, lang);
}

/** The words in the language `lang` holds: `T` for the pads, `SETUP` for signing in and pairing, `S` for the sign-in form. */
export function consoleWordsOf(lang: Ref<Lang>) {
  const en = computed(() => lang.value === 'en');
  return {
    lang,
    T: computed<ConsoleWords>(() => (en.value ? CONSOLE_EN : CONSOLE_ZH)),
    SETUP: computed<SetupWords>(() => (en.value ? SETUP_EN : SETUP_ZH)),
    S: computed(() => (en.value ? SIGN_IN_EN : SIGN_IN_ZH)),
  };
}

/** The words in the language the console chose (`provideConsoleLang`), for its pads. */
export function useConsoleWords() {
  return consoleWordsOf(inject(LANG, ref<Lang>('zh')));
}
