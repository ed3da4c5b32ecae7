/** The read-only endpoints: health, the catalog, the snapshot and the corrections audit. */
import { Router } from 'express';
import type { Catalog } from '../../common/catalog';
import type { WallMode } from '../../common/mode';
import type { HealthResponse, Snapshot } from '../../common/protocol';
import { chooseMode } from '../mode/modeChoice';
import type { Store } from '../store/store';
import { sendError } from './errors';

export interface ReadRouterDeps {
  catalog: Catalog;
  snapshot: (mode: WallMode) => Snapshot;
  /** The mode the walls show, which a read serves unless it asks for one with `?mode=`. */
  hallMode: () => WallMode;
  seq: () => number;
  screens: () => number;
  store: Pick<Store, 'corrections'>;
  startedAt: number;
  /** Why the stores cannot write now, or null. */
  storageProblem: () => string | null;
}

export function readRouter(deps: ReadRouterDeps): Router {
  const router = Router();

  router.get('/health', (_req, res) => {
    const problem = deps.storageProblem();
    const body: HealthResponse = {
      status: problem === null ? 'ok' : 'degraded',
      ...(problem === null ? {} : { reason: problem }),
      seq: deps.seq(),
      uptimeS: Math.round((Date.now() - deps.startedAt) / 1000),
      screens: deps.screens(),
    };
    res.json(body);
  });
  router.get('/metrics', (_req, res) => {
    res.json(deps.catalog);
  });
  router.get('/snapshot', (req, res) => {
    const choice = chooseMode(req.query.mode, deps.hallMode());
    if (!choice.ok) return sendError(res, 400, 'invalid_mode', choice.message);
    res.set('Cache-Control', 'no-store').json(deps.snapshot(choice.mode));
  });
  router.get('/corrections', (req, res) => {
    const limit = Math.min(500, Math.max(1, Number(req.query.limit) || 100));
    res.json(deps.store.corrections(limit));
  });
  return router;
}
