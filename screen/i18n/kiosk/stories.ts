import type { Section } from './entry';

/**
 * What the county's report tells about each group beyond its figures,
 * retold for a visitor. Only what the report says; figures in these
 * sentences are the report's, dated by it, not the live counters.
 */
export const STORIES = {
  pandemicTitle: { zh: '疫情防控中的党员', en: 'Party members against the epidemic' },
  pandemicText: {
    zh: '新冠肺炎疫情期间，县直各党组织的党员成为疫情防控的主力军：设立党员先锋岗、党员责任区 300 多个，发动党员志愿者 3446 人，铸起阻击疫情的铜墙铁壁。',
    en: 'During the COVID-19 epidemic, party members of the county organs were the mainstay of prevention and control: they set up 300+ pioneer posts and responsibility zones and mobilized 3,446 volunteers, a wall of bronze and iron against the virus.',
  },
  frontLineTitle: { zh: '防控一线的服务', en: 'On the epidemic front line' },
  platformTitle: { zh: '线上点单 · 线下服务', en: 'Asked online, served in person' },
  postTitle: { zh: '党员先锋岗', en: 'Pioneer posts' },
  postText: { zh: '党员在防控一线挂牌上岗', en: 'Party members on named duty at the front line' },
  zoneTitle: { zh: '党员责任区', en: 'Responsibility zones' },
  zoneText: { zh: '每片区域由党员包干负责', en: "Each area in a party member's charge" },
  onlineTitle: { zh: '群众“线上”点单', en: 'Citizens ask online' },
  onlineText: { zh: '在智慧党建平台提出诉求与心愿', en: 'Appeals and wishes posted on the smart platform' },
  offlineTitle: { zh: '干部“线下”服务', en: 'Cadres serve in person' },
  offlineText: { zh: '党员干部上门办理、帮助实现', en: 'Party cadres handle them on the spot' },
  pointsTitle: { zh: '积分管理', en: 'Points for service' },
  pointsText: { zh: '机关党员的服务通过微信平台量化积分', en: "Members' service scored through a WeChat platform" },
  landTitle: { zh: '项目一线的党员', en: 'Party members on the project front line' },
  landText: {
    zh: '在推进桂林北动车所、西货运中心站过程中，重点项目指挥部建立临时党支部，党员干部带头奋战一线：据报道，6 个多月完成征地 8000 余亩、各类拆迁 20 余万平方米，仅用一年，总投资超 20 亿元的项目基本完工。',
    en: 'For the Guilin North EMU Depot and the West Freight Center, the project headquarters set up temporary party branches and cadres led on site: by the report, 8,000+ mu acquired in just over 6 months, 200,000+ m² cleared, and the 2-billion-yuan projects largely finished within a year.',
  },
  landBrand: { zh: '党建品牌', en: 'Party-building brand' },
  orgsTitle: { zh: '党群服务中心', en: 'The Party and Public Service Center' },
  orgsText: {
    zh: '在白马国际商贸城建成 3000 多平方米的党群服务中心，辐射高铁经济园、商贸物流园；城区 10 个社区全部成立“大党委”，吸纳 90 多个单位党组织负责人担任兼职委员。',
    en: 'A 3,000+ m² center at Baima International Trade City serves the high-speed rail economic park and the trade and logistics park; all 10 urban communities set up joint party committees, with leaders of 90+ units as part-time members.',
  },
  pointsSharedTitle: { zh: '共享活动点（部分）', en: 'Shared activity points (some)' },
  brandsTitle: { zh: '党建品牌', en: 'Party-building brands' },
  companyWhat: {
    zh: '灵川县主动融入粤桂黔高铁园区发展规划，50 多名党员干部组成项目服务队服务企业，成功引进的 8 个项目之一。',
    en: 'One of the 8 projects the county brought in while joining the Guangdong–Guangxi–Guizhou high-speed rail park plan, with 50+ cadres serving firms in project service teams.',
  },
  companyTrade: { zh: '业务', en: 'Line of business' },
  companySilent: {
    zh: '报道未提及它的投资额、选址和投产时间。',
    en: 'The report does not give its investment, site or start of operation.',
  },
  townAppeals: { zh: '受理群众诉求', en: 'Appeals handled' },
  townShare: { zh: '占全县', en: 'Share of the county' },
  townRank: { zh: '全县排名', en: 'Rank in the county' },
  townRankValue: { zh: '第 {rank} / {of}', en: '{rank} of {of}' },
  townLinked: {
    zh: '已链接智慧党建平台，可在线提出诉求与心愿。',
    en: 'Linked to the smart party-building platform: its people post appeals and wishes online.',
  },
  townRecent: { zh: '本乡镇最新诉求', en: 'Latest appeals from this town' },
  townRecentEmpty: {
    zh: '本触摸屏开启以来暂未收到本乡镇的诉求，有新诉求时会显示在这里。',
    en: 'No appeals from this town since this kiosk opened; new ones appear here.',
  },
  townWishes: { zh: '本乡镇最新心愿', en: 'Latest wishes from this town' },
  townWishesEmpty: { zh: '本触摸屏开启以来暂未收到本乡镇的心愿。', en: 'No wishes from this town since this kiosk opened.' },
  townSource: {
    zh: '乡镇分布为示意数据；诉求与心愿来自实时数据。',
    en: 'The split by town is illustrative; appeals and wishes come from the live feed.',
  },
} as const satisfies Section;

/** A key of the stories section. */
export type StoryKey = keyof typeof STORIES;
