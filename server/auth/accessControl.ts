/**
 * Assembles who-may-do-what for the app: sessions, sign-in, feed keys, the
 * middleware that names the requester and the guards each endpoint uses.
 */
import type { Request, Response } from 'express';
import { auditedPath } from '../http/controlRouter';
import { authenticate, requireAccess, type AccessRule } from '../http/access';
import type { FailureCounter } from '../http/guards';
import type { RefusalAuditor, RefusedOutcome } from '../control/refusalAudit';
import type { StorageHealth } from '../store/storageHealth';
import type { AuthStore } from './authStore';
import { createFeedKeyResolver } from './feedKeys';
import { requesterOf } from './principal';
import { createSessions, type SessionPolicy } from './sessions';
import { createSignIn } from './signIn';

export interface AccessControlDeps {
  store: AuthStore;
  policy: SessionPolicy;
  controlToken: () => string;
  /** INGEST_TOKEN, the feed key named `env`. */
  ingestToken: string;
  failures: FailureCounter;
  refusals: RefusalAuditor;
  storage: StorageHealth;
  /** Whether a page at this origin is one of the hall's own (the server's addresses or ALLOWED_ORIGINS). */
  ownPage: (origin: string) => boolean;
  now: () => number;
}

export function createAccessControl(deps: AccessControlDeps) {
  const sessions = createSessions(deps.store, deps.policy, deps.now);
  const signIn = createSignIn(deps.store, undefined, deps.now);
  const feedKey = createFeedKeyResolver(deps.store, deps.ingestToken, deps.now);
  // A write with a cookie must name its page: a browser always sends Origin on one, so a missing one is not a page of ours.
  const originAllowed = (origin: string | undefined) => origin !== undefined && deps.ownPage(origin);
  // A full disk must not turn a refusal into a 500: the answer stands, only its audit line is lost.
  const refuse = (req: Request, res: Response, outcome: RefusedOutcome, extra: { actor?: string; kind?: 'session' } = {}) => {
    try {
      deps.refusals.refuse({ ...requesterOf(req, res), ...extra, method: req.method, path: auditedPath(req), outcome });
    } catch (error) {
      if (deps.storage.failed(error) === null) throw error;
    }
  };
  return {
    sessions,
    signIn,
    originAllowed,
    refuse,
    authenticate: authenticate({ controlToken: deps.controlToken, feedKey, sessions }),
    require: (rule: AccessRule) => requireAccess(rule, { failures: deps.failures, refuse, originAllowed }),
  };
}

export type AccessControl = ReturnType<typeof createAccessControl>;
