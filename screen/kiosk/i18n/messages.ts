/**
 * Every fixed word the kiosk shows, in both of its languages. Metric labels,
 * units and place names are not here: they come from the catalog, which
 * operators may edit.
 */
export type Lang = 'zh' | 'en';

/** The kiosk's languages, in the order the switch offers them. */
export const LANGS: readonly Lang[] = ['zh', 'en'];

const zh = {
  hallTitle: '灵川县智慧党建展示馆',
  touchToExplore: '触摸屏幕 探索更多',
  tapTile: '点击任一板块，查看详细数据',
  back: '返回',
  home: '首页',
  switchTo: 'English',
  demoTag: '示例',
  demoNote: '标“示例”的数字及各项分布为示意数据',
  live: '实时',
  connecting: '正在连接数据服务…',
  reconnecting: '暂时连接不上数据服务，正在自动重连。显示的是 {age}的数据。',
  justNow: '刚刚',
  secondsAgo: '{n} 秒前',
  minutesAgo: '{n} 分钟前',
  hoursAgo: '{n} 小时前',
  trendTitle: '本机开启以来的变化',
  trendSince: '自 {time} 起，共 {n} 次实时更新',
  trendWaiting: '自 {time} 起尚无变化；有新数据时，这里会画出走势。',
  trendHonest: '仅记录本触摸屏开启后收到的实时数据，不含更早的历史。',
  noBreakdown: '这一组暂无按乡镇或项目的分项数据。',
  recentTitle: '最新群众诉求',
  recentEmpty: '等待新的群众诉求…',
  byTown: '各乡镇诉求排行',
  byCategory: '诉求分类',
  byLandProject: '各重点项目征地',
  coverage: '覆盖情况',
  linkedTowns: '链接的乡镇',
  namedProjects: '引进的项目（部分）',
  wishKind: '心愿',
  handledKind: '受理',
  resolvedKind: '办结',
  wishText: '实现一个“指尖心愿”',
  oops: '这里出了点问题，请点“返回”再试一次。',
};

type Messages = Record<keyof typeof zh, string>;

const en: Messages = {
  hallTitle: 'Lingchuan Smart Party-Building Exhibition Hall',
  touchToExplore: 'Touch to explore',
  tapTile: 'Tap a panel to see its details',
  back: 'Back',
  home: 'Home',
  switchTo: '中文',
  demoTag: 'Demo',
  demoNote: 'Figures marked "Demo" and all breakdowns are illustrative',
  live: 'Live',
  connecting: 'Connecting to the data service…',
  reconnecting: 'The data service cannot be reached right now; reconnecting by itself. Showing data from {age}.',
  justNow: 'just now',
  secondsAgo: '{n} s ago',
  minutesAgo: '{n} min ago',
  hoursAgo: '{n} h ago',
  trendTitle: 'Since this kiosk opened',
  trendSince: 'Live updates since {time}: {n}',
  trendWaiting: 'No change since {time}; the trend is drawn as new figures arrive.',
  trendHonest: 'Only live updates received since this kiosk was switched on; no earlier history.',
  noBreakdown: 'No breakdown by town or project is published for this group.',
  recentTitle: 'Latest citizen appeals',
  recentEmpty: 'Waiting for new appeals…',
  byTown: 'Appeals by town',
  byCategory: 'Appeals by category',
  byLandProject: 'Land acquired by key project',
  coverage: 'Coverage',
  linkedTowns: 'Towns linked',
  namedProjects: 'Projects introduced (some)',
  wishKind: 'Wish',
  handledKind: 'Handled',
  resolvedKind: 'Resolved',
  wishText: 'A "fingertip wish" fulfilled',
  oops: 'Something went wrong here. Tap "Back" and try again.',
};

/** A key of the kiosk's fixed words. */
export type MessageKey = keyof Messages;

/** The dictionaries, checked to have the same keys. */
export const MESSAGES: Readonly<Record<Lang, Messages>> = { zh, en };
