/** The words of signing in, shared by the console and the admin page, in Chinese and English. */
import type { Role } from '../../common/auth';
import type { Words } from './console';

export const SIGN_IN_ZH = {
  heading: '请登录',
  name: '账户名',
  password: '密码',
  submit: '登录',
  checking: '正在确认登录状态…',
  signOut: '退出登录',
  signedInAs: (name: string, role: string) => `${name} · ${role}`,
  roles: { admin: '管理员', operator: '操作员', presenter: '讲解员' } satisfies Record<Role, string>,
  problems: {
    badCredentials: '账户名或密码不正确，或账户已停用。',
    throttled: (minutes: number) => `登录失败次数过多，请 ${minutes} 分钟后再试。`,
    throttledLater: '登录失败次数过多，请稍后再试。',
    offline: '无法连接服务器，请检查网络后再试。',
    expired: '登录已过期，请重新登录',
    failed: (detail: string) => `未能登录：${detail}`,
    signOutFailed: (detail: string) => `未能退出登录：${detail}`,
  },
};

export type SignInWords = Words<typeof SIGN_IN_ZH>;

export const SIGN_IN_EN: SignInWords = {
  heading: 'Sign in',
  name: 'Account name',
  password: 'Password',
  submit: 'Sign in',
  checking: 'Checking whether you are signed in…',
  signOut: 'Sign out',
  signedInAs: (name, role) => `${name} · ${role}`,
  roles: { admin: 'Administrator', operator: 'Operator', presenter: 'Presenter' },
  problems: {
    badCredentials: 'Wrong account name or password, or the account is disabled.',
    throttled: (minutes) => `Too many failed sign-ins: try again in ${minutes} minute(s).`,
    throttledLater: 'Too many failed sign-ins: try again later.',
    offline: 'The server cannot be reached: check the network and try again.',
    expired: 'Your session has expired: please sign in again',
    failed: (detail) => `Could not sign in: ${detail}`,
    signOutFailed: (detail) => `Could not sign out: ${detail}`,
  },
};
