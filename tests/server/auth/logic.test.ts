/** The pure parts of accounts and the audit trail. */
import { describe, expect, it } from 'vitest';
import { isAccountName, passwordProblem, roleMay } from '../../../common/auth';
import { auditCsv, csvCell } from '../../../server/audit/auditCsv';
import { recordedLines } from '../../../server/audit/recordedLines';
import { hashPassword, passwordMatches, UNMATCHABLE_HASH } from '../../../server/auth/passwords';
import { cookieValue } from '../../../server/auth/principal';
import { parseUserArgs } from '../../../server/cli/userArgs';
import { changesOf, parseAccountPatch } from '../../../server/http/accountsRouter';
import { parseAuditQuery } from '../../../server/http/auditRouter';

describe('passwords', () => {
  it('hashes with a fresh salt each time, matches only the right password, and never throws on a malformed hash', async () => {
    const [a, b] = await Promise.all([hashPassword('正确的密码 horse'), hashPassword('正确的密码 horse')]);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await passwordMatches('正确的密码 horse', a)).toBe(true);
    expect(await passwordMatches('正确的密码 horsE', a)).toBe(false);
    expect(await passwordMatches('anything', UNMATCHABLE_HASH)).toBe(false);
    expect(await passwordMatches('anything', 'md5$abc')).toBe(false);
    expect(await passwordMatches('anything', 'scrypt$x$8$1$salt$key')).toBe(false);
  });

  it('asks for 10 to 200 characters, counting a Chinese character as one', () => {
    expect(passwordProblem('短密码短密码短密码')).toMatch(/at least 10/);
    expect(passwordProblem('十个汉字的一个密码啊')).toBeNull();
    expect(passwordProblem('x'.repeat(201))).toMatch(/at most 200/);
  });
});

describe('roles', () => {
  it('gives admins everything, operators the figures, presenters the walls', () => {
    expect(['manage', 'record', 'present', 'trace'].map((p) => roleMay('admin', p as never))).toEqual([true, true, true, true]);
    expect(['manage', 'record', 'present', 'trace'].map((p) => roleMay('operator', p as never))).toEqual([false, true, false, true]);
    expect(['manage', 'record', 'present', 'trace'].map((p) => roleMay('presenter', p as never))).toEqual([false, false, true, false]);
    expect(['王芳', 'li.wei', 'ops_1'].every(isAccountName)).toBe(true);
    expect(['', 'has space', 'x'.repeat(33), 'semi;colon'].some(isAccountName)).toBe(false);
  });
});

describe('account edits', () => {
  it('needs the version that was seen, and lists exactly what changes', () => {
    expect(parseAccountPatch({ role: 'operator' })).toMatchObject({ ok: false });
    expect(parseAccountPatch({ version: 2, role: 'boss' })).toMatchObject({ ok: false });
    expect(parseAccountPatch({ version: 2, password: 'short' })).toMatchObject({ ok: false, message: expect.stringMatching(/at least/) });
    const account = { name: 'li', role: 'presenter' as const, disabled: false, createdAt: '', lastSignInAt: null, version: 2 };
    expect(changesOf(account, { role: 'presenter', disabled: false })).toEqual([]);
    expect(changesOf(account, { role: 'operator', disabled: true, password: 'x' })).toEqual([
      'role presenter → operator',
      'disabled',
      'new password',
    ]);
  });
});

describe('the audit query and its CSV', () => {
  it('reads filters, takes a day as the whole day, and refuses what it cannot read', () => {
    const parsed = parseAuditQuery({ actor: 'li', kind: 'command', from: '2026-12-01', to: '2026-12-01', limit: '50' });
    expect(parsed).toMatchObject({ ok: true, csv: false, filter: { actor: 'li', kind: 'command', limit: 50 } });
    if (parsed.ok) expect(Date.parse(parsed.filter.to ?? '') - Date.parse(parsed.filter.from ?? '')).toBe(86_400_000 - 1);
    expect(parseAuditQuery({ format: 'csv' })).toMatchObject({ ok: true, csv: true });
    for (const bad of [{ kind: 'all' }, { from: 'yesterday' }, { limit: '0' }, { limit: '5001' }, { format: 'xlsx' }]) {
      expect(parseAuditQuery(bad)).toMatchObject({ ok: false });
    }
  });

  it('quotes what needs quoting and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
    expect(csvCell('-2')).toBe(`"'-2"`);
    const csv = auditCsv([
      { id: 1, at: '2026-12-01T01:00:00.000Z', actor: 'li', kind: 'command', from: '10.0.0.2', what: 'say "hi"', outcome: 'applied' },
    ]);
    expect(csv).toBe('\uFEFFid,at,actor,kind,from,what,outcome\r\n1,2026-12-01T01:00:00.000Z,li,command,10.0.0.2,"say ""hi""",applied\r\n');
  });

  it('writes every correction and what a person entered, but not each machine event', () => {
    const appeal = { id: 'a', type: 'appeal.handled', town: '灵川镇', category: '其他' } as const;
    const fix = { id: 'f', type: 'metric.corrected', metric: 'appeals.handled', value: 10, reason: 'typo' } as const;
    expect(recordedLines({ kind: 'key', name: 'hotline', id: 1 }, [appeal, appeal], 2)).toEqual([]);
    expect(recordedLines({ kind: 'key', name: 'hotline', id: 1 }, [fix], 1).map((l) => `${l.actor} ${l.kind}`)).toEqual([
      'key:hotline correction',
    ]);
    expect(recordedLines({ kind: 'account', name: 'li', role: 'operator' }, [appeal, fix], 2).map((l) => l.what)).toEqual([
      'corrected appeals.handled to 10: typo',
      'recorded 1 event (appeal.handled)',
    ]);
    expect(recordedLines({ kind: 'account', name: 'li', role: 'operator' }, [appeal], 0)).toEqual([]);
  });
});

describe('small readers', () => {
  it('finds one cookie among many', () => {
    expect(cookieValue('a=1; wall_session=abc; b=2', 'wall_session')).toBe('abc');
    expect(cookieValue('wall_sessionx=abc', 'wall_session')).toBeUndefined();
    expect(cookieValue(undefined, 'wall_session')).toBeUndefined();
  });

  it('reads the user command line', () => {
    expect(parseUserArgs(['add', 'chief', '--role', 'admin'])).toEqual({
      ok: true,
      command: { action: 'add', name: 'chief', role: 'admin', passwordStdin: false },
    });
    expect(parseUserArgs(['passwd', 'chief', '--password-stdin'])).toEqual({
      ok: true,
      command: { action: 'passwd', name: 'chief', passwordStdin: true },
    });
    expect(parseUserArgs(['list'])).toEqual({ ok: true, command: { action: 'list' } });
    for (const bad of [
      [],
      ['add', 'chief'],
      ['add', '--role', 'admin'],
      ['disable', 'a', 'b'],
      ['disable', 'a', '--password-stdin'],
      ['list', 'x'],
      ['add', 'x', '--role', 'admin', '--force'],
    ]) {
      expect(parseUserArgs(bad)).toMatchObject({ ok: false });
    }
  });
});
