/**
 * The wall's words over HTTP: anyone may read the current content (walls and
 * kiosks do); operators save, list and restore versions. A save names the
 * version it was edited from, so two people editing at once never lose an
 * update silently. Each save is audited and pushed to every screen.
 */
import { Router, type RequestHandler, type Response } from 'express';
import type { AuditLine } from '../audit/auditTrail';
import { actorName, principalOf } from '../auth/principal';
import type { ContentService, SaveResult } from '../content/contentService';
import type { ContentStore } from '../content/contentStore';
import type { WallContentMessage } from '../../common/wallContent';
import type { StorageHealth } from '../store/storageHealth';
import { sendError, sendStorageUnavailable } from './errors';
import { jsonBody } from './guards';

export interface ContentRouterDeps {
  content: ContentService;
  store: Pick<ContentStore, 'versions'>;
  /** Lets through operators and admins; refuses and audits everyone else. */
  requireRecord: RequestHandler;
  /** Tells every connected screen (walls, kiosks, previews) the new content. */
  publish: (message: WallContentMessage) => void;
  audit: (res: Response, line: Pick<AuditLine, 'kind' | 'what' | 'outcome'>) => void;
  storage: StorageHealth;
}

/** The audit trail's line for a save: the version, and the texts and lists it changed. */
export const savedLine = (version: number, changed: readonly string[]) => `saved wall content version ${version}: ${changed.join(', ')}`;

/** The audit trail's line for a restore. */
export const restoredLine = (from: number, version: number, changed: readonly string[]) =>
  `restored wall content version ${from} as version ${version}: ${changed.join(', ')}`;

/** How many versions the desk lists. */
const VERSIONS_LISTED = 50;

const versionIn = (body: unknown): number | null => {
  const version = (body as { version?: unknown } | null)?.version;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : null;
};

export function contentRouter(deps: ContentRouterDeps): Router {
  const { content, requireRecord, storage } = deps;
  const router = Router();

  /** Answers a save or restore: the new version (pushed and audited), or why nothing changed. */
  const answer = (res: Response, result: SaveResult, what: (version: number, changed: readonly string[]) => string) => {
    if (!result.ok) {
      if (result.error === 'stale')
        return sendError(
          res,
          409,
          'stale',
          `已有人保存了第 ${result.current} 版，请重新载入后再改 (someone saved version ${result.current} first: reload)`,
        );
      if (result.error === 'no_change')
        return sendError(res, 400, 'no_change', '内容与当前版本相同，未保存 (nothing changed, nothing saved)');
      if (result.error === 'unknown_version') return sendError(res, 404, 'unknown_version', '没有这个版本 (no such version)');
      return res.status(400).json({
        error: 'invalid_content',
        message: '内容有误，未保存 (the content has problems: nothing saved)',
        problems: result.problems,
      });
    }
    storage.succeeded();
    const message = { version: result.saved.version, content: result.saved.content };
    deps.publish(message);
    deps.audit(res, { kind: 'content', outcome: 'applied', what: what(result.saved.version, result.changed) });
    res.json({ ...message, by: result.saved.by, at: result.saved.at });
  };
  /** Runs a write, answering 503 (nothing changed) when the disk refuses it. */
  const writing = (res: Response, write: () => void) => {
    try {
      write();
    } catch (error) {
      const reason = storage.failed(error);
      if (reason === null) throw error;
      sendStorageUnavailable(res, reason);
    }
  };

  router.get('/content', (_req, res) => {
    res.set('Cache-Control', 'no-store').json(content.current());
  });
  router.get('/content/versions', requireRecord, (_req, res) => {
    const seed = { version: 0, by: 'seed', at: '', note: '' };
    res
      .set('Cache-Control', 'no-store')
      .json({ current: content.current().version, versions: [...deps.store.versions(VERSIONS_LISTED), seed] });
  });
  router.put('/content', requireRecord, jsonBody(), (req, res) => {
    const version = versionIn(req.body);
    if (version === null)
      return sendError(res, 400, 'invalid_content', '缺少所编辑的版本号 (send the version you edited, from GET /api/content)');
    const draft = (req.body as { content?: unknown }).content;
    const by = actorName(principalOf(res));
    writing(res, () => answer(res, content.save(version, draft, by), savedLine));
  });
  router.post('/content/versions/:n/restore', requireRecord, jsonBody(), (req, res) => {
    const n = Number(req.params.n);
    const version = versionIn(req.body);
    if (!Number.isInteger(n) || n < 0) return sendError(res, 404, 'unknown_version', '没有这个版本 (no such version)');
    if (version === null) return sendError(res, 400, 'invalid_content', '缺少所看到的版本号 (send the version you saw as current)');
    const by = actorName(principalOf(res));
    writing(res, () => answer(res, content.restore(n, version, by), (v, changed) => restoredLine(n, v, changed)));
  });
  return router;
}
