/**
 * The admin page's words for each line of the audit trail, in Chinese and
 * English: who did it (an account, a feed key, the server, the command line,
 * the control token) and what the server wrote down, retold in the reader's
 * language. Presenter commands are worded by the console's own content.
 */
import type { EventType } from '../../common/events';
import type { Words } from './console';

export const AUDIT_LINES_ZH = {
  actors: {
    server: '服务器',
    commandLine: (user: string) => `命令行（${user}）`,
    controlToken: '控制口令',
    feedKey: (name: string) => `数据接入密钥「${name}」`,
    nobody: '身份不明',
  },
  from: { local: '本机', manyAddresses: '多个地址', unknown: '未知地址' },
  session: { signedIn: (role: string) => `以${role}身份登录`, signedOut: '退出登录' },
  account: {
    added: (name: string, role: string) => `新增账户 ${name}（${role}）`,
    changed: (name: string, changes: string) => `修改账户 ${name}：${changes}`,
    role: (from: string, to: string) => `角色由${from}改为${to}`,
    disabled: '停用',
    enabled: '启用',
    newPassword: '设置新密码',
    separator: '，',
  },
  keys: {
    created: (name: string) => `创建数据接入密钥「${name}」`,
    revoked: (name: string) => `吊销数据接入密钥「${name}」`,
  },
  ledger: {
    verified: (events: string, seq: string, hash: string) => `核验账本：${events} 条数据，最新序号 ${seq}，链头哈希 ${hash}`,
    failed: (seq: string, problem: string) => `核验账本未通过：自第 ${seq} 条起，${problem}`,
  },
  corrected: (metric: string, value: string, reason: string) => `将「${metric}」更正为 ${value}，原因：${reason}`,
  content: {
    saved: (version: string, changed: string) => `保存大屏文字第 ${version} 版，修改了 ${changed}`,
    restored: (from: string, version: string, changed: string) => `将大屏文字第 ${from} 版恢复为第 ${version} 版，修改了 ${changed}`,
  },
  recorded: (count: string, types: string) => `录入 ${count} 条数据（${types}）`,
  typeSeparator: '、',
  eventTypes: {
    'appeal.handled': '受理诉求',
    'appeal.resolved': '办结诉求',
    'wish.fulfilled': '实现心愿',
    'participant.joined': '新增参与者',
    'volunteer.mobilized': '发动志愿者',
    'post.established': '设立先锋岗',
    'land.acquired': '完成征地',
    'land.demolished': '完成拆迁',
    'project.introduced': '引进项目',
    'org.activity': '组织活动',
    'metric.corrected': '更正指标',
    'import.undone': '撤销导入',
  } satisfies Record<EventType, string>,
  refusal: {
    tried: (action: string, request: string) => `${action}（${request}）`,
    request: (request: string) => `请求 ${request}`,
    similar: (n: string) => `，一分钟内另有 ${n} 次相同请求`,
    /** By `METHOD /api/route` first, then by route alone. */
    routes: {
      'POST /api/session': '登录',
      'DELETE /api/session': '退出登录',
      '/api/session': '查看登录状态',
      '/api/accounts': '管理账户',
      '/api/keys': '管理数据接入密钥',
      '/api/audit': '查看审计记录',
      'POST /api/ledger': '核验账本',
      '/api/ledger': '查看账本',
      'POST /api/events': '提交数据',
      'POST /api/control': '控制大屏',
      '/api/control': '查看控制记录',
      'POST /api/screens': '配对屏幕',
      '/api/screens': '查看屏幕列表',
    } as Record<string, string>,
  },
  csvNote: 'CSV 是服务器记录的原文（英文），作为存档凭据导出，不随页面语言翻译',
};

export type AuditLinesWords = Words<typeof AUDIT_LINES_ZH>;

export const AUDIT_LINES_EN: AuditLinesWords = {
  actors: {
    server: 'the server',
    commandLine: (user) => `command line (${user})`,
    controlToken: 'control token',
    feedKey: (name) => `feed key “${name}”`,
    nobody: 'unidentified',
  },
  from: { local: 'this machine', manyAddresses: 'many addresses', unknown: 'unknown address' },
  session: { signedIn: (role) => `Signed in as ${role}`, signedOut: 'Signed out' },
  account: {
    added: (name, role) => `Added account ${name} (${role})`,
    changed: (name, changes) => `Changed account ${name}: ${changes}`,
    role: (from, to) => `role ${from} → ${to}`,
    disabled: 'disabled',
    enabled: 'enabled',
    newPassword: 'new password',
    separator: ', ',
  },
  keys: {
    created: (name) => `Created feed key “${name}”`,
    revoked: (name) => `Revoked feed key “${name}”`,
  },
  ledger: {
    verified: (events, seq, hash) => `Verified the ledger: ${events} event(s), head seq ${seq}, head hash ${hash}`,
    failed: (seq, problem) => `Ledger verification failed from seq ${seq}: ${problem}`,
  },
  corrected: (metric, value, reason) => `Corrected “${metric}” to ${value}: ${reason}`,
  content: {
    saved: (version, changed) => `Saved the wall texts as version ${version}, changing ${changed}`,
    restored: (from, version, changed) => `Restored the wall texts of version ${from} as version ${version}, changing ${changed}`,
  },
  recorded: (count, types) => `Recorded ${count} event(s) (${types})`,
  typeSeparator: ', ',
  eventTypes: {
    'appeal.handled': 'appeal handled',
    'appeal.resolved': 'appeal resolved',
    'wish.fulfilled': 'wish fulfilled',
    'participant.joined': 'participant joined',
    'volunteer.mobilized': 'volunteers mobilized',
    'post.established': 'pioneer post set up',
    'land.acquired': 'land acquired',
    'land.demolished': 'demolition done',
    'project.introduced': 'project introduced',
    'org.activity': 'organization activity',
    'metric.corrected': 'figure corrected',
    'import.undone': 'import undone',
  },
  refusal: {
    tried: (action, request) => `${action} (${request})`,
    request: (request) => `request ${request}`,
    similar: (n) => `, and ${n} more like it within the minute`,
    routes: {
      'POST /api/session': 'Sign in',
      'DELETE /api/session': 'Sign out',
      '/api/session': 'Check the session',
      '/api/accounts': 'Manage accounts',
      '/api/keys': 'Manage feed keys',
      '/api/audit': 'Read the audit trail',
      'POST /api/ledger': 'Verify the ledger',
      '/api/ledger': 'Read the ledger',
      'POST /api/events': 'Send figures',
      'POST /api/control': 'Drive the walls',
      '/api/control': 'Read the command log',
      'POST /api/screens': 'Pair a screen',
      '/api/screens': 'List the screens',
    },
  },
  csvNote: 'The CSV is the record as the server wrote it (in English), exported as evidence; it is not translated with the page',
};
