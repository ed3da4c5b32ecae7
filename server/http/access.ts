/**
 * Who may reach an endpoint. `authenticate` works out who is asking, once per
 * request; `requireAccess` lets through only those an endpoint allows and
 * answers everyone else before the body is read: 401 for nobody, 403 for
 * someone whose role does not reach, or whose write comes from another site.
 * Every refusal goes to the audit trail.
 */
import type { Request, RequestHandler, Response } from 'express';
import { roleMay, type Permission } from '../../common/auth';
import type { FeedKeyRecord } from '../auth/authStore';
import { actorName, cookieValue, credentialProblemOf, principalOf, SESSION_COOKIE, setPrincipal, type Principal } from '../auth/principal';
import type { Sessions } from '../auth/sessions';
import type { RefusedOutcome } from '../control/refusalAudit';
import { bearerToken, tokenMatches } from '../tokens';
import { sendError } from './errors';
import { smallBody, type FailureCounter } from './guards';

export interface AuthenticateDeps {
  controlToken: () => string;
  feedKey: (presented: string) => FeedKeyRecord | null;
  sessions: Sessions;
}

/** Puts the request's principal on `res.locals`; never refuses by itself. */
export function authenticate({ controlToken, feedKey, sessions }: AuthenticateDeps): RequestHandler {
  return (req, res, next) => {
    const bearer = bearerToken(req.get('authorization'));
    if (bearer !== undefined) {
      if (tokenMatches(bearer, controlToken())) return (setPrincipal(res, { kind: 'token', name: 'control token' }, null), next());
      const key = feedKey(bearer);
      setPrincipal(res, key ? { kind: 'key', name: key.name, id: key.id } : null, key ? null : 'bad_bearer');
      return next();
    }
    const token = cookieValue(req.get('cookie'), SESSION_COOKIE);
    if (token === undefined) return (setPrincipal(res, null, null), next());
    const session = sessions.resolve(token);
    setPrincipal(
      res,
      session ? { kind: 'account', name: session.name, role: session.role } : null,
      session ? null : 'expired_session',
      token,
    );
    next();
  };
}

/** Who an endpoint lets in: people whose role carries `permission`, and, where said, feed keys or the control token. */
export interface AccessRule {
  permission: Permission;
  feedKeys?: boolean;
  controlToken?: boolean;
}

export interface AccessDeps {
  /** Wrong bearer credentials per client, limited so that guessing a key is slow. */
  failures: FailureCounter;
  /** Writes a refusal to the audit trail. */
  refuse: (req: Request, res: Response, outcome: RefusedOutcome) => void;
  /** Whether a page at this origin may write with a session cookie: the server's own or an allowed one. */
  originAllowed: (origin: string | undefined) => boolean;
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

function admitted(principal: Principal, rule: AccessRule): boolean {
  if (principal.kind === 'account') return roleMay(principal.role, rule.permission);
  if (principal.kind === 'key') return rule.feedKeys === true;
  return rule.controlToken === true;
}

export function requireAccess(rule: AccessRule, { failures, refuse, originAllowed }: AccessDeps): RequestHandler {
  return (req, res, next) => {
    const principal = principalOf(res);
    if (principal) {
      // A cookie rides along with any page's request: a write must also come from one of the hall's own pages.
      if (principal.kind === 'account' && !READS.has(req.method) && !originAllowed(req.get('origin'))) {
        refuse(req, res, 'forbidden');
        return sendError(res, 403, 'bad_origin', "a signed-in change must come from this server's own pages");
      }
      if (admitted(principal, rule)) return next();
      if (!smallBody(req)) res.set('Connection', 'close');
      refuse(req, res, 'forbidden');
      const who = principal.kind === 'account' ? `the ${principal.role} role` : actorName(principal);
      return sendError(res, 403, 'forbidden', `${who} may not do this`);
    }
    if (!smallBody(req)) res.set('Connection', 'close');
    const client = req.ip ?? 'unknown';
    const verdict = failures.check(client);
    if (!verdict.ok) {
      refuse(req, res, 'throttled');
      res.set('Retry-After', String(verdict.retryAfterS));
      return sendError(res, 429, 'too_many_failures', 'too many failed authentications; try again later');
    }
    failures.fail(client);
    refuse(req, res, 'unauthorized');
    const problem = credentialProblemOf(res);
    if (problem !== 'expired_session') res.set('WWW-Authenticate', 'Bearer');
    const message =
      problem === 'expired_session'
        ? 'the session has ended: sign in again'
        : 'sign in, or send a valid "Authorization: Bearer <key>" header';
    return sendError(res, 401, 'unauthorized', message);
  };
}
