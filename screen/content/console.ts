/**
 * Every word the presenter console shows, in Chinese (what the console
 * speaks) and English (kept complete, so the console can switch language
 * like the kiosk). Functions fill in names and figures.
 */
import type { CommandAction, SceneId } from '../../common/control';

const mmss = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

export const CONSOLE_ZH = {
  title: '演示控制台',
  scenes: { overview: '总览', regional: '区域党建', smart: '智慧党建', brand: '品牌党建' } satisfies Record<SceneId, string>,
  actions: {
    goto: '切换场景',
    next: '下一屏',
    prev: '上一屏',
    hold: '保持当前画面',
    resume: '继续轮播',
    spotlight: '聚焦指标',
    unspotlight: '结束聚焦',
    freeze: '定格数据',
    unfreeze: '结束定格',
    release: '结束聚焦和定格',
    banner: '显示欢迎横幅',
    unbanner: '结束欢迎横幅',
    standby: '显示待机画面',
    unstandby: '结束待机',
    rejoin: '回到分组',
    reset: '全部复位',
  } satisfies Record<CommandAction, string>,
  headings: { target: '控制对象', scenes: '场景', playlist: '轮播', explain: '讲解', welcome: '欢迎与待机', audit: '操作记录' },
  target: {
    group: (group: string, walls: number) => `分组 ${group} · ${walls} 块`,
    screen: (screen: string) => `屏幕 ${screen}`,
    single: '单屏控制',
    singleNote: (count: number) => `${count} 块屏幕在单屏控制中，不跟随分组`,
    restoreAll: '全部恢复',
    willSingle: (screen: string) => `发给屏幕 ${screen} 的命令会让它脱离分组，进入单屏控制`,
  },
  whom: { group: (group: string) => `分组 ${group}`, screen: (screen: string) => `屏幕 ${screen}`, all: '全部屏幕' },
  preview: {
    now: '正在显示',
    next: (scene: string) => `下一个：${scene}`,
    left: (seconds: number) => `还剩 ${mmss(seconds)}`,
    held: '已保持，不轮播',
    standby: '待机画面中',
    unknown: '状态未知',
    nobody: '没有屏幕跟随这个分组',
  },
  explain: { pick: '选择指标…', pickLabel: '要聚焦的指标', pickFirst: '请先选择要聚焦的指标' },
  welcome: {
    placeholder: '热烈欢迎××代表团莅临指导',
    label: '欢迎横幅文字',
    recent: '最近用过',
    empty: '请先输入欢迎横幅的文字',
  },
  command: {
    goto: (scene: string) => `切换到「${scene}」`,
    spotlight: (metric: string) => `聚焦「${metric}」`,
    banner: (text: string) => `欢迎横幅「${text}」`,
    pair: (name: string, group: string) => `配对新屏幕 ${name} · 分组 ${group}`,
    /** `order`: the scenes' names, in order, joined with ` → `. */
    playlist: (order: string) => `播放列表改为：${order}`,
    unknown: '（无法识别的请求）',
  },
  result: {
    done: (what: string, screens: number, viewers: number) =>
      `${what} · ${screens} 块屏幕已执行${viewers > 0 ? `，另有 ${viewers} 个未配对页面跟随` : ''}`,
    screens: (n: number) => `${n} 块屏幕`,
    notDone: (why: string) => `未执行：${why}`,
    noScreens: (whom: string) => `${whom} 当前没有在线屏幕，命令未执行`,
    allSingle: (group: string) => `分组 ${group} 的屏幕都在单屏控制中，命令未执行；点“全部恢复”让它们回到分组`,
    offline: '与服务器的连接已断开，命令未执行',
    refused: { signedOut: '登录已过期，请重新登录', forbidden: '此账户不能控制大屏' },
    storage: '服务器暂时无法保存，命令未执行，请稍后再试',
    invalid: (detail: string) => `命令无效（${detail}）`,
    rejoinGroup: '“回到分组”只对单块屏幕有效',
  },
  connection: {
    lost: '与服务器的连接已断开，正在重连…',
    pollFailed: (detail: string) => `屏幕列表未能刷新：${detail}`,
  },
  screens: {
    heading: (n: number) => `在线屏幕 · ${n}`,
    headingUnknown: (n: number) => `屏幕 · ${n}（状态未知）`,
    empty: '没有已连接的屏幕。',
    wall: '大屏',
    kiosk: '触摸屏',
    group: (group: string) => `分组 ${group}`,
    unknown: '状态未知',
    flags: { held: '保持', spotlight: (metric: string) => `聚焦 ${metric}`, frozen: '定格', banner: '横幅', standby: '待机' },
  },
  audit: {
    empty: '还没有命令。',
    nobody: '身份不明',
    controlToken: '控制口令',
    outcomes: {
      unauthorized: '身份未通过验证',
      forbidden: '此账户无权控制大屏',
      throttled: '验证失败次数过多，已暂停受理',
      invalid: '命令无效',
      failed: '服务器无法保存',
      unreached: '目标没有在线屏幕',
    },
    similar: (n: number) => `（另有 ${n} 次相同尝试）`,
    unreached: (what: string, whom: string) => `${what} · ${whom} 没有在线屏幕`,
  },
};

/** The same shape with any words: what a translation must provide. */
export type Words<T> = {
  [K in keyof T]: T[K] extends string ? string : T[K] extends (...args: infer A) => string ? (...args: A) => string : Words<T[K]>;
};

export const CONSOLE_EN: Words<typeof CONSOLE_ZH> = {
  title: 'Presenter console',
  scenes: { overview: 'Overview', regional: 'Regional', smart: 'Smart', brand: 'Brand' },
  actions: {
    goto: 'Show scene',
    next: 'Next',
    prev: 'Previous',
    hold: 'Hold this scene',
    resume: 'Resume playlist',
    spotlight: 'Spotlight',
    unspotlight: 'End spotlight',
    freeze: 'Freeze figures',
    unfreeze: 'End freeze',
    release: 'End spotlight and freeze',
    banner: 'Show welcome banner',
    unbanner: 'End welcome banner',
    standby: 'Show standby screen',
    unstandby: 'End standby',
    rejoin: 'Back to group',
    reset: 'Reset all',
  },
  headings: { target: 'Command', scenes: 'Scenes', playlist: 'Playlist', explain: 'Explain', welcome: 'Welcome and standby', audit: 'Log' },
  target: {
    group: (group, walls) => `Group ${group} · ${walls}`,
    screen: (screen) => `Screen ${screen}`,
    single: 'Single screen',
    singleNote: (count) => `${count} screen(s) under single-screen control, not following their group`,
    restoreAll: 'Restore all',
    willSingle: (screen) => `A command to screen ${screen} takes it out of its group, into single-screen control`,
  },
  whom: { group: (group) => `group ${group}`, screen: (screen) => `screen ${screen}`, all: 'all screens' },
  preview: {
    now: 'Showing',
    next: (scene) => `Next: ${scene}`,
    left: (seconds) => `${mmss(seconds)} left`,
    held: 'Held, not advancing',
    standby: 'On standby',
    unknown: 'State unknown',
    nobody: 'No screen follows this group',
  },
  explain: { pick: 'Pick a figure…', pickLabel: 'Figure to spotlight', pickFirst: 'Pick a figure to spotlight first' },
  welcome: {
    placeholder: 'A warm welcome to the visiting delegation',
    label: 'Welcome banner text',
    recent: 'Recently used',
    empty: 'Type the welcome line first',
  },
  command: {
    goto: (scene) => `Show “${scene}”`,
    spotlight: (metric) => `Spotlight “${metric}”`,
    banner: (text) => `Welcome banner “${text}”`,
    pair: (name, group) => `Paired ${name} · group ${group}`,
    playlist: (order) => `Playlist set to: ${order}`,
    unknown: '(unrecognised request)',
  },
  result: {
    done: (what, screens, viewers) => `${what} · ${screens} screen(s) done${viewers > 0 ? `, ${viewers} unpaired page(s) following` : ''}`,
    screens: (n) => `${n} screen(s)`,
    notDone: (why) => `Not done: ${why}`,
    noScreens: (whom) => `${whom} has no screen connected: nothing was done`,
    allSingle: (group) => `Every screen of group ${group} is under single-screen control: nothing was done; tap “Restore all”`,
    offline: 'The connection to the server is lost: nothing was done',
    refused: { signedOut: 'your session has expired, please sign in again', forbidden: 'this account cannot drive the walls' },
    storage: 'The server cannot save right now: nothing was done, try again shortly',
    invalid: (detail) => `invalid command (${detail})`,
    rejoinGroup: '“Back to group” applies to one screen',
  },
  connection: {
    lost: 'The connection to the server is lost, reconnecting…',
    pollFailed: (detail) => `The screen list could not be refreshed: ${detail}`,
  },
  screens: {
    heading: (n) => `Screens online · ${n}`,
    headingUnknown: (n) => `Screens · ${n} (state unknown)`,
    empty: 'No screen connected.',
    wall: 'Wall',
    kiosk: 'Kiosk',
    group: (group) => `group ${group}`,
    unknown: 'State unknown',
    flags: { held: 'Held', spotlight: (metric) => `Spotlight ${metric}`, frozen: 'Frozen', banner: 'Banner', standby: 'Standby' },
  },
  audit: {
    empty: 'No command yet.',
    nobody: 'unidentified',
    controlToken: 'control token',
    outcomes: {
      unauthorized: 'not signed in, or a wrong token',
      forbidden: 'this account may not drive the walls',
      throttled: 'too many failed attempts, paused',
      invalid: 'invalid command',
      failed: 'the server could not save',
      unreached: 'no screen of the target connected',
    },
    similar: (n) => ` (${n} more like it)`,
    unreached: (what, whom) => `${what} · ${whom} had no screen connected`,
  },
};

/** The console's language. */
export const CONSOLE_TEXT = CONSOLE_ZH;
