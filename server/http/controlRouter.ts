/**
 * The presenter console's endpoints, all behind the control token: the
 * screens, the commands, and the audit log of every command and refusal.
 */
import { Router, type ErrorRequestHandler, type Request } from 'express';
import { parseCommand } from '../../common/control';
import type { ControlService } from '../control/controlService';
import type { RefusalAuditor, RefusedOutcome } from '../control/refusalAudit';
import type { StorageHealth } from '../store/storageHealth';
import { sendError, sendStorageUnavailable } from './errors';
import { jsonBody, requireToken, type FailureCounter } from './guards';

/** Most screens one `GET /api/screens` lists; `?offset=` pages through the rest. */
export const MAX_SCREENS_PAGE = 200;

export interface ControlRouterDeps {
  control: ControlService;
  /** The control token now. */
  token: () => string;
  failures: FailureCounter;
  refusals: RefusalAuditor;
  storage: StorageHealth;
}

/** The path a refusal is audited under: never the query, which is the sender's to fill. */
export const auditedPath = (req: Request) => req.originalUrl.split('?')[0] ?? '';

export function controlRouter({ control, token, failures, refusals, storage }: ControlRouterDeps): Router {
  const router = Router();
  // A full disk must not turn a refusal into a 500: the answer stands, only its audit line is lost.
  const refuse = (req: Request, outcome: RefusedOutcome) => {
    try {
      refusals.refuse({ from: req.ip ?? 'unknown', method: req.method, path: auditedPath(req), outcome });
    } catch (error) {
      if (storage.failed(error) === null) throw error;
    }
  };
  const guard = requireToken(token, failures, refuse);
  router.use('/control', guard);
  router.use('/screens', guard);

  // Paged, so that a crowd of connected pages cannot make one answer (or the console showing it) unbounded.
  router.get('/screens', (req, res) => {
    const all = control.screens();
    const limit = Math.min(MAX_SCREENS_PAGE, Math.max(1, Number(req.query.limit) || MAX_SCREENS_PAGE));
    const offset = Math.max(0, Math.floor(Number(req.query.offset) || 0));
    res
      .set('Cache-Control', 'no-store')
      .json({ serverNow: Date.now(), total: all.length, offset, screens: all.slice(offset, offset + limit) });
  });
  router.post('/control', jsonBody(), (req, res) => {
    const parsed = parseCommand(req.body);
    if (!parsed.ok) {
      refuse(req, 'invalid');
      return sendError(res, 400, 'invalid_command', parsed.message);
    }
    try {
      res.json(control.apply(parsed.command, req.ip ?? 'unknown'));
      storage.succeeded();
    } catch (error) {
      const reason = storage.failed(error);
      if (reason === null) throw error;
      refuse(req, 'failed');
      sendStorageUnavailable(res, reason);
    }
  });
  router.get('/control/audit', (req, res) => {
    refusals.flush();
    const limit = Math.min(1000, Math.max(1, Number(req.query.limit) || 200));
    res.json(control.auditLog(limit));
  });
  // Bodies the parser refused (malformed JSON, too large, not UTF-8) are refusals too.
  const auditUnreadable: ErrorRequestHandler = (error, req, _res, next) => {
    refuse(req, 'invalid');
    next(error);
  };
  router.use('/control', auditUnreadable);
  return router;
}
