/**
 * Party organizations that hold activities at the service center: community,
 * enterprise, project and county-department branches. Drawn from the
 * catalog where it names them, so an operator's vocabulary is honoured.
 */
import type { Catalog } from '../common/catalog';
import { MAX_NAME_LENGTH } from '../common/events';

/** Enterprise branches the county's report names, beyond the catalog's projects. */
const ENTERPRISE_BRANCHES = ['桂康新材料党支部', '金山新材料党支部', '广陆数字测控党支部'] as const;

/** County departments linked to the platform (the report counts 58). */
// prettier-ignore
const DEPARTMENT_BRANCHES = [
  '县教育局机关党支部', '县民政局机关党支部', '县人社局机关党支部', '县住建局机关党支部',
  '县自然资源局机关党支部', '县卫健局机关党支部', '县市场监管局机关党支部', '县交通运输局机关党支部',
  '县文旅局机关党支部', '县公安局八里街派出所党支部', '县委组织部机关党支部', '县财政局机关党支部',
] as const;

/** Every organization name the mock may report, unique and within the contract's length limit. */
export function organizationNames(catalog: Pick<Catalog, 'communities' | 'projects' | 'landProjects'>): string[] {
  const names = [
    ...catalog.communities.map((c) => `${c}党支部`),
    ...ENTERPRISE_BRANCHES,
    ...catalog.projects.map((p) => `${p}党支部`),
    ...catalog.landProjects.map((p) => `${p.name}项目临时党支部`),
    ...DEPARTMENT_BRANCHES,
  ];
  return [...new Set(names)].filter((name) => name.length <= MAX_NAME_LENGTH);
}
