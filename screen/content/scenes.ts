/**
 * What the three project scenes say, in both languages. The wall shows the
 * Chinese; the English is kept beside it so that a translated wall or the
 * kiosk can reuse the same words. Quotes are curly throughout, as in the
 * county's report. Figures are not written here: live ones come from the
 * counters, and the report's fixed ones are named as the report's.
 */
export interface Words {
  zh: string;
  en: string;
}

const w = (zh: string, en: string): Words => ({ zh, en });

/** A coverage that the report gives as complete: shown as a milestone reached, with what it means. */
export interface MilestoneText {
  label: Words;
  meaning: Words;
}

export const REGIONAL_TEXT = {
  mapTitle: w('区域党建 · 组织覆盖', 'Regional party building'),
  mapSubtitle: w('县—乡镇—村（社区）三级平台', 'County, town and community platforms'),
  mapNote: w('乡镇位置示意 · 圆点大小为诉求件数（示例）', 'Town positions schematic · dot size: appeals (demo)'),
  mapUnplaced: w('未标位置：', 'Not placed: '),
  rankingCaption: w('乡镇诉求排行（示例）', 'Appeals by town (demo)'),
  centerTitle: w('党群服务中心', 'Party and public service center'),
  centerSubtitle: w('白马国际商贸城 · 3000 多平方米 · 资源联享', 'Baima trade city · 3,000+ m² · shared resources'),
  sharedPoints: w('共享活动点', 'Shared activity points'),
  sharedPointsMore: w('等', 'and others'),
  centerAreasCaption: w('中心功能区', 'Inside the center'),
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
  linksTitle: w('组织联建', 'Joint organization'),
  linksSubtitle: w('共建 · 共创 · 共享 · 共赢', 'Build, create, share and win together'),
  achieved: w('全覆盖', 'Full coverage'),
  bigCommittee: {
    label: w('社区成立“大党委”', 'Communities with a joint Party committee'),
    meaning: w('城区社区全部成立“大党委”，辖区单位党组织共同参与', 'Every urban community has one, with local units on board'),
  },
  instructors: {
    label: w('“两新”组织党建指导员', 'Party-building instructors in new organizations'),
    meaning: w('每个“两新”组织都有党建工作指导员，党的工作全覆盖', 'Every new economic and social organization has one'),
  },
  towns: {
    label: w('乡镇链接智慧党建平台', 'Towns linked to the platform'),
    meaning: w('群众诉求从每个乡镇直达平台，全天候受理', 'Appeals reach the platform from every town, day and night'),
  },
  concurrentLabel: w('辖区单位党组织负责人任兼职委员', 'Unit leaders serving as committee members'),
  concurrentUnit: w('多个', '+'),
} as const;

export const SMART_TEXT = {
  appealsTitle: w('智慧党建 · 指尖服务', 'Smart party building · services at your fingertips'),
  appealsSubtitle: w('线上点单 · 线下服务 · 全天候受理', 'Asked online, served in person, day and night'),
  rankingCaption: w('乡镇诉求排行', 'Appeals by town'),
  categoryCaption: w('诉求分类', 'Appeals by category'),
  demoNote: w('注：分类、乡镇分项为示例数据', 'Note: breakdowns by category and town are demo figures'),
  trendTitle: w('办理趋势', 'Handling trend'),
  trendSubtitle: w('受理与办结累计', 'Handled and resolved, cumulative'),
  trendSince: w('自开屏以来 · 本屏 {time} 起记录', 'Recorded by this screen since {time}'),
  trendHandled: w('受理', 'Handled'),
  trendResolved: w('办结', 'Resolved'),
  trendDemo: w('示例', 'demo'),
  trendOutage: w('连接中断', 'Link down'),
  platformTitle: w('“1+8+N”智慧党建新平台', 'The “1+8+N” smart platform'),
  platformSubtitle: w('把党组织建在网上', 'Party organizations online'),
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
  tickerTitle: w('实时动态', 'Live'),
  tickerSubtitle: w('群众诉求 · 指尖心愿', 'Appeals and wishes'),
} as const;

export const BRAND_TEXT = {
  landTitle: w('项目先锋 · 重大项目征地', 'Project pioneers · land for the key projects'),
  landSubtitle: w('桂林北动车所 · 西货运中心站', 'Guilin North EMU depot · West freight center'),
  landMilestone: w('报道时：6 个多月完成征地 8000 余亩，一年基本完工', 'As reported: 8,000+ mu in just over 6 months, built in a year'),
  mapCaption: w('项目征地 · 立体县域（位置示意，征地分项为示例）', 'Land by project on the county in 3D (sites schematic, split is demo)'),
  landUnit: w('亩', 'mu'),
  projectsTitle: w('服务企业 · 招商引资', 'Serving companies · investment'),
  projectsSubtitle: w('粤桂黔高铁园区 · 项目服务队', 'High-speed-rail park · project service team'),
  projectsStory: w(
    '在重点项目指挥部建立临时党支部，把党旗插在项目建设一线；50 多名党员干部组成项目服务队服务企业。',
    'Temporary Party branches at the project headquarters; 50+ cadres serve the companies on site.',
  ),
  brandsTitle: w('党建品牌', 'Party-building brands'),
  brandsSubtitle: w('品牌引领 · 条块融合 · 集中发力', 'Brands lead, sectors join, efforts focus'),
} as const;

/** What each brand of the seed stands for, in the report's words; a brand an operator adds shows without a line. */
export const BRAND_STORIES: Readonly<Record<string, Words>> = {
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
