/** `/api/accounts`: the admin adds people, changes their role, disables them or sets a new password. */
import { Router, type Request, type RequestHandler, type Response } from 'express';
import { isAccountName, isRole, passwordProblem, type AccountInfo } from '../../common/auth';
import type { AuditLine } from '../audit/auditTrail';
import type { AccountChanges, AuthStore } from '../auth/authStore';
import { hashPassword } from '../auth/passwords';
import { requesterOf } from '../auth/principal';
import type { StorageHealth } from '../store/storageHealth';
import { sendError, sendStorageUnavailable } from './errors';
import { jsonBody } from './guards';

export interface AccountsRouterDeps {
  store: AuthStore;
  /** Lets only admins through. */
  requireManage: RequestHandler;
  storage: StorageHealth;
  now: () => number;
}

type Patch = { version: number; role?: AccountInfo['role']; disabled?: boolean; password?: string };

/** Pure: reads a PATCH body, or says what is wrong with it. */
export function parseAccountPatch(body: unknown): { ok: true; patch: Patch } | { ok: false; message: string } {
  const { version, role, disabled, password } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (!Number.isInteger(version)) return { ok: false, message: 'send the version of the account you edited, as listed' };
  if (role !== undefined && !isRole(role)) return { ok: false, message: 'role must be admin, operator or presenter' };
  if (disabled !== undefined && typeof disabled !== 'boolean') return { ok: false, message: 'disabled must be true or false' };
  if (password !== undefined && passwordProblem(password)) return { ok: false, message: passwordProblem(password) as string };
  return {
    ok: true,
    patch: {
      version: version as number,
      ...(role !== undefined ? { role } : {}),
      ...(disabled !== undefined ? { disabled } : {}),
      ...(password !== undefined ? { password: password as string } : {}),
    },
  };
}

/** Pure: what a patch would change, e.g. `role presenter → operator`, `disabled`; empty when nothing. */
export function changesOf(account: AccountInfo, patch: Omit<Patch, 'version'>): string[] {
  const parts: string[] = [];
  if (patch.role !== undefined && patch.role !== account.role) parts.push(`role ${account.role} → ${patch.role}`);
  if (patch.disabled !== undefined && patch.disabled !== account.disabled) parts.push(patch.disabled ? 'disabled' : 'enabled');
  if (patch.password !== undefined) parts.push('new password');
  return parts;
}

/** The audit trail's words for a change, e.g. `account li: role presenter → operator, disabled`. */
const describeChange = (account: AccountInfo, patch: Omit<Patch, 'version'>) =>
  `account ${account.name}: ${changesOf(account, patch).join(', ')}`;

export function accountsRouter({ store, requireManage, storage, now }: AccountsRouterDeps): Router {
  const router = Router();
  router.use('/accounts', requireManage);
  const line = (req: Request, res: Response, what: string): AuditLine => ({
    at: new Date(now()).toISOString(),
    ...requesterOf(req, res),
    kind: 'account',
    what,
    outcome: 'applied',
  });
  const failed = (res: Response, error: unknown, next: (error: unknown) => void) => {
    const reason = storage.failed(error);
    if (reason === null) return next(error);
    sendStorageUnavailable(res, reason);
  };

  router.get('/accounts', (_req, res) => void res.set('Cache-Control', 'no-store').json(store.accounts()));

  router.post('/accounts', jsonBody(), async (req, res, next) => {
    const { name, role, password } = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<string, unknown>;
    if (!isAccountName(name)) {
      return sendError(res, 400, 'invalid_account', 'the name must be 1 to 32 letters, digits, ".", "_" or "-", without spaces');
    }
    if (!isRole(role)) return sendError(res, 400, 'invalid_account', 'role must be admin, operator or presenter');
    const problem = passwordProblem(password);
    if (problem) return sendError(res, 400, 'invalid_account', problem);
    try {
      const passwordHash = await hashPassword(password as string);
      const at = new Date(now()).toISOString();
      if (!store.addAccount({ name, role, passwordHash, at }, line(req, res, `added account ${name} (${role})`))) {
        return sendError(res, 409, 'name_taken', `there is already an account named ${name}`);
      }
      storage.succeeded();
      res.status(201).json(store.accounts().find((a) => a.name.toLowerCase() === name.toLowerCase()));
    } catch (error) {
      failed(res, error, next);
    }
  });

  router.patch('/accounts/:name', jsonBody(), async (req, res, next) => {
    const parsed = parseAccountPatch(req.body);
    if (!parsed.ok) return sendError(res, 400, 'invalid_change', parsed.message);
    const { version, password, ...rest } = parsed.patch;
    const current = store.account(String(req.params.name));
    if (!current) return sendError(res, 404, 'not_found', 'there is no such account');
    if (changesOf(current, parsed.patch).length === 0) {
      return sendError(res, 400, 'no_change', 'nothing to change: the account already is as asked');
    }
    try {
      const changes: AccountChanges = { ...rest, ...(password !== undefined ? { passwordHash: await hashPassword(password) } : {}) };
      // Checked after the hash, with nothing awaited between check and write: no other edit can slip in.
      const fresh = store.account(current.name);
      if (!fresh || fresh.version !== version)
        return sendError(res, 409, 'stale', 'someone else changed this account meanwhile: look again');
      const losesAdmin = fresh.role === 'admin' && !fresh.disabled && (rest.disabled === true || (rest.role ?? 'admin') !== 'admin');
      if (losesAdmin && store.enabledAdmins() <= 1) {
        return sendError(res, 409, 'last_admin', 'this is the only enabled admin: make another admin first');
      }
      const outcome = store.updateAccount(fresh.name, version, changes, line(req, res, describeChange(fresh, parsed.patch)));
      if (outcome === 'missing') return sendError(res, 404, 'not_found', 'there is no such account');
      if (outcome === 'stale') return sendError(res, 409, 'stale', 'someone else changed this account meanwhile: look again');
      storage.succeeded();
      res.json(outcome);
    } catch (error) {
      failed(res, error, next);
    }
  });
  return router;
}
