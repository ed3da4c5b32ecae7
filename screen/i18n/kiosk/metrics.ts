import type { MetricGroup, MetricId } from '../../../common/metrics';
import type { Entry } from './entry';

/** The four groups a visitor can open. */
export const GROUPS = {
  appeals: { zh: '群众诉求', en: 'Citizen appeals' },
  volunteers: { zh: '志愿服务', en: 'Volunteer service' },
  land: { zh: '项目征地', en: 'Land acquisition' },
  orgs: { zh: '组织覆盖', en: 'Organization coverage' },
} as const satisfies Record<MetricGroup, Entry>;

/** A metric id as a message key: vue-i18n reads dots as nesting. */
export const metricKey = (id: MetricId) => id.replace('.', '_') as MetricKey;
type MetricKey = { [K in MetricId]: K extends `${infer A}.${infer B}` ? `${A}_${B}` : never }[MetricId];

/** Each figure's name as the kiosk shows it: short enough to sit on one line above its counter. */
export const METRIC_LABELS = {
  appeals_handled: { zh: '受理群众诉求', en: 'Appeals handled' },
  appeals_resolved: { zh: '办结群众诉求', en: 'Appeals resolved' },
  wishes_fulfilled: { zh: '实现“指尖心愿”', en: 'Fingertip wishes fulfilled' },
  platform_participants: { zh: '参与人数', en: 'Participants' },
  volunteers_mobilized: { zh: '发动党员志愿者', en: 'Party-member volunteers' },
  volunteers_posts: { zh: '党员先锋岗、责任区', en: 'Pioneer posts and zones' },
  land_acquiredMu: { zh: '完成征地', en: 'Land acquired' },
  land_demolishedM2: { zh: '完成各类拆迁', en: 'Demolition completed' },
  projects_introduced: { zh: '成功引进项目', en: 'Projects introduced' },
  projects_investmentYuan: { zh: '总投资', en: 'Total investment' },
  projects_serviceCadres: { zh: '项目服务队党员干部', en: 'Cadres in service teams' },
  orgs_active: { zh: '开展活动的党组织', en: 'Active party organizations' },
  members_active: { zh: '到站点活动党员', en: 'Active party members' },
  communities_bigCommittee: { zh: '成立“大党委”的社区', en: 'Communities with a joint committee' },
  units_concurrent: { zh: '兼职委员单位', en: 'Units on the committees' },
  twoNew_instructorCoverage: { zh: '“两新”组织党建指导员覆盖', en: 'Private firms and NGOs with an instructor' },
  points_shared: { zh: '共享活动点', en: 'Shared activity points' },
  network_towns: { zh: '链接乡镇', en: 'Towns linked' },
  network_departments: { zh: '链接县直部门', en: 'County departments linked' },
} as const satisfies Record<MetricKey, Entry>;

/** The unit after each figure. Investment is shown in 亿元, which English says in billions. */
export const METRIC_UNITS = {
  appeals_handled: { zh: '件', en: 'cases' },
  appeals_resolved: { zh: '件', en: 'cases' },
  wishes_fulfilled: { zh: '个', en: 'wishes' },
  platform_participants: { zh: '人', en: 'people' },
  volunteers_mobilized: { zh: '人', en: 'people' },
  volunteers_posts: { zh: '个', en: 'posts' },
  land_acquiredMu: { zh: '亩', en: 'mu' },
  land_demolishedM2: { zh: '平方米', en: 'm²' },
  projects_introduced: { zh: '个', en: 'projects' },
  projects_investmentYuan: { zh: '亿元', en: 'billion yuan' },
  projects_serviceCadres: { zh: '人', en: 'people' },
  orgs_active: { zh: '个', en: 'organizations' },
  members_active: { zh: '人', en: 'people' },
  communities_bigCommittee: { zh: '个', en: 'communities' },
  units_concurrent: { zh: '个', en: 'units' },
  twoNew_instructorCoverage: { zh: '%', en: '%' },
  points_shared: { zh: '个', en: 'points' },
  network_towns: { zh: '个', en: 'towns' },
  network_departments: { zh: '个', en: 'departments' },
} as const satisfies Record<MetricKey, Entry>;

export type { MetricKey };
