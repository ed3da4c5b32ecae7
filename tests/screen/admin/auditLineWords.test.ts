/**
 * Every kind of line the server writes to the audit trail, retold in the
 * admin's language. Where the server builds a line with an exported function,
 * the test builds it the same way, so a change of the server's wording fails
 * here instead of silently showing English on the Chinese page.
 */
import { describe, expect, it } from 'vitest';
import type { AuditRecord, VerifyResult } from '../../../common/auth';
import { auditLineWords } from '../../../screen/admin/auditLineWords';
import { recordedLines } from '../../../server/audit/recordedLines';
import { describeRefusal } from '../../../server/control/refusalAudit';
import { changesOf } from '../../../server/http/accountsRouter';
import { verificationLine } from '../../../server/http/peopleRoutes';
import { restoredLine, savedLine } from '../../../server/http/contentRouter';

type Line = Pick<AuditRecord, 'actor' | 'kind' | 'what' | 'outcome' | 'from'>;

const line = (kind: Line['kind'], what: string, extra: Partial<Line> = {}): Line => ({
  actor: 'chief',
  from: '10.0.0.2',
  outcome: 'applied',
  kind,
  what,
  ...extra,
});

const whatIn = (given: Line) => [auditLineWords(given, 'zh').what, auditLineWords(given, 'en').what];

const account = { name: '讲解员小李', role: 'presenter', disabled: false, createdAt: '', lastSignInAt: null, version: 3 } as const;
const accountLine = (patch: Parameters<typeof changesOf>[1]) =>
  line('account', `account ${account.name}: ${changesOf(account, patch).join(', ')}`);

const verdict = (fields: Partial<VerifyResult>): VerifyResult => ({
  ok: true,
  events: 4_812,
  headSeq: 4_812,
  headHash: '9f2c4e1ab0',
  at: '2026-12-01T02:00:00.000Z',
  by: 'server',
  ...fields,
});

describe('sign-in lines', () => {
  it('say who signed in as what role, and who signed out', () => {
    expect(whatIn(line('session', 'signed in as admin'))).toEqual(['以管理员身份登录', 'Signed in as Administrator']);
    expect(whatIn(line('session', 'signed in as presenter'))).toEqual(['以讲解员身份登录', 'Signed in as Presenter']);
    expect(whatIn(line('session', 'signed out'))).toEqual(['退出登录', 'Signed out']);
  });

  it('name a refused sign-in and how many more like it the minute folded in', () => {
    const refused = line('session', describeRefusal({ method: 'POST', path: '/api/session' }), { outcome: 'unauthorized', actor: '' });
    expect(whatIn(refused)).toEqual(['登录（POST /api/session）', 'Sign in (POST /api/session)']);
    const flood = line('session', describeRefusal({ method: 'POST', path: '/api/session' }, 240), { outcome: 'throttled' });
    expect(whatIn(flood)).toEqual([
      '登录（POST /api/session），一分钟内另有 240 次相同请求',
      'Sign in (POST /api/session), and 240 more like it within the minute',
    ]);
  });
});

describe('account lines', () => {
  it('name an added account and its role', () => {
    expect(whatIn(line('account', 'added account 讲解员小李 (presenter)'))).toEqual([
      '新增账户 讲解员小李（讲解员）',
      'Added account 讲解员小李 (Presenter)',
    ]);
  });

  it('tell each change the server lists, comma-joined as it joins them', () => {
    expect(whatIn(accountLine({ role: 'operator' }))).toEqual([
      '修改账户 讲解员小李：角色由讲解员改为操作员',
      'Changed account 讲解员小李: role Presenter → Operator',
    ]);
    expect(whatIn(accountLine({ disabled: true }))).toEqual(['修改账户 讲解员小李：停用', 'Changed account 讲解员小李: disabled']);
    expect(whatIn(accountLine({ password: 'x' }))).toEqual(['修改账户 讲解员小李：设置新密码', 'Changed account 讲解员小李: new password']);
    expect(whatIn(accountLine({ role: 'admin', disabled: true, password: 'x' }))).toEqual([
      '修改账户 讲解员小李：角色由讲解员改为管理员，停用，设置新密码',
      'Changed account 讲解员小李: role Presenter → Administrator, disabled, new password',
    ]);
    expect(whatIn(line('account', 'account li: enabled'))).toEqual(['修改账户 li：启用', 'Changed account li: enabled']);
  });

  it('keep a change they do not know as written, whole', () => {
    const renamed = line('account', 'account li: renamed to wang, disabled');
    expect(whatIn(renamed)).toEqual([renamed.what, renamed.what]);
  });
});

describe('feed key, ledger, correction and record lines', () => {
  it('name the key made or revoked, quotes and all', () => {
    expect(whatIn(line('key', 'created feed key "12345 hotline bridge"'))).toEqual([
      '创建数据接入密钥「12345 hotline bridge」',
      'Created feed key “12345 hotline bridge”',
    ]);
    expect(whatIn(line('key', 'revoked feed key "say "hi""'))).toEqual(['吊销数据接入密钥「say "hi"」', 'Revoked feed key “say "hi"”']);
  });

  it('give a verification its verdict and head, or where it failed and the verifier’s own problem', () => {
    expect(whatIn(line('ledger', verificationLine(verdict({})).what))).toEqual([
      '核验账本：4812 条数据，最新序号 4812，链头哈希 9f2c4e1ab0',
      'Verified the ledger: 4812 event(s), head seq 4812, head hash 9f2c4e1ab0',
    ]);
    const failed = verificationLine(verdict({ ok: false, firstBadSeq: 17, problem: 'seq 17: the stored event does not match its hash' }));
    expect(whatIn(line('ledger', failed.what, { outcome: failed.outcome }))).toEqual([
      '核验账本未通过：自第 17 条起，seq 17: the stored event does not match its hash',
      'Ledger verification failed from seq 17: seq 17: the stored event does not match its hash',
    ]);
    const nowhere = verificationLine(verdict({ ok: false, problem: 'the file cannot be read' }));
    expect(whatIn(line('ledger', nowhere.what))[1]).toBe('Ledger verification failed from seq ?: the file cannot be read');
  });

  it('name a corrected figure by the catalog’s name, or by its id when the catalog has none', () => {
    const fix = { id: 'f', type: 'metric.corrected', metric: 'appeals.handled', value: 4600, reason: '重复录入, 已核对' } as const;
    const [corrected] = recordedLines({ kind: 'account', name: 'li', role: 'operator' }, [fix], 1);
    expect(whatIn(line('correction', corrected!.what))).toEqual([
      '将「受理群众诉求」更正为 4600，原因：重复录入, 已核对',
      'Corrected “Appeals handled” to 4600: 重复录入, 已核对',
    ]);
    expect(whatIn(line('correction', 'corrected retired.metric to 3: old'))[1]).toBe('Corrected “retired.metric” to 3: old');
  });

  it('count what a person recorded, with its kinds in words', () => {
    const appeal = { id: 'a', type: 'appeal.handled', town: '灵川镇', category: '其他' } as const;
    const wish = { id: 'w', type: 'wish.fulfilled' } as const;
    const person = { kind: 'account', name: 'li', role: 'operator' } as const;
    const [one] = recordedLines(person, [appeal], 1);
    expect(whatIn(line('record', one!.what))).toEqual(['录入 1 条数据（受理诉求）', 'Recorded 1 event(s) (appeal handled)']);
    const [three] = recordedLines(person, [appeal, wish, appeal], 3);
    expect(whatIn(line('record', three!.what))).toEqual([
      '录入 3 条数据（受理诉求、实现心愿）',
      'Recorded 3 event(s) (appeal handled, wish fulfilled)',
    ]);
    expect(whatIn(line('record', 'recorded 2 events (appeal.handled, rain.fell)'))[0]).toBe('录入 2 条数据（受理诉求、rain.fell）');
  });
});

describe('refusals', () => {
  it('say what was tried, by route, with the request itself', () => {
    const refused = (method: string, path: string, suppressed = 0) =>
      whatIn(line('refusal', describeRefusal({ method, path }, suppressed), { outcome: 'forbidden' }));
    expect(refused('GET', '/api/accounts')).toEqual(['管理账户（GET /api/accounts）', 'Manage accounts (GET /api/accounts)']);
    expect(refused('POST', '/api/ledger/verify')).toEqual([
      '核验账本（POST /api/ledger/verify）',
      'Verify the ledger (POST /api/ledger/verify)',
    ]);
    expect(refused('POST', '/api/control', 12)).toEqual([
      '控制大屏（POST /api/control），一分钟内另有 12 次相同请求',
      'Drive the walls (POST /api/control), and 12 more like it within the minute',
    ]);
    expect(refused('POST', '/api/screens/pair')[0]).toBe('配对屏幕（POST /api/screens/pair）');
    expect(refused('POST', '/api/events')[1]).toBe('Send figures (POST /api/events)');
    expect(refused('GET', '/api/nothing/here')).toEqual(['请求 GET /api/nothing/here', 'request GET /api/nothing/here']);
    const long = `/api/${'x'.repeat(200)}`;
    expect(refused('GET', long)[0]).toBe(`请求 ${describeRefusal({ method: 'GET', path: long })}`);
  });
});

describe('presenter commands', () => {
  const command = (json: object, outcome: Line['outcome'] = 'applied') => whatIn(line('command', JSON.stringify(json), { outcome }));

  it('in the console’s words, with whom and how many screens', () => {
    expect(command({ target: { group: 'main' }, action: 'goto', scene: 'regional', screens: 2 })).toEqual([
      '切换到「区域党建」 · 分组 main · 2 块屏幕',
      'Show “Regional” · group main · 2 screen(s)',
    ]);
    expect(command({ target: { screen: 'hall-left' }, action: 'spotlight', metric: 'appeals.handled', screens: 1 })).toEqual([
      '聚焦「受理群众诉求」 · 屏幕 hall-left · 1 块屏幕',
      'Spotlight “Appeals handled” · screen hall-left · 1 screen(s)',
    ]);
    expect(command({ target: { group: 'main' }, action: 'banner', text: '热烈欢迎', screens: 3 })[1]).toBe(
      'Welcome banner “热烈欢迎” · group main · 3 screen(s)',
    );
    expect(command({ target: { all: true }, action: 'reset', screens: 5 })).toEqual([
      '全部复位 · 全部屏幕 · 5 块屏幕',
      'Reset all · all screens · 5 screen(s)',
    ]);
    expect(command({ action: 'pair', target: { screen: 'hall-left' }, group: 'main' })).toEqual([
      '配对新屏幕 hall-left · 分组 main',
      'Paired hall-left · group main',
    ]);
  });

  it('say when no screen was reached', () => {
    expect(command({ target: { group: 'lobby' }, action: 'hold' }, 'unreached')).toEqual([
      '保持当前画面 · 分组 lobby 没有在线屏幕',
      'Hold this scene · group lobby had no screen connected',
    ]);
  });

  it('keep a command this page does not know as written', () => {
    const unknown = JSON.stringify({ target: { group: 'main' }, action: 'dance', screens: 1 });
    expect(command({ target: { group: 'main' }, action: 'dance', screens: 1 })).toEqual([unknown, unknown]);
    expect(whatIn(line('command', 'not json', { outcome: 'applied' }))).toEqual(['not json', 'not json']);
  });
});

describe('who and from where', () => {
  const actor = (name: string, from = '10.0.0.2') => [
    auditLineWords(line('session', '', { actor: name, from }), 'zh').actor,
    auditLineWords(line('session', '', { actor: name, from }), 'en').actor,
  ];

  it('names the server, the command line, the control token, a feed key, and nobody', () => {
    expect(actor('server', 'local')).toEqual(['服务器', 'the server']);
    expect(actor('command line (root)', 'local')).toEqual(['命令行（root）', 'command line (root)']);
    expect(actor('control token')).toEqual(['控制口令', 'control token']);
    expect(actor('key:12345 hotline bridge')).toEqual(['数据接入密钥「12345 hotline bridge」', 'feed key “12345 hotline bridge”']);
    expect(actor('')).toEqual(['身份不明', 'unidentified']);
  });

  it('leaves an account’s name as it is, even an account named server signing in from afar', () => {
    expect(actor('张丽')).toEqual(['张丽', '张丽']);
    expect(actor('server', '10.0.0.9')).toEqual(['server', 'server']);
  });

  it('words the addresses the server writes for itself and for a flood', () => {
    const from = (address: string) => auditLineWords(line('session', 'signed out', { from: address }), 'zh').from;
    expect([from('local'), from('many addresses'), from('unknown'), from('10.0.0.2')]).toEqual([
      '本机',
      '多个地址',
      '未知地址',
      '10.0.0.2',
    ]);
  });
});

describe('a line of a kind not known here', () => {
  it('is shown as written, in both languages', () => {
    for (const unknown of [
      line('import', 'imported 40 rows from 3月.xlsx'),
      line('session', 'signed in with a passkey'),
      line('key', 'renamed feed key "a" to "b"'),
      line('ledger', 'sealed the ledger'),
      line('correction', 'undid a correction'),
      line('record', 'recorded nothing'),
      line('refusal', 'a refusal in a new format'),
    ]) {
      expect(whatIn(unknown)).toEqual([unknown.what, unknown.what]);
    }
  });

  it('retells saves and restores of the wall texts', () => {
    expect(whatIn(line('content', savedLine(3, ['texts.brand.landTitle', 'brands'])))).toEqual([
      '保存大屏文字第 3 版，修改了 texts.brand.landTitle, brands',
      'Saved the wall texts as version 3, changing texts.brand.landTitle, brands',
    ]);
    expect(whatIn(line('content', restoredLine(1, 4, ['brands'])))).toEqual([
      '将大屏文字第 1 版恢复为第 4 版，修改了 brands',
      'Restored the wall texts of version 1 as version 4, changing brands',
    ]);
  });
});
