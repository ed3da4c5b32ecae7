/**
 * The hall's mode: `GET /api/mode` for anyone (a wall or the desk shows it),
 * `PUT /api/mode` for admins, which moves every wall that follows the hall to
 * the other store at once. Nothing is deleted either way.
 */
import { Router, type RequestHandler } from 'express';
import { isWallMode, type ModeRefusal, type ModeResponse } from '../../common/mode';
import type { AuditLine } from '../audit/auditTrail';
import { requesterOf } from '../auth/principal';
import type { HallMode } from '../mode/hallMode';
import type { StorageHealth } from '../store/storageHealth';
import { sendError, sendStorageUnavailable } from './errors';
import { jsonBody } from './guards';

export interface ModeRouterDeps {
  hallMode: HallMode;
  /** Lets through admins; refuses and audits everyone else. */
  requireManage: RequestHandler;
  /** Told once a switch is saved: the walls that follow the hall are moved to the new store. */
  onSwitched: (mode: ModeResponse['mode']) => void;
  audit: (line: AuditLine) => void;
  storage: StorageHealth;
  now: () => number;
}

const REFUSALS: Record<ModeRefusal, string> = {
  no_change: 'the walls already show that mode: nothing was changed',
  not_switchable: 'the server runs without the demo feed (MOCK=off): there is only the live store to show',
};

export function modeRouter({ hallMode, requireManage, onSwitched, audit, storage, now }: ModeRouterDeps): Router {
  const router = Router();
  const current = (): ModeResponse => ({ mode: hallMode.current(), switchable: hallMode.switchable });
  // The switch is made and answered: a trail line the disk refuses now is lost, never the switch.
  const record = (line: AuditLine) => {
    try {
      audit(line);
    } catch (error) {
      if (storage.failed(error) === null) throw error;
    }
  };

  router.get('/mode', (_req, res) => {
    res.set('Cache-Control', 'no-store').json(current());
  });
  router.put('/mode', requireManage, jsonBody(), (req, res) => {
    const wanted: unknown = (req.body as { mode?: unknown } | null)?.mode;
    if (!isWallMode(wanted)) return sendError(res, 400, 'invalid_mode', 'mode must be live or demo');
    const line = { at: new Date(now()).toISOString(), ...requesterOf(req, res), kind: 'mode' as const };
    let outcome: ReturnType<HallMode['switchTo']>;
    try {
      outcome = hallMode.switchTo(wanted);
    } catch (error) {
      const reason = storage.failed(error);
      if (reason === null) throw error;
      return sendStorageUnavailable(res, reason);
    }
    if (!outcome.ok) {
      record({ ...line, what: `asked to switch the walls to ${wanted}: ${REFUSALS[outcome.refusal]}`, outcome: 'invalid' });
      return sendError(res, 409, outcome.refusal, REFUSALS[outcome.refusal]);
    }
    storage.succeeded();
    onSwitched(outcome.mode);
    record({ ...line, what: `switched the walls from ${outcome.from} to ${outcome.mode}`, outcome: 'applied' });
    res.json(current());
  });
  return router;
}
