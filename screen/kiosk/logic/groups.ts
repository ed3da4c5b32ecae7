import type { MetricGroup, MetricId } from '../../../common/metrics';

/** One of the four groups a visitor can open, as the kiosk presents it (its title is in the message catalog). */
export interface KioskGroupSpec {
  id: MetricGroup;
  /** The figures its tile and the attract loop show, most important first. */
  headline: readonly MetricId[];
  /** The figure whose live changes the drill-in view plots. */
  trend: MetricId;
}

/** The mission's four live groups, in the order of the wall's overview. */
export const KIOSK_GROUPS: readonly KioskGroupSpec[] = [
  { id: 'appeals', headline: ['appeals.handled', 'wishes.fulfilled', 'platform.participants'], trend: 'appeals.handled' },
  { id: 'volunteers', headline: ['volunteers.mobilized', 'volunteers.posts'], trend: 'volunteers.mobilized' },
  { id: 'land', headline: ['land.acquiredMu', 'land.demolishedM2', 'projects.investmentYuan'], trend: 'land.acquiredMu' },
  { id: 'orgs', headline: ['orgs.active', 'members.active', 'communities.bigCommittee'], trend: 'members.active' },
];

/** The group spec for an id; the four groups are fixed by the contract, so this always finds one. */
export function groupSpec(id: MetricGroup): KioskGroupSpec {
  return KIOSK_GROUPS.find((group) => group.id === id) ?? KIOSK_GROUPS[0]!;
}
