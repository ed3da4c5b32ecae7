// @vitest-environment happy-dom
/**
 * Signing in, shared by the console and the admin page: what a refusal is
 * called, and the session's life: checked on start, signed in, expired by a
 * later 401 with a calm word, signed out (a failed sign-out keeps the session).
 */
import { describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import type { SessionInfo } from '../../../common/auth';
import { ApiError } from '../../../screen/components/auth/apiRequest';
import type { SessionApi } from '../../../screen/components/auth/sessionApi';
import { signInProblemOf, signInProblemText } from '../../../screen/components/auth/signInProblem';
import { useSession } from '../../../screen/components/auth/useSession';
import { SIGN_IN_EN, SIGN_IN_ZH } from '../../../screen/content/signIn';

const INFO: SessionInfo = { name: '张丽', role: 'presenter', expiresAt: '2026-12-02T00:00:00Z', idleExpiresAt: '2026-12-01T12:00:00Z' };
const text = (error: unknown) => signInProblemText(signInProblemOf(error), SIGN_IN_ZH);

describe('why a sign-in did not work', () => {
  it('says so in words for each refusal, never the server’s code', () => {
    expect(text(new ApiError(401, 'the name or password is not right', 'bad_credentials'))).toBe('账户名或密码不正确，或账户已停用。');
    expect(text(new ApiError(429, 'too many', 'too_many_failures', 300))).toBe('登录失败次数过多，请 5 分钟后再试。');
    expect(text(new ApiError(429, 'too many', 'too_many_failures', 20))).toBe('登录失败次数过多，请 1 分钟后再试。');
    expect(text(new ApiError(429, 'too many', 'too_many_failures'))).toBe('登录失败次数过多，请稍后再试。');
    expect(text(new ApiError(0, 'unreachable'))).toBe('无法连接服务器，请检查网络后再试。');
    expect(text(new ApiError(403, "sign in from this server's own pages", 'bad_origin'))).toBe(
      "未能登录：sign in from this server's own pages",
    );
    expect(signInProblemText({ kind: 'expired' }, SIGN_IN_ZH)).toBe('登录已过期，请重新登录');
    expect(signInProblemText({ kind: 'expired' }, SIGN_IN_EN)).not.toMatch(/\p{Script=Han}/u);
  });
});

function fakeApi(overrides: Partial<SessionApi> = {}): SessionApi {
  return {
    current: vi.fn(() => Promise.reject(new ApiError(401, 'not signed in', 'no_session'))),
    signIn: vi.fn((name: string) => Promise.resolve({ ...INFO, name })),
    signOut: vi.fn(() => Promise.resolve()),
    ...overrides,
  };
}

describe('the session on a page', () => {
  it('starts signed out without a problem when the server has no session, then signs in', async () => {
    const scope = effectScope();
    const session = scope.run(() => useSession(fakeApi()))!;
    await vi.waitFor(() => expect(session.checked.value).toBe(true));
    expect(session.session.value).toBeNull();
    expect(session.problem.value).toBeNull();
    expect(await session.signIn('张丽', 'correct horse battery')).toBe(true);
    expect(session.session.value?.name).toBe('张丽');
    scope.stop();
  });

  it('keeps the page signed out with the reason when a sign-in is refused', async () => {
    const api = fakeApi({ signIn: vi.fn(() => Promise.reject(new ApiError(401, 'no', 'bad_credentials'))) });
    const scope = effectScope();
    const session = scope.run(() => useSession(api))!;
    expect(await session.signIn('张丽', 'wrong password!')).toBe(false);
    expect(session.session.value).toBeNull();
    expect(session.problem.value).toEqual({ kind: 'badCredentials' });
    scope.stop();
  });

  it('a later 401 ends the session with “expired”; a sign-out that fails keeps it and says why', async () => {
    const api = fakeApi({
      current: vi.fn(() => Promise.resolve(INFO)),
      signOut: vi.fn(() => Promise.reject(new ApiError(0, 'unreachable'))),
    });
    const scope = effectScope();
    const session = scope.run(() => useSession(api))!;
    await vi.waitFor(() => expect(session.session.value).toEqual(INFO));
    const failed = await session.signOut();
    expect(failed?.status).toBe(0);
    expect(session.session.value).toEqual(INFO);
    session.expire();
    expect(session.session.value).toBeNull();
    expect(session.problem.value).toEqual({ kind: 'expired' });
    scope.stop();
  });

  it('signing out of a session already gone elsewhere counts as signed out', async () => {
    const api = fakeApi({
      current: vi.fn(() => Promise.resolve(INFO)),
      signOut: vi.fn(() => Promise.reject(new ApiError(401, 'not signed in', 'no_session'))),
    });
    const scope = effectScope();
    const session = scope.run(() => useSession(api))!;
    await vi.waitFor(() => expect(session.session.value).toEqual(INFO));
    expect(await session.signOut()).toBeNull();
    expect(session.session.value).toBeNull();
    expect(session.problem.value).toBeNull();
    scope.stop();
  });
});
