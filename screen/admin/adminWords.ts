/** The admin page's language, chosen once at the top and read by every section. */
import { computed, inject, provide, ref, type InjectionKey, type Ref } from 'vue';
import { ADMIN_EN, ADMIN_ZH } from '../content/admin';
import { AUDIT_LINES_EN, AUDIT_LINES_ZH } from '../content/adminAuditLines';
import { RECORDS_EN, RECORDS_ZH } from '../content/adminRecords';
import { SIGN_IN_EN, SIGN_IN_ZH } from '../content/signIn';
import type { Lang } from '../i18n/lang';

const LANG: InjectionKey<Ref<Lang>> = Symbol('admin language');

export function provideAdminLang(lang: Ref<Lang>): void {
  provide(LANG, lang);
}

/** The page's words in its current language: `T` for the page, `R` for records, `A` for audit lines, `S` for signing in. */
export function useAdminWords() {
  const lang = inject(LANG, ref<Lang>('zh'));
  const en = computed(() => lang.value === 'en');
  return {
    lang,
    T: computed(() => (en.value ? ADMIN_EN : ADMIN_ZH)),
    R: computed(() => (en.value ? RECORDS_EN : RECORDS_ZH)),
    A: computed(() => (en.value ? AUDIT_LINES_EN : AUDIT_LINES_ZH)),
    S: computed(() => (en.value ? SIGN_IN_EN : SIGN_IN_ZH)),
  };
}
