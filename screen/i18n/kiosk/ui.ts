import type { Section } from './entry';

/** The kiosk's fixed words: buttons, headings, captions and notes. */
export const UI = {
  hallTitle: { zh: '灵川县智慧党建展示馆', en: 'Lingchuan Smart Party-Building Exhibition Hall' },
  touchToExplore: { zh: '触摸屏幕 探索更多', en: 'Touch to explore' },
  tapTile: { zh: '点击任一板块，查看详细数据', en: 'Tap a panel to see its details' },
  back: { zh: '返回', en: 'Back' },
  close: { zh: '关闭', en: 'Close' },
  langLabel: { zh: '语言', en: 'Language' },
  // Each language is offered under its own name, so a visitor finds theirs whatever is on screen.
  langZh: { zh: '中文', en: '中文', proper: true },
  langEn: { zh: 'English', en: 'English' },
  demoTag: { zh: '示例', en: 'Demo' },
  // The whole kiosk shows the demo store: said on every view, and never while it shows the live figures.
  demoMode: { zh: '演示数据', en: 'Demo data' },
  demoNote: { zh: '标“示例”的数字及各项分布为示意数据', en: 'Figures marked "Demo" and all breakdowns are illustrative' },
  live: { zh: '实时', en: 'Live' },
  connecting: { zh: '正在连接数据服务…', en: 'Connecting to the data service…' },
  reconnecting: {
    zh: '暂时连接不上数据服务，正在自动重连。显示的是 {age}的数据。',
    en: 'The data service cannot be reached right now; reconnecting by itself. Showing data from {age}.',
  },
  justNow: { zh: '刚刚', en: 'just now' },
  secondsAgo: { zh: '{n} 秒前', en: '{n} s ago' },
  minutesAgo: { zh: '{n} 分钟前', en: '{n} min ago' },
  hoursAgo: { zh: '{n} 小时前', en: '{n} h ago' },
  trendTitle: { zh: '本机开启以来的变化', en: 'Since this kiosk opened' },
  trendSince: { zh: '自 {time} 起，共 {n} 次实时更新', en: '{n} update since {time} | {n} updates since {time}' },
  trendWaiting: {
    zh: '自 {time} 起尚无变化；有新数据时，这里会画出走势。',
    en: 'No change since {time}; the trend is drawn as new figures arrive.',
  },
  trendHonest: {
    zh: '仅记录本触摸屏开启后收到的实时数据，不含更早的历史。',
    en: 'Only live updates received since this kiosk was switched on; no earlier history.',
  },
  recentTitle: { zh: '最新群众诉求', en: 'Latest citizen appeals' },
  recentEmpty: { zh: '等待新的群众诉求…', en: 'Waiting for new appeals…' },
  byTown: { zh: '各乡镇诉求排行', en: 'Appeals by town' },
  byTownHint: { zh: '点击乡镇，查看该乡镇详情', en: 'Tap a town to open it' },
  byCategory: { zh: '诉求分类', en: 'Appeals by category' },
  byLandProject: { zh: '各重点项目征地', en: 'Land acquired by key project' },
  coverage: { zh: '覆盖情况', en: 'Coverage' },
  linkedTowns: { zh: '链接的乡镇', en: 'Towns linked' },
  namedProjects: { zh: '成功引进的项目', en: 'Projects introduced' },
  companyHint: { zh: '点击项目名称，查看简介', en: 'Tap a name for a short card' },
  moreProjects: { zh: '等共 {n} 个项目（报道点名 {named} 个）', en: '{n} projects in all; the report names {named}' },
  wishKind: { zh: '心愿', en: 'Wish' },
  handledKind: { zh: '受理', en: 'Handled' },
  resolvedKind: { zh: '办结', en: 'Resolved' },
  wishText: { zh: '实现一个“指尖心愿”', en: 'A "fingertip wish" fulfilled' },
  appealText: { zh: '{category}方面的诉求', en: '{category} appeal' },
  appealPlain: { zh: '群众诉求', en: 'Citizen appeal' },
  oops: { zh: '这里出了点问题，请点“返回”再试一次。', en: 'Something went wrong here. Tap "Back" and try again.' },
  idleTitle: { zh: '还在浏览吗？', en: 'Still there?' },
  idleCountdown: { zh: '{n} 秒后回到首页', en: 'Returning to the start in {n} s' },
  idleStay: { zh: '继续浏览', en: 'Keep browsing' },
  fromReport: { zh: '报道原文', en: 'From the report' },
  notInReport: { zh: '报道未载', en: 'Not in the report' },
} as const satisfies Section;

/** A key of the kiosk's fixed words. */
export type UiKey = keyof typeof UI;
