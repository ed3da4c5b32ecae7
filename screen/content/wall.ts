/**
 * What the wall's shared chrome and overview say, in both languages; the
 * wall shows the Chinese. Quotes are curly, as in the county's report and
 * on the kiosk. Figures are not written here: they come from the counters.
 */
export interface Words {
  zh: string;
  en: string;
}

const w = (zh: string, en: string): Words => ({ zh, en });

/** Fills `{name}` placeholders; a placeholder without a value stays visible rather than vanishing. */
export function fillWords(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Shown on the wall's title bar while it shows the demo store, and never while it shows the live figures. */
export const DEMO_MARK = w('演示数据', 'DEMO');

export const LAYOUT_NOTICE = w(
  '布局 {layout} 与屏幕比例 {screen} 不符，文字已缩小',
  'Layout {layout} does not match the screen’s {screen}: text is smaller',
);

export const OVERVIEW_TEXT = {
  appealsTitle: w('群众诉求', 'Appeals'),
  appealsSubtitle: w('智慧党建 · 线上点单 线下服务', 'Smart party building · asked online, served in person'),
  volunteersTitle: w('志愿服务', 'Volunteers'),
  volunteersSubtitle: w('党员先锋 · 冲锋在前', 'Party members in the lead'),
  landTitle: w('项目征地', 'Land for the key projects'),
  landSubtitle: w('项目先锋 · 桂林北动车所 · 西货运中心站', 'Project pioneers · Guilin North EMU depot · West freight center'),
  orgsTitle: w('组织覆盖', 'Organization coverage'),
  orgsSubtitle: w('区域党建 · 共建共享', 'Regional party building · built and shared together'),
  categoryCaption: w('诉求分类', 'Appeals by category'),
  rankingCaption: w('{count} 个乡镇诉求排行', 'Appeals in {count} towns'),
  demoNote: w('注：分类、乡镇分项为示意数据', 'Note: breakdowns by category and town are demo figures'),
  tickerTitle: w('最新诉求动态', 'Latest appeals'),
  tickerEmpty: w('等待新的群众诉求…', 'Waiting for new appeals…'),
  landProgressCaption: w('分项目征地进度（示例）', 'Land by project (demo split)'),
  landMilestone: w('报道时：6 个多月完成征地 8000 余亩', 'As reported: 8,000+ mu in just over 6 months'),
  projectsCaption: w('引进项目', 'Projects brought in'),
  serviceTeam: w('项目服务队', 'Project service team'),
  volunteersStory: w(
    '疫情防控中，县直各党组织党员成为主力军，设立党员先锋岗、党员责任区，铸造起阻击疫情的铜墙铁壁。',
    'In the pandemic, Party members of the county’s organs led the response, staffing pioneer posts and responsibility zones.',
  ),
  brandsCaption: w('党建品牌', 'Party-building brands'),
  bigCommittee: w('城区社区成立“大党委”', 'Communities with a joint committee'),
  instructors: w('“两新”组织党建指导员', 'Instructors in new organizations'),
  towns: w('链接乡镇', 'Towns linked'),
  achieved: w('全覆盖', 'Full coverage'),
} as const;
