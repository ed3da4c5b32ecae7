/** What the admin is told before and after a request: a new account's problems, and the server's refusals in words. */
import { describe, expect, it } from 'vitest';
import { newAccountProblems, passwordProblems } from '../../../screen/admin/accountForm';
import { adminProblemText } from '../../../screen/admin/adminProblem';
import { verdictText } from '../../../screen/admin/verdict';
import { formatWhen } from '../../../screen/components/office/when';
import { ApiError } from '../../../screen/components/auth/apiRequest';
import { ADMIN_EN, ADMIN_ZH } from '../../../screen/content/admin';
import { RECORDS_ZH } from '../../../screen/content/adminRecords';

describe('a new account before it is sent', () => {
  it('passes a good one', () => {
    expect(newAccountProblems({ name: '讲解员-01', password: 'correct horse', repeat: 'correct horse' }, ADMIN_ZH)).toEqual([]);
  });

  it('names each problem: a name with a space, a short password, two passwords that differ', () => {
    expect(newAccountProblems({ name: '张 丽', password: 'short', repeat: 'shorter' }, ADMIN_ZH)).toEqual([
      ADMIN_ZH.form.name,
      '密码长度为 10 到 200 个字符',
      '两次输入的密码不一致',
    ]);
  });

  it('counts a Chinese passphrase by characters, as the server does', () => {
    expect(passwordProblems('灵川县智慧党建展示馆', '灵川县智慧党建展示馆', ADMIN_ZH)).toEqual([]);
    expect(passwordProblems('灵川县智慧党建展示', '灵川县智慧党建展示', ADMIN_ZH)).toHaveLength(1);
  });
});

describe('a refused admin request, in words', () => {
  it('explains the conflicts the admin can act on', () => {
    expect(adminProblemText(new ApiError(409, 'x', 'stale'), ADMIN_ZH)).toContain('刚被其他人修改过');
    expect(adminProblemText(new ApiError(409, 'x', 'last_admin'), ADMIN_ZH)).toContain('唯一启用的管理员');
    expect(adminProblemText(new ApiError(409, 'x', 'name_taken'), ADMIN_ZH)).toContain('已被使用');
    expect(adminProblemText(new ApiError(409, 'x', 'from_environment'), ADMIN_ZH)).toContain('环境变量');
    expect(adminProblemText(new ApiError(0, 'x'), ADMIN_ZH)).toContain('无法连接服务器');
    expect(adminProblemText(new ApiError(409, 'x', 'last_admin'), ADMIN_EN)).toContain('only enabled administrator');
  });

  it('falls back to the server’s own message rather than saying nothing', () => {
    expect(adminProblemText(new ApiError(400, 'limit must be a whole number', 'invalid_query'), ADMIN_ZH)).toBe(
      '操作未完成：limit must be a whole number',
    );
  });
});

describe('times and verdicts', () => {
  it('shows a time to the second, and “never” for none', () => {
    expect(formatWhen('2026-12-01T06:05:09Z', 'zh', ADMIN_ZH.never, 'Asia/Shanghai')).toBe('2026/12/01 14:05:09');
    expect(formatWhen(null, 'zh', ADMIN_ZH.never)).toBe('从未');
  });

  it('says a failed verification with where it broke', () => {
    const base = { events: 12, headSeq: 12, headHash: 'ab', at: '2026-12-01T06:00:00Z', by: 'server' };
    expect(verdictText({ ...base, ok: true }, RECORDS_ZH)).toContain('核验通过：12 条数据');
    expect(verdictText({ ...base, ok: false, firstBadSeq: 7, problem: 'hash mismatch' }, RECORDS_ZH)).toBe(
      '核验未通过（自第 7 条起）：hash mismatch',
    );
  });
});
