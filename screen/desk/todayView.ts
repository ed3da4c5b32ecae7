/** Today at a glance, as the desk's tables show it: figures named and worded, senders and the ledger's verdict. Pure. */
import type { VerifyResult } from '../../common/auth';
import type { Catalog } from '../../common/catalog';
import type { DeskToday } from '../../common/desk';
import type { Lang } from '../i18n/lang';
import type { DeskWords } from '../content/desk';

export interface FigureRow {
  id: string;
  name: string;
  /** The value with its unit (`4,601 件`). */
  value: string;
  /** `+3`, `−2`, or that it did not change today. */
  change: string;
  changed: boolean;
  source: string;
  /** When it last changed (`when` applied), or that it is still the report's baseline. */
  changedAt: string;
}

const formats = new Map<Lang, Intl.NumberFormat>();

/** A figure as people read it: grouped digits, at most two decimals. */
export function formatValue(value: number, lang: Lang): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 2 });
    formats.set(lang, format);
  }
  return format.format(value);
}

/** A change since the start of the day, signed; zero is said in words. */
export function formatChange(change: number, lang: Lang, words: DeskWords): string {
  if (change === 0) return words.today.unchanged;
  return `${change > 0 ? '+' : '−'}${formatValue(Math.abs(change), lang)}`;
}

/** Every figure of the day in the catalog's order, named as the wall names it. */
export function figureRows(
  today: Pick<DeskToday, 'figures'>,
  catalog: Pick<Catalog, 'metrics'>,
  lang: Lang,
  words: DeskWords,
  when: (iso: string) => string,
): FigureRow[] {
  const byId = new Map(today.figures.map((figure) => [figure.id, figure]));
  return catalog.metrics.flatMap((metric) => {
    const figure = byId.get(metric.id);
    if (!figure) return [];
    const unit = metric.unit[lang];
    return [
      {
        id: metric.id,
        name: metric.label[lang],
        value: unit ? `${formatValue(figure.value, lang)} ${unit}` : formatValue(figure.value, lang),
        change: formatChange(figure.todayChange, lang, words),
        changed: figure.todayChange !== 0,
        source: words.sources[figure.source],
        changedAt: figure.changedAt ? when(figure.changedAt) : words.today.baseline,
      },
    ];
  });
}

/** Who sent an entry: an account by its name, a feed by its key's name. */
export function senderText(sender: string, words: DeskWords): string {
  const [kind, ...rest] = sender.split(':');
  const name = rest.join(':');
  if (kind === 'account') return words.senders.account(name);
  if (kind === 'key') return words.senders.key(name);
  return sender;
}

/** Whether the ledger verifies, in a sentence; `ok` is null when it was never checked. */
export function ledgerLine(
  last: VerifyResult | null,
  words: DeskWords,
  when: (iso: string) => string,
): { ok: boolean | null; text: string } {
  if (!last) return { ok: null, text: words.today.neverVerified };
  return last.ok
    ? { ok: true, text: words.today.verifiedOk(when(last.at)) }
    : { ok: false, text: words.today.verifiedBad(when(last.at), last.problem ?? '') };
}
