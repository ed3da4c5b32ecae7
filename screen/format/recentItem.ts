import type { RecentItem } from '../../common/protocol';
import { maskPersonalNumbers } from '../../common/mask';

/** A ticker line, as plain strings: the template shows them as text, never as HTML. */
export interface TickerLine {
  id: string;
  time: string;
  kind: string;
  place: string;
  text: string;
}

const KINDS: Record<RecentItem['type'], string> = {
  'appeal.handled': '受理',
  'appeal.resolved': '办结',
  'wish.fulfilled': '心愿',
};

const FALLBACK_TEXT: Record<RecentItem['type'], string> = {
  'appeal.handled': '受理一件群众诉求',
  'appeal.resolved': '群众诉求已办结',
  'wish.fulfilled': '实现一个“指尖心愿”',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** Describes a recent item for the ticker; the summary is masked again in case it came from elsewhere than the store. */
export function describeRecent(item: RecentItem): TickerLine {
  const at = new Date(item.at);
  const time = Number.isNaN(at.getTime()) ? '--:--' : `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  // Without a summary, say what happened rather than repeat the category already shown as the place.
  const fallback = FALLBACK_TEXT[item.type] ?? '';
  return {
    id: item.id,
    time,
    kind: KINDS[item.type] ?? '动态',
    place: [item.town, item.type === 'wish.fulfilled' ? undefined : item.category].filter(Boolean).join(' · '),
    text: item.summary ? maskPersonalNumbers(item.summary) : fallback,
  };
}
