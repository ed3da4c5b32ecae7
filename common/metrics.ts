/**
 * The wall's metrics: stable ids, labels, units and plausible ranges. Baseline
 * figures are not here: they live in `assets/baseline.json`, which operators
 * may edit.
 */

export const METRIC_IDS = [
  'appeals.handled',
  'appeals.resolved',
  'wishes.fulfilled',
  'platform.participants',
  'volunteers.mobilized',
  'volunteers.posts',
  'land.acquiredMu',
  'land.demolishedM2',
  'projects.introduced',
  'projects.investmentYuan',
  'projects.serviceCadres',
  'orgs.active',
  'members.active',
  'communities.bigCommittee',
  'units.concurrent',
  'twoNew.instructorCoverage',
  'points.shared',
  'network.towns',
  'network.departments',
] as const;

export type MetricId = (typeof METRIC_IDS)[number];

/** The four live groups of the mission, one panel each on the overview. */
export type MetricGroup = 'appeals' | 'volunteers' | 'land' | 'orgs';

export interface Label {
  zh: string;
  en: string;
}

export interface MetricDefinition {
  id: MetricId;
  group: MetricGroup;
  label: Label;
  unit: Label;
  /** `seed` figures come from the county's report; `demo` ones are illustrative. */
  source: 'seed' | 'demo';
  /** For "n of N" figures (10 of 10 communities), the whole. */
  of?: number;
  /** The least plausible value: every figure counts something, so 0. */
  min: number;
  /** The largest plausible value (see `PLAUSIBLE_MAX`); a correction beyond it is refused. */
  max: number;
}

/**
 * The largest value each figure can plausibly reach in the hall's lifetime.
 * Each is the seed figure (PRODUCT.md) with two to three orders of magnitude
 * of headroom, rounded to a power of ten, or a natural ceiling where there is
 * one (100 %, the towns of one county). They exist to refuse the absurd (a
 * correction to 1e13 overflows every panel it is shown in), not to police
 * real figures, which stay far below them; they also bound what one event
 * may add (`common/events.ts`).
 */
const PLAUSIBLE_MAX: Readonly<Record<MetricId, number>> = {
  // Counted one per event; the seed's 4,600 appeals, 2,500 wishes and 3,700 participants with 2,000 times headroom.
  'appeals.handled': 10_000_000,
  'appeals.resolved': 10_000_000,
  'wishes.fulfilled': 10_000_000,
  'platform.participants': 10_000_000,
  // 3,446 volunteers in the seed; 20 mobilizations for each of the county's 50,000+ party members.
  'volunteers.mobilized': 1_000_000,
  // 300+ posts and zones in the seed.
  'volunteers.posts': 100_000,
  // 8,000 mu in six months in the seed; 1,000,000 mu is about 667 km², a large share of a whole county.
  'land.acquiredMu': 1_000_000,
  // 200,000 m² in the seed; 100 km² is over three times the county town's 28 km² built-up area.
  'land.demolishedM2': 100_000_000,
  // 8 projects in the seed.
  'projects.introduced': 10_000,
  // 20 亿元 in the seed; 1e12 yuan is 1 万亿元, 500 times it.
  'projects.investmentYuan': 1_000_000_000_000,
  // 50+ cadres in the seed; twice the county's 50,000+ party members.
  'projects.serviceCadres': 100_000,
  // 535 organizations in the seed.
  'orgs.active': 100_000,
  // 50,000+ in the seed, and each activity adds its members again: 200 times the seed.
  'members.active': 10_000_000,
  // 10 of 10 communities in the seed; a county has at most hundreds.
  'communities.bigCommittee': 1_000,
  // 90+ units in the seed.
  'units.concurrent': 10_000,
  // A percentage.
  'twoNew.instructorCoverage': 100,
  // 10 points in the seed.
  'points.shared': 10_000,
  // 12 of the county's 12 towns in the seed; a county's towns number in tens.
  'network.towns': 100,
  // 58 county departments in the seed.
  'network.departments': 1_000,
};

const m = (
  id: MetricId,
  group: MetricGroup,
  zh: string,
  en: string,
  unitZh: string,
  unitEn: string,
  extra: Partial<Pick<MetricDefinition, 'source' | 'of'>> = {},
): MetricDefinition => ({
  id,
  group,
  label: { zh, en },
  unit: { zh: unitZh, en: unitEn },
  source: extra.source ?? 'seed',
  ...(extra.of === undefined ? {} : { of: extra.of }),
  min: 0,
  max: PLAUSIBLE_MAX[id],
});

export const METRICS: readonly MetricDefinition[] = [
  m('appeals.handled', 'appeals', '受理群众诉求', 'Appeals handled', '件', 'cases'),
  m('appeals.resolved', 'appeals', '办结群众诉求', 'Appeals resolved', '件', 'cases', { source: 'demo' }),
  m('wishes.fulfilled', 'appeals', '实现"指尖心愿"', 'Fingertip wishes fulfilled', '个', 'wishes'),
  m('platform.participants', 'appeals', '参与人数', 'Participants', '人', 'people'),
  m('volunteers.mobilized', 'volunteers', '发动党员志愿者', 'Party-member volunteers', '人', 'people'),
  m('volunteers.posts', 'volunteers', '党员先锋岗、责任区', 'Pioneer posts & zones', '个', 'posts'),
  m('land.acquiredMu', 'land', '完成征地', 'Land acquired', '亩', 'mu'),
  m('land.demolishedM2', 'land', '完成各类拆迁', 'Demolition completed', '平方米', 'm²'),
  m('projects.introduced', 'land', '成功引进项目', 'Projects introduced', '个', 'projects'),
  m('projects.investmentYuan', 'land', '总投资', 'Total investment', '元', 'yuan'),
  m('projects.serviceCadres', 'land', '项目服务队党员干部', 'Cadres in service teams', '人', 'people'),
  m('orgs.active', 'orgs', '开展活动的党组织', 'Active party organizations', '个', 'orgs'),
  m('members.active', 'orgs', '到站点活动党员', 'Active party members', '人', 'people'),
  m('communities.bigCommittee', 'orgs', '成立"大党委"的社区', 'Communities with a joint Party committee', '个', 'communities', { of: 10 }),
  m('units.concurrent', 'orgs', '兼职委员单位', 'Concurrent member units', '个', 'units'),
  m('twoNew.instructorCoverage', 'orgs', '"两新"组织党建指导员覆盖', '"Two new" instructor coverage', '%', '%', { of: 100 }),
  m('points.shared', 'orgs', '共享活动点', 'Shared activity points', '个', 'points'),
  m('network.towns', 'orgs', '链接乡镇', 'Towns linked', '个', 'towns'),
  m('network.departments', 'orgs', '链接县直部门', 'County departments linked', '个', 'departments'),
];

export const METRIC_BY_ID = Object.fromEntries(METRICS.map((def) => [def.id, def])) as Readonly<Record<MetricId, MetricDefinition>>;

export function isMetricId(value: unknown): value is MetricId {
  return typeof value === 'string' && (METRIC_IDS as readonly string[]).includes(value);
}

export type MetricValues = Record<MetricId, number>;
