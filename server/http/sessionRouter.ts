/** `/api/session`: signing in and out by name and password. */
import { Router, type Request, type Response } from 'express';
import type { SessionInfo } from '../../common/auth';
import { isAccountName } from '../../common/auth';
import type { AuditLine } from '../audit/auditTrail';
import { principalOf, SESSION_COOKIE, sessionTokenOf } from '../auth/principal';
import type { Sessions } from '../auth/sessions';
import type { SignIn } from '../auth/signIn';
import type { RefusedOutcome } from '../control/refusalAudit';
import type { StorageHealth } from '../store/storageHealth';
import { sendError, sendStorageUnavailable } from './errors';
import { jsonBody } from './guards';

export interface SessionRouterDeps {
  signIn: SignIn;
  sessions: Sessions;
  /** Writes a line of the audit trail. */
  audit: (line: AuditLine) => void;
  /** Writes a refused sign-in to the trail, a flood of them as one line a minute. */
  refuse: (req: Request, res: Response, actor: string, outcome: RefusedOutcome) => void;
  /** Notes a successful sign-in on the account. */
  noteSignIn: (name: string, at: string) => void;
  /** A sign-in or sign-out from a page of another site is refused; one with no Origin (a script) is not. */
  originAllowed: (origin: string | undefined) => boolean;
  sessionMaxMs: number;
  storage: StorageHealth;
  now: () => number;
}

/** The same words whatever was wrong, so that the answer does not tell whether the name exists. */
const BAD_CREDENTIALS = 'the name or password is not right, or the account is disabled';

export function sessionRouter(deps: SessionRouterDeps): Router {
  const router = Router();
  const line = (req: Request, actor: string, what: string, outcome: AuditLine['outcome']): AuditLine => ({
    at: new Date(deps.now()).toISOString(),
    actor,
    kind: 'session',
    from: req.ip ?? 'unknown',
    what,
    outcome,
  });
  const foreign = (req: Request) => req.get('origin') !== undefined && !deps.originAllowed(req.get('origin'));

  router.post('/session', jsonBody(), async (req, res, next) => {
    const { name, password } = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<string, unknown>;
    if (typeof name !== 'string' || typeof password !== 'string' || name.length === 0 || name.length > 200 || password.length > 1000) {
      return sendError(res, 400, 'invalid_sign_in', 'send {name, password}');
    }
    // Only a well-formed name is written down: a password typed into the name field must not land in the trail.
    const tried = isAccountName(name) ? name : '';
    if (foreign(req)) {
      deps.refuse(req, res, tried, 'forbidden');
      return sendError(res, 403, 'bad_origin', "sign in from this server's own pages");
    }
    try {
      const outcome = await deps.signIn(name, password, req.ip ?? 'unknown');
      if (!outcome.ok) {
        const throttled = outcome.reason !== 'bad_credentials';
        deps.refuse(req, res, tried, throttled ? 'throttled' : 'unauthorized');
        if (!throttled) return sendError(res, 401, 'bad_credentials', BAD_CREDENTIALS);
        res.set('Retry-After', String(outcome.retryAfterS));
        if (outcome.reason === 'busy') return sendError(res, 503, 'busy', 'too many sign-ins at once: try again in a moment');
        return sendError(res, 429, 'too_many_failures', 'too many failed sign-ins: wait a while and try again');
      }
      const { token, info } = deps.sessions.start(outcome.name, outcome.role);
      deps.noteSignIn(outcome.name, new Date(deps.now()).toISOString());
      deps.audit(line(req, outcome.name, `signed in as ${outcome.role}`, 'applied'));
      deps.storage.succeeded();
      setCookie(req, res, token, deps.sessionMaxMs);
      res.json(info satisfies SessionInfo);
    } catch (error) {
      const reason = deps.storage.failed(error);
      if (reason === null) return next(error);
      sendStorageUnavailable(res, reason);
    }
  });

  router.get('/session', (_req, res) => {
    const principal = principalOf(res);
    if (principal?.kind !== 'account') return sendError(res, 401, 'no_session', 'not signed in');
    const token = sessionTokenOf(res);
    const session = token ? deps.sessions.resolve(token) : null;
    if (!session) return sendError(res, 401, 'no_session', 'not signed in');
    res.set('Cache-Control', 'no-store').json(session.info);
  });

  router.delete('/session', (req, res) => {
    const principal = principalOf(res);
    const token = sessionTokenOf(res);
    if (principal?.kind !== 'account' || !token) return sendError(res, 401, 'no_session', 'not signed in');
    if (!deps.originAllowed(req.get('origin'))) {
      deps.refuse(req, res, principal.name, 'forbidden');
      return sendError(res, 403, 'bad_origin', "sign out from this server's own pages");
    }
    if (!deps.sessions.end(token)) return sendError(res, 401, 'no_session', 'not signed in');
    deps.audit(line(req, principal.name, 'signed out', 'applied'));
    res.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure: req.secure });
    res.status(204).end();
  });
  return router;
}

function setCookie(req: Request, res: Response, token: string, maxAgeMs: number): void {
  res.cookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure: req.secure, maxAge: maxAgeMs });
}
