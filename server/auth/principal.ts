/**
 * Who is asking: a signed-in person (session cookie), a machine feed (feed
 * key), or automation holding the control token. Resolved once per request
 * and kept on `res.locals`, so that guards, handlers and the audit trail all
 * see the same answer.
 */
import type { Request, Response } from 'express';
import type { Role } from '../../common/auth';
import type { Requester } from '../audit/auditTrail';

export type Principal =
  { kind: 'account'; name: string; role: Role } | { kind: 'key'; name: string; id: number } | { kind: 'token'; name: 'control token' };

/** What the request carried, when it did not resolve to anyone. */
export type CredentialProblem = 'bad_bearer' | 'expired_session' | null;

interface Locals {
  principal?: Principal | null;
  credentialProblem?: CredentialProblem;
  sessionToken?: string;
}

export const SESSION_COOKIE = 'wall_session';

export function principalOf(res: Response): Principal | null {
  return (res.locals as Locals).principal ?? null;
}

export function credentialProblemOf(res: Response): CredentialProblem {
  return (res.locals as Locals).credentialProblem ?? null;
}

export function sessionTokenOf(res: Response): string | undefined {
  return (res.locals as Locals).sessionToken;
}

export function setPrincipal(res: Response, principal: Principal | null, problem: CredentialProblem, sessionToken?: string): void {
  Object.assign(res.locals as Locals, { principal, credentialProblem: problem, ...(sessionToken ? { sessionToken } : {}) });
}

/** The name the audit trail shows: the account's own name, `key:<name>` for a feed, `control token` for automation. */
export function actorName(principal: Principal | null): string {
  if (!principal) return '';
  return principal.kind === 'key' ? `key:${principal.name}` : principal.name;
}

/** The sender the ledger records for an accepted event: `key:<name>` or `account:<name>`. */
export function senderName(principal: Principal | null): string {
  if (!principal) return 'unknown';
  return principal.kind === 'account' ? `account:${principal.name}` : `key:${principal.name}`;
}

export function requesterOf(req: Request, res: Response): Requester {
  return { actor: actorName(principalOf(res)), from: req.ip ?? 'unknown' };
}

/** Pure: the value of one cookie in a `Cookie` header. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
