/**
 * The presenter console's endpoints, for a signed-in presenter or admin, or
 * automation with the control token: the screens, the commands, and the
 * presenter's part of the audit trail.
 */
import { Router, type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import { isScreenName, parseCommand } from '../../common/controlCommand';
import type { ControlService } from '../control/controlService';
import type { RefusalAuditor, RefusedOutcome } from '../control/refusalAudit';
import type { StorageHealth } from '../store/storageHealth';
import type { Hub } from '../realtime/hub';
import type { Pairing } from '../realtime/pairing';
import { sendError, sendStorageUnavailable } from './errors';
import { requesterOf } from '../auth/principal';
import { jsonBody } from './guards';

/** Most screens one `GET /api/screens` lists; `?offset=` pages through the rest. */
export const MAX_SCREENS_PAGE = 200;

export interface ControlRouterDeps {
  control: ControlService;
  /** Lets through presenters, admins and the control token; refuses and audits everyone else. */
  requirePresent: RequestHandler;
  refusals: RefusalAuditor;
  storage: StorageHealth;
  pairing: Pairing;
  hub: Pick<Hub, 'pair' | 'registry'>;
}

/** Reads `{code, name, group}`; null when any is missing or malformed. */
function pairingRequest(body: unknown): { code: string; name: string; group: string } | null {
  const { code, name, group } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (typeof code !== 'string' || !/^\d{3} ?\d{3}$/.test(code.trim())) return null;
  const [n, g] = [typeof name === 'string' ? name.trim() : name, typeof group === 'string' ? group.trim() : group];
  return isScreenName(n) && isScreenName(g) ? { code: code.trim(), name: n, group: g } : null;
}

const PAIRING_REFUSALS = {
  unknown_code: [404, 'no screen is showing that code now: check the code on the screen'],
  name_taken: [409, 'a connected screen already has that name: pick another'],
} as const;

/** The path a refusal is audited under: never the query, which is the sender's to fill. */
export const auditedPath = (req: Request) => req.originalUrl.split('?')[0] ?? '';

export function controlRouter({ control, requirePresent, refusals, storage, pairing, hub }: ControlRouterDeps): Router {
  const router = Router();
  // A full disk must not turn a refusal into a 500: the answer stands, only its audit line is lost.
  const refuse = (req: Request, res: Response, outcome: RefusedOutcome) => {
    try {
      refusals.refuse({ ...requesterOf(req, res), method: req.method, path: auditedPath(req), outcome });
    } catch (error) {
      if (storage.failed(error) === null) throw error;
    }
  };
  router.use('/control', requirePresent);
  router.use('/screens', requirePresent);

  // Paged, so that a crowd of connected pages cannot make one answer (or the console showing it) unbounded.
  router.get('/screens', (req, res) => {
    const all = control.screens();
    const limit = Math.min(MAX_SCREENS_PAGE, Math.max(1, Number(req.query.limit) || MAX_SCREENS_PAGE));
    const offset = Math.max(0, Math.floor(Number(req.query.offset) || 0));
    res.set('Cache-Control', 'no-store').json({
      serverNow: Date.now(),
      total: all.length,
      offset,
      unpaired: control.unpaired(),
      screens: all.slice(offset, offset + limit),
      groups: control.groups(),
      recentBanners: control.recentBanners(),
    });
  });
  router.post('/screens/pair', jsonBody(), (req, res) => {
    const request = pairingRequest(req.body);
    if (!request) {
      refuse(req, res, 'invalid');
      return sendError(res, 400, 'invalid_pairing', 'send {code: the six digits on the screen, name and group: 1 to 32 characters each}');
    }
    try {
      const claimed = pairing.claim(request.code, request.name, request.group, (name) => hub.registry.pairedConnected(name));
      if (!claimed.ok) {
        refuse(req, res, 'invalid');
        const [status, message] = PAIRING_REFUSALS[claimed.refusal];
        return sendError(res, status, claimed.refusal, message);
      }
      storage.succeeded();
      // The pairing is saved: it stands even if its audit line cannot be written now.
      try {
        control.record(requesterOf(req, res), 'applied', { action: 'pair', target: { screen: request.name }, group: request.group });
      } catch (error) {
        if (storage.failed(error) === null) throw error;
      }
      hub.pair(claimed.socketId, claimed.record, claimed.credential);
      res.json({ screen: claimed.record.name, group: claimed.record.group, kind: claimed.record.kind });
    } catch (error) {
      const reason = storage.failed(error);
      if (reason === null) throw error;
      sendStorageUnavailable(res, reason);
    }
  });
  router.post('/control', jsonBody(), (req, res) => {
    const parsed = parseCommand(req.body);
    if (!parsed.ok) {
      refuse(req, res, 'invalid');
      return sendError(res, 400, 'invalid_command', parsed.message);
    }
    try {
      const result = control.apply(parsed.command, requesterOf(req, res));
      if (!result.ok) {
        // Refused, not failed: the presenter must see that nothing happened, and the log must say so too.
        try {
          control.record(requesterOf(req, res), 'unreached', parsed.command);
        } catch (error) {
          if (storage.failed(error) === null) throw error;
        }
        return sendError(res, 409, result.error, result.message);
      }
      res.json({ channel: result.channel, state: result.state, scene: result.scene, screens: result.screens, viewers: result.viewers });
      storage.succeeded();
    } catch (error) {
      const reason = storage.failed(error);
      if (reason === null) throw error;
      refuse(req, res, 'failed');
      sendStorageUnavailable(res, reason);
    }
  });
  router.get('/control/audit', (req, res) => {
    // Writing the summaries of ended floods must not cost the presenter the log itself on a full disk.
    try {
      refusals.flush();
    } catch (error) {
      if (storage.failed(error) === null) throw error;
    }
    const limit = Math.min(1000, Math.max(1, Number(req.query.limit) || 200));
    res.json(control.auditLog(limit));
  });
  // Bodies the parser refused (malformed JSON, too large, not UTF-8) are refusals too.
  const auditUnreadable: ErrorRequestHandler = (error, req, res, next) => {
    refuse(req, res, 'invalid');
    next(error);
  };
  router.use('/control', auditUnreadable);
  return router;
}
