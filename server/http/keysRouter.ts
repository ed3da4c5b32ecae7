/** `/api/keys`: the admin's feed keys, one per machine feed, each revocable on its own. */
import { Router, type Request, type RequestHandler, type Response } from 'express';
import { isFeedKeyName, type CreatedFeedKey } from '../../common/auth';
import type { AuditLine } from '../audit/auditTrail';
import { ENVIRONMENT_KEY_NAME, type AuthStore } from '../auth/authStore';
import { feedKeyHash, newFeedKey } from '../auth/feedKeys';
import { requesterOf } from '../auth/principal';
import type { StorageHealth } from '../store/storageHealth';
import { sendError, sendStorageUnavailable } from './errors';
import { jsonBody } from './guards';

export interface KeysRouterDeps {
  store: AuthStore;
  requireManage: RequestHandler;
  storage: StorageHealth;
  now: () => number;
}

export function keysRouter({ store, requireManage, storage, now }: KeysRouterDeps): Router {
  const router = Router();
  router.use('/keys', requireManage);
  const line = (req: Request, res: Response, what: string): AuditLine => ({
    at: new Date(now()).toISOString(),
    ...requesterOf(req, res),
    kind: 'key',
    what,
    outcome: 'applied',
  });
  const written = <T>(res: Response, write: () => T): T | undefined => {
    try {
      const result = write();
      storage.succeeded();
      return result;
    } catch (error) {
      const reason = storage.failed(error);
      if (reason === null) throw error;
      sendStorageUnavailable(res, reason);
      return undefined;
    }
  };

  router.get('/keys', (_req, res) => void res.set('Cache-Control', 'no-store').json(store.feedKeys()));

  router.post('/keys', jsonBody(), (req, res) => {
    const { name } = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<string, unknown>;
    if (!isFeedKeyName(name)) return sendError(res, 400, 'invalid_key', 'name the feed in 1 to 60 characters, e.g. "12345 hotline bridge"');
    if (name.toLowerCase() === ENVIRONMENT_KEY_NAME) {
      return sendError(res, 409, 'name_taken', `"${ENVIRONMENT_KEY_NAME}" is the server's INGEST_TOKEN: pick another name`);
    }
    const key = newFeedKey();
    const at = new Date(now()).toISOString();
    const creator = requesterOf(req, res).actor;
    const saved = written(res, () =>
      store.addFeedKey({ name, keyHash: feedKeyHash(key), at, createdBy: creator }, line(req, res, `created feed key "${name}"`)),
    );
    if (saved === undefined) return;
    if (saved === null) return sendError(res, 409, 'name_taken', `there is already a key named "${name}" (revoked ones keep their names)`);
    res.status(201).json({ ...saved, key } satisfies CreatedFeedKey);
  });

  router.delete('/keys/:id', (req, res) => {
    const id = Number(req.params.id);
    const key = Number.isInteger(id) ? store.feedKey(id) : null;
    if (!key) return sendError(res, 404, 'not_found', 'there is no such key');
    if (key.fromEnvironment) {
      return sendError(res, 409, 'from_environment', "this key is INGEST_TOKEN: change or remove it in the server's environment");
    }
    if (key.revokedAt !== null) return sendError(res, 409, 'already_revoked', `the key "${key.name}" was revoked already`);
    const done = written(
      res,
      () => (store.revokeFeedKey(id, new Date(now()).toISOString(), line(req, res, `revoked feed key "${key.name}"`)), true),
    );
    if (done) res.json(store.feedKey(id));
  });
  return router;
}
