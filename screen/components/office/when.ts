/** Times on the admin page: the date and the time to the second, in the page's language and this PC's time zone. Pure. */
import type { Lang } from '../../i18n/lang';

const FORMATS: Record<Lang, Intl.DateTimeFormatOptions> = {
  zh: { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false },
  en: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false },
};

/** `iso` as people read it; `never` when there is none; `timeZone` only for tests. */
export function formatWhen(iso: string | null, lang: Lang, never: string, timeZone?: string): string {
  if (!iso) return never;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { ...FORMATS[lang], ...(timeZone ? { timeZone } : {}) }).format(date);
}
