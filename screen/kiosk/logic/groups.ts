import type { Label, MetricGroup, MetricId } from '../../../common/metrics';

/** One of the four groups a visitor can open, as the kiosk presents it. */
export interface KioskGroupSpec {
  id: MetricGroup;
  title: Label;
  /** The figures its tile and the attract loop show, most important first. */
  headline: readonly MetricId[];
  /** The figure whose live changes the drill-in view plots. */
  trend: MetricId;
  /** A glyph for the tile: plain text, no icon font to load. */
  glyph: string;
}

/** The mission's four live groups, in the order of the wall's overview. */
export const KIOSK_GROUPS: readonly KioskGroupSpec[] = [
  {
    id: 'appeals',
    title: { zh: '群众诉求', en: 'Citizen appeals' },
    headline: ['appeals.handled', 'wishes.fulfilled', 'platform.participants'],
    trend: 'appeals.handled',
    glyph: '诉',
  },
  {
    id: 'volunteers',
    title: { zh: '志愿服务', en: 'Volunteer service' },
    headline: ['volunteers.mobilized', 'volunteers.posts'],
    trend: 'volunteers.mobilized',
    glyph: '志',
  },
  {
    id: 'land',
    title: { zh: '项目征地', en: 'Land acquisition' },
    headline: ['land.acquiredMu', 'land.demolishedM2', 'projects.investmentYuan'],
    trend: 'land.acquiredMu',
    glyph: '地',
  },
  {
    id: 'orgs',
    title: { zh: '组织覆盖', en: 'Organization coverage' },
    headline: ['orgs.active', 'members.active', 'communities.bigCommittee'],
    trend: 'members.active',
    glyph: '组',
  },
];

/** The group spec for an id; the four groups are fixed by the contract, so this always finds one. */
export function groupSpec(id: MetricGroup): KioskGroupSpec {
  return KIOSK_GROUPS.find((group) => group.id === id) ?? KIOSK_GROUPS[0]!;
}
