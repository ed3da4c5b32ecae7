/**
 * Sessions: a random cookie the server keeps only as a hash, ending when left
 * idle, at an absolute limit, at sign-out, or when its account changes.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Role, SessionInfo } from '../../common/auth';
import type { AuthStore } from './authStore';

export interface SessionPolicy {
  /** A session not used for this long ends. */
  idleMs: number;
  /** A session ends this long after sign-in, used or not. */
  maxMs: number;
}

export interface ActiveSession {
  name: string;
  role: Role;
  info: SessionInfo;
}

export interface Sessions {
  /** Starts a session for an account; the token goes into the cookie and nowhere else. */
  start(name: string, role: Role): { token: string; info: SessionInfo };
  /** The session a cookie token names, if it is still alive and its account still enabled. */
  resolve(token: string): ActiveSession | null;
  /** Ends a session; false when there was none. */
  end(token: string): boolean;
}

/** Sessions one account may hold at once (a tablet, an office PC, a phone… and some to spare); signing in again drops the oldest. */
export const SESSIONS_PER_ACCOUNT = 20;

/** Last-seen times are written at most this often, so that a console polling every second is not a write per poll. */
const TOUCH_EVERY_MS = 30_000;

export const sessionTokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export function createSessions(store: AuthStore, policy: SessionPolicy, now: () => number = Date.now): Sessions {
  const infoOf = (name: string, role: Role, createdAt: number, lastSeenAt: number): SessionInfo => ({
    name,
    role,
    expiresAt: new Date(createdAt + policy.maxMs).toISOString(),
    idleExpiresAt: new Date(Math.min(lastSeenAt + policy.idleMs, createdAt + policy.maxMs)).toISOString(),
  });
  let lastPurge = 0;
  const purge = (t: number) => {
    if (t - lastPurge < 60_000) return;
    lastPurge = t;
    store.purgeSessions(t - policy.idleMs, t - policy.maxMs);
  };
  return {
    start(name, role) {
      const t = now();
      purge(t);
      const token = randomBytes(32).toString('base64url');
      store.addSession(sessionTokenHash(token), name, t, SESSIONS_PER_ACCOUNT);
      return { token, info: infoOf(name, role, t, t) };
    },
    resolve(token) {
      const t = now();
      const hash = sessionTokenHash(token);
      const session = store.session(hash);
      if (!session) return null;
      if (t - session.lastSeenAt >= policy.idleMs || t - session.createdAt >= policy.maxMs) {
        store.removeSession(hash);
        return null;
      }
      const account = store.account(session.account);
      if (!account || account.disabled) return null;
      let lastSeenAt = session.lastSeenAt;
      if (t - lastSeenAt >= TOUCH_EVERY_MS && !store.readOnly) {
        store.touchSession(hash, t);
        lastSeenAt = t;
      }
      return { name: account.name, role: account.role, info: infoOf(account.name, account.role, session.createdAt, lastSeenAt) };
    },
    end: (token) => store.removeSession(sessionTokenHash(token)),
  };
}
