/** The session endpoints: who is signed in, sign in, sign out. */
import type { SessionInfo } from '../../../common/auth';
import { requestJson } from './apiRequest';

export const sessionApi = {
  current: () => requestJson<SessionInfo>('/api/session'),
  signIn: (name: string, password: string) => requestJson<SessionInfo>('/api/session', { method: 'POST', json: { name, password } }),
  signOut: () => requestJson<void>('/api/session', { method: 'DELETE' }),
};

export type SessionApi = typeof sessionApi;
