/**
 * The seed's words: the first version of the wall's content, in the county
 * report's terms. Quotes are curly throughout, as in the report. Figures are
 * not written here: live ones come from the counters. `{name}` placeholders
 * are filled by the wall and must stay in an edited text.
 */
import type { Catalog } from './catalog';
import type { FieldKind, WallContent, Words } from './wallContent';

/**
 * An editable text: what kind it is, the seed's words, and (`max`) its own
 * wall width in Chinese where its panel has less room than its kind allows:
 * a panel's title and subtitle share one line, measured on the narrowest
 * wall (16:9) where `tests/browser/wallContentFit.test.ts` checks them.
 */
export interface TextField {
  kind: FieldKind;
  seed: Words;
  max?: number;
}

const f = (kind: FieldKind, zh: string, en: string, max?: number): TextField => ({ kind, seed: { zh, en }, ...(max ? { max } : {}) });
const w = (zh: string, en: string): Words => ({ zh, en });

export const WALL_TEXT_FIELDS = {
  overview: {
    appealsTitle: f('title', '群众诉求', 'Appeals', 8),
    appealsSubtitle: f('subtitle', '智慧党建 · 线上点单 线下服务', 'Smart party building · asked online, served in person', 19),
    volunteersTitle: f('title', '志愿服务', 'Volunteers', 5),
    volunteersSubtitle: f('subtitle', '党员先锋 · 冲锋在前', 'Party members in the lead', 13),
    landTitle: f('title', '项目征地', 'Land for the key projects', 5),
    landSubtitle: f('subtitle', '项目先锋 · 服务重大项目', 'Project pioneers · serving the key projects', 13),
    orgsTitle: f('title', '组织覆盖', 'Organization coverage', 5),
    orgsSubtitle: f('subtitle', '区域党建 · 共建共享', 'Regional party building · built and shared together', 13),
    categoryCaption: f('caption', '诉求分类', 'Appeals by category', 18),
    rankingCaption: f('caption', '{count} 个乡镇诉求排行', 'Appeals in {count} towns', 18),
    demoNote: f('caption', '注：分类、乡镇分项为示意数据', 'Note: breakdowns by category and town are demo figures'),
    tickerTitle: f('caption', '最新诉求动态', 'Latest appeals'),
    tickerEmpty: f('caption', '等待新的群众诉求…', 'Waiting for new appeals…'),
    landProgressCaption: f('caption', '分项目征地进度（示例）', 'Land by project (demo split)', 18),
    landMilestone: f('caption', '报道时：6 个多月完成征地 8000 余亩', 'As reported: 8,000+ mu in just over 6 months', 18),
    projectsCaption: f('caption', '引进项目', 'Projects brought in'),
    serviceTeam: f('label', '项目服务队', 'Project service team'),
    volunteersStory: f(
      'story',
      '疫情防控中，县直各党组织党员成为主力军，设立党员先锋岗、党员责任区，铸造起阻击疫情的铜墙铁壁。',
      'In the pandemic, Party members of the county’s organs led the response, staffing pioneer posts and responsibility zones.',
      50,
    ),
    brandsCaption: f('caption', '党建品牌', 'Party-building brands', 20),
    bigCommittee: f('caption', '社区成立“大党委”', 'Communities with a joint committee', 10),
    instructors: f('caption', '“两新”党建指导员', 'Instructors in new organizations', 10),
    towns: f('caption', '链接乡镇', 'Towns linked', 10),
    achieved: f('label', '全覆盖', 'Full coverage'),
  },
  regional: {
    mapTitle: f('title', '区域党建 · 组织覆盖', 'Regional party building', 12),
    mapSubtitle: f('subtitle', '县—乡镇—村（社区）三级平台', 'County, town and community platforms', 15),
    mapNote: f('caption', '乡镇位置示意 · 圆点大小为诉求件数（示例）', 'Town positions schematic · dot size: appeals (demo)'),
    mapUnplaced: f('label', '未标位置：', 'Not placed: '),
    rankingCaption: f('caption', '乡镇诉求排行（示例）', 'Appeals by town (demo)'),
    centerTitle: f('title', '党群服务中心', 'Party and public service center', 12),
    centerSubtitle: f('subtitle', '白马国际商贸城 · 3000 多平方米 · 资源联享', 'Baima trade city · 3,000+ m² · shared resources', 24),
    sharedPoints: f('label', '共享活动点', 'Shared activity points'),
    sharedPointsMore: f('label', '等', 'and others'),
    centerAreasCaption: f('caption', '中心功能区', 'Inside the center'),
    linksTitle: f('title', '组织联建', 'Joint organization', 12),
    linksSubtitle: f('subtitle', '共建 · 共创 · 共享 · 共赢', 'Build, create, share and win together', 24),
    achieved: f('label', '全覆盖', 'Full coverage'),
    bigCommitteeLabel: f('caption', '社区成立“大党委”', 'Communities with a joint Party committee', 12),
    bigCommitteeMeaning: f(
      'blurb',
      '城区社区全部成立“大党委”，辖区单位党组织共同参与',
      'Every urban community has one, with local units on board',
    ),
    instructorsLabel: f('caption', '“两新”组织党建指导员', 'Party-building instructors in new organizations', 12),
    instructorsMeaning: f(
      'blurb',
      '每个“两新”组织都有党建工作指导员，党的工作全覆盖',
      'Every new economic and social organization has one',
    ),
    townsLabel: f('caption', '乡镇链接智慧党建平台', 'Towns linked to the platform', 12),
    townsMeaning: f('blurb', '群众诉求从每个乡镇直达平台，全天候受理', 'Appeals reach the platform from every town, day and night'),
    concurrentLabel: f('caption', '辖区单位党组织负责人任兼职委员', 'Unit leaders serving as committee members'),
    concurrentUnit: f('label', '多个', '+'),
  },
  smart: {
    appealsTitle: f('title', '智慧党建 · 指尖服务', 'Smart party building · services at your fingertips', 12),
    appealsSubtitle: f('subtitle', '线上点单 · 线下服务 · 全天候受理', 'Asked online, served in person, day and night', 23),
    rankingCaption: f('caption', '乡镇诉求排行', 'Appeals by town'),
    categoryCaption: f('caption', '诉求分类', 'Appeals by category'),
    demoNote: f('caption', '注：分类、乡镇分项为示例数据', 'Note: breakdowns by category and town are demo figures'),
    trendTitle: f('title', '办理趋势', 'Handling trend', 8),
    trendSubtitle: f('subtitle', '受理与办结累计', 'Handled and resolved, cumulative', 22),
    trendSince: f('caption', '自开屏以来 · 本屏 {time} 起记录', 'Recorded by this screen since {time}'),
    trendHandled: f('label', '受理', 'Handled', 4),
    trendResolved: f('label', '办结', 'Resolved', 4),
    trendDemo: f('label', '示例', 'demo', 2),
    trendOutage: f('label', '连接中断', 'Link down'),
    platformTitle: f('title', '“1+8+N”智慧党建新平台', 'The “1+8+N” smart platform', 12),
    platformSubtitle: f('subtitle', '把党组织建在网上', 'Party organizations online', 23),
    tickerTitle: f('title', '实时动态', 'Live', 8),
    tickerSubtitle: f('subtitle', '群众诉求 · 指尖心愿', 'Appeals and wishes', 22),
  },
  brand: {
    landTitle: f('title', '项目先锋 · 重大项目征地', 'Project pioneers · land for the key projects', 12),
    landSubtitle: f('subtitle', '桂林北动车所 · 西货运中心站', 'Guilin North EMU depot · West freight center', 22),
    landMilestone: f(
      'caption',
      '报道时：6 个多月完成征地 8000 余亩，一年基本完工',
      'As reported: 8,000+ mu in just over 6 months, built in a year',
    ),
    mapCaption: f(
      'caption',
      '项目征地 · 立体县域（位置示意，征地分项为示例）',
      'Land by project on the county in 3D (sites schematic, split is demo)',
    ),
    landUnit: f('label', '亩', 'mu'),
    projectsTitle: f('title', '服务企业 · 招商引资', 'Serving companies · investment', 10),
    projectsSubtitle: f('subtitle', '粤桂黔高铁园区 · 项目服务队', 'High-speed-rail park · project service team', 20),
    projectsStory: f(
      'story',
      '在重点项目指挥部建立临时党支部，把党旗插在项目建设一线；50 多名党员干部组成项目服务队服务企业。',
      'Temporary Party branches at the project headquarters; 50+ cadres serve the companies on site.',
    ),
    brandsTitle: f('title', '党建品牌', 'Party-building brands', 10),
    brandsSubtitle: f('subtitle', '品牌引领 · 条块融合 · 集中发力', 'Brands lead, sectors join, efforts focus', 20),
  },
} as const satisfies Record<string, Record<string, TextField>>;

/** The seed's words of every scene's panels. */
function seedTexts(): WallContent['texts'] {
  const scenes = Object.entries(WALL_TEXT_FIELDS).map(([scene, fields]) => [
    scene,
    Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, { ...field.seed }])),
  ]);
  return Object.fromEntries(scenes) as WallContent['texts'];
}

/** What each brand of the seed stands for, in the report's words; a brand the baseline adds starts without a line. */
const SEED_BRAND_STORIES: Readonly<Record<string, Words>> = {
  '钢铁堡垒·共创桂康': w(
    '广西桂康新材料党群活动中心：党员教育、人才服务、政务代办一体',
    'Guikang New Materials: one center for members, talent and services',
  ),
  '党建铸魂·金山逐梦': w('桂林金山新材料党支部：党建融入企业发展', 'Jinshan New Materials: party building inside the business'),
  '红色匠心·筑梦广陆': w('桂林广陆数字测控党支部：“两新”组织党建示范点', 'Guanglu Digital: a model branch for new organizations'),
  项目先锋: w('重点项目指挥部临时党支部，党旗插在项目建设一线', 'Temporary branches at the project headquarters'),
  县直机关党建共同体: w(
    '“五共同”机制：品牌共创、支部共建、服务共办、学习共组、资源共享',
    '“Five together”: brands, branches, services, study, resources',
  ),
};

/** The lists of the baseline the first version starts from. */
export type SeedLists = Pick<Catalog, 'brands' | 'projects' | 'communities'> & { towns: ReadonlyArray<{ name: string }> };

/** The first version: the seed's words, with the baseline's brands, projects, communities and towns in its order. */
export function seedWallContent(lists: SeedLists): WallContent {
  return {
    texts: seedTexts(),
    brands: lists.brands.map((name) => ({ name, story: { ...(SEED_BRAND_STORIES[name] ?? w('', '')) } })),
    projects: [...lists.projects],
    sharedPoints: [...lists.communities],
    platformParts: [
      {
        figure: '1',
        name: w('智慧党建新平台', 'Smart party-building platform'),
        detail: w(
          '诉求通道 · 指尖心愿 · 先锋在线；新增党组织星级化管理平台',
          'Appeals, wishes, pioneers online; star-rating of organizations',
        ),
      },
      {
        figure: '8',
        name: w('线上党建平台', 'Online platforms'),
        detail: w('“学习赋能”“我行我show”等\u00a08\u00a0个', '“Learning”, “My Show” and 6 more'),
      },
      {
        figure: 'N',
        name: w('新媒体阵地', 'New-media channels'),
        detail: w('“灵川党建e家”微信平台、抖音等', 'The “Lingchuan e-Home” WeChat account, Douyin and more'),
      },
    ],
    centerAreas: [
      w('主题教育馆', 'Theme education hall'),
      w('智慧党建展示馆', 'Smart party-building hall'),
      w('乡村振兴成果展示馆', 'Rural revitalization hall'),
      w('远教直播课堂', 'Distance-learning studio'),
      w('“智慧党建”工作总站', 'Smart party-building hub'),
      w('党代表工作室', 'Party deputies’ office'),
      w('人才港', 'Talent port'),
      w('园区党校', 'Park party school'),
      w('党建广场', 'Party-building square'),
    ],
    townOrder: lists.towns.map((town) => town.name),
  };
}
