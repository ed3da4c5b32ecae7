/**
 * The presenter console's endpoints, all behind the control token: the
 * screens, the commands, and the audit log of every command.
 */
import { Router, type RequestHandler } from 'express';
import { parseCommand } from '../../common/control';
import type { ControlService } from '../control/controlService';
import { sendError } from './errors';
import { jsonBody } from './guards';

export function controlRouter(control: ControlService, guard: RequestHandler): Router {
  const router = Router();
  router.use('/control', guard);
  router.use('/screens', guard);

  router.get('/screens', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ serverNow: Date.now(), screens: control.screens() });
  });
  router.post('/control', jsonBody(), (req, res) => {
    const from = req.ip ?? 'unknown';
    const parsed = parseCommand(req.body);
    if (!parsed.ok) {
      control.record(from, 'invalid', req.body);
      return sendError(res, 400, 'invalid_command', parsed.message);
    }
    res.json(control.apply(parsed.command, from));
  });
  router.get('/control/audit', (req, res) => {
    const limit = Math.min(1000, Math.max(1, Number(req.query.limit) || 200));
    res.json(control.auditLog(limit));
  });
  return router;
}
