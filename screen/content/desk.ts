/**
 * The words of the operator desk (/desk) around its sections, in Chinese
 * (what it speaks first) and English (its switch). The forms' own words
 * (fields, checks, refusals) are in deskForms.ts.
 */
import type { FigureSource } from '../../common/desk';
import type { Words } from './console';

export const DESK_ZH = {
  title: '数据工作台',
  language: 'English',
  sections: { today: '今日概况', record: '录入', import: '表格导入', correct: '更正', playlist: '播放列表', content: '大屏文字' },
  presenter: (name: string) => `账户 ${name} 是讲解员，数据工作台供操作员和管理员使用。请前往演示控制台。`,
  toConsole: '前往演示控制台 /console',
  loading: '正在载入…',
  never: '从未',
  today: {
    figures: '各项指标',
    columns: { name: '指标', value: '当前数值', change: '今日变化', source: '最近来源', changedAt: '最近变化' },
    unchanged: '未变化',
    baseline: '尚未变化',
    recent: '最新数据',
    recentColumns: { seq: '序号', at: '时间', type: '类型', sender: '发送者', source: '来源' },
    noRecent: '还没有收到数据。',
    screens: '大屏连接',
    screensSummary: (connected: number, unpaired: number) => `在线 ${connected} 块，其中未配对 ${unpaired} 块`,
    screenColumns: { screen: '屏幕', group: '分组', kind: '类型', lastSeen: '最近心跳' },
    kinds: { wall: '大屏', kiosk: '触摸屏' },
    noScreens: '没有已配对的屏幕在线。',
    ledger: '账本核验',
    neverVerified: '账本尚未核验过',
    verifiedOk: (when: string) => `核验通过（${when}）`,
    verifiedBad: (when: string, problem: string) => `核验未通过（${when}）：${problem}`,
    refreshedAt: (when: string) => `每隔几秒自动刷新 · 最近刷新 ${when}`,
  },
  sources: {
    seed: '报告基数',
    feed: '数据接口',
    desk: '手工录入',
    import: '表格导入',
    demo: '演示数据',
  } satisfies Record<FigureSource, string>,
  senders: {
    account: (name: string) => name,
    key: (name: string) => `接口「${name}」`,
  },
};

export type DeskWords = Words<typeof DESK_ZH>;

export const DESK_EN: DeskWords = {
  title: 'Data desk',
  language: '中文',
  sections: { today: 'Today', record: 'Record', import: 'Import', correct: 'Correct', playlist: 'Playlist', content: 'Wall texts' },
  presenter: (name) => `Account ${name} is a presenter: the data desk is for operators and administrators. Go to the presenter console.`,
  toConsole: 'Go to the presenter console /console',
  loading: 'Loading…',
  never: 'never',
  today: {
    figures: 'Figures',
    columns: { name: 'Figure', value: 'Current value', change: 'Today', source: 'Latest source', changedAt: 'Last changed' },
    unchanged: 'unchanged',
    baseline: 'not yet',
    recent: 'Latest entries',
    recentColumns: { seq: 'Seq', at: 'Time', type: 'Type', sender: 'Sender', source: 'Source' },
    noRecent: 'No entry received yet.',
    screens: 'Screens',
    screensSummary: (connected, unpaired) => `${connected} connected, of which ${unpaired} unpaired`,
    screenColumns: { screen: 'Screen', group: 'Group', kind: 'Kind', lastSeen: 'Last heartbeat' },
    kinds: { wall: 'wall', kiosk: 'kiosk' },
    noScreens: 'No paired screen is connected.',
    ledger: 'Ledger check',
    neverVerified: 'The ledger has not been verified yet',
    verifiedOk: (when) => `Verified (${when})`,
    verifiedBad: (when, problem) => `Verification failed (${when}): ${problem}`,
    refreshedAt: (when) => `Refreshed every few seconds · last at ${when}`,
  },
  sources: {
    seed: 'report baseline',
    feed: 'data feed',
    desk: 'desk entry',
    import: 'spreadsheet import',
    demo: 'demo data',
  },
  senders: {
    account: (name) => name,
    key: (name) => `feed “${name}”`,
  },
};
