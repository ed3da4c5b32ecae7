/** The desk's language, chosen once at the top and read by every section. */
import { computed, inject, provide, ref, type InjectionKey, type Ref } from 'vue';
import { AUDIT_LINES_EN, AUDIT_LINES_ZH } from '../content/adminAuditLines';
import { DESK_EN, DESK_ZH } from '../content/desk';
import { DESK_FORMS_EN, DESK_FORMS_ZH } from '../content/deskForms';
import type { Lang } from '../i18n/lang';
import { formatWhen } from '../components/office/when';

const LANG: InjectionKey<Ref<Lang>> = Symbol('desk language');

export function provideDeskLang(lang: Ref<Lang>): void {
  provide(LANG, lang);
}

/** The desk's words in the language `lang` holds: `D` for the page, `F` for its forms, `types` for the kinds of entry; `when` for times. */
export function deskWordsOf(lang: Ref<Lang>) {
  const en = computed(() => lang.value === 'en');
  const D = computed(() => (en.value ? DESK_EN : DESK_ZH));
  return {
    lang,
    D,
    F: computed(() => (en.value ? DESK_FORMS_EN : DESK_FORMS_ZH)),
    types: computed(() => (en.value ? AUDIT_LINES_EN : AUDIT_LINES_ZH).eventTypes),
    when: (iso: string | null) => formatWhen(iso, lang.value, D.value.never),
  };
}

/** The words in the language the page chose (`provideDeskLang`), for its sections. */
export function useDeskWords() {
  return deskWordsOf(inject(LANG, ref<Lang>('zh')));
}
