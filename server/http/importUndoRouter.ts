/**
 * Undoing an import: the desk lists the recent imports, and takes one back with
 * a compensating entry (`import.undone`) that subtracts what it added. History
 * is never deleted: the import and its undo both stay in the ledger.
 */
import { Router, type RequestHandler, type Response } from 'express';
import { importUndoIdFor, type ImportUndoResult } from '../../common/desk';
import { parseEventBody, type createEventSchemas, type DomainEvent } from '../../common/events';
import type { AuditLine } from '../audit/auditTrail';
import { importCompensation } from '../desk/importUndo';
import type { Ledger } from '../domain/ledger';
import { importEndingAt, recentImports } from '../store/importReads';
import type { Store } from '../store/store';
import type { StorageHealth } from '../store/storageHealth';
import { sendError, sendStorageUnavailable } from './errors';
import { jsonBody } from './guards';

export interface ImportUndoRouterDeps {
  requireRecord: RequestHandler;
  ledger: Pick<Ledger, 'state'>;
  store: Pick<Store, 'existingIds'>;
  /** The ledger's SQLite file. */
  file: string;
  schemas: ReturnType<typeof createEventSchemas>;
  /** Commits events as the requester, from the desk, and pushes them to the walls. */
  ingest: (res: Response, events: DomainEvent[]) => { accepted: number; seq: number };
  audit: (res: Response, line: Pick<AuditLine, 'kind' | 'what' | 'outcome'>) => void;
  storage: StorageHealth;
}

const RECENT_IMPORTS = 20;
const MAX_UNDO_REASON = 200;

export function importUndoRouter(deps: ImportUndoRouterDeps): Router {
  const router = Router();

  router.get('/imports', deps.requireRecord, async (_req, res, next) => {
    try {
      res.set('Cache-Control', 'no-store').json(await recentImports(deps.file, RECENT_IMPORTS));
    } catch (error) {
      next(error);
    }
  });

  router.post('/imports/:seq/undo', deps.requireRecord, jsonBody(), async (req, res, next) => {
    const seq = Number(req.params.seq);
    const { reason } = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<string, unknown>;
    if (typeof reason !== 'string' || reason.trim() === '' || [...reason].length > MAX_UNDO_REASON) {
      return sendError(res, 400, 'invalid_reason', `give a reason for the undo (1 to ${MAX_UNDO_REASON} characters)`);
    }
    const alreadyUndone = () => sendError(res, 409, 'already_undone', `the import ending at seq ${seq} was undone already`);
    try {
      const id = importUndoIdFor(seq);
      if (Number.isInteger(seq) && seq > 0 && deps.store.existingIds([id]).has(id)) return alreadyUndone();
      const found = Number.isInteger(seq) && seq > 0 ? await importEndingAt(deps.file, seq) : null;
      if (!found) return sendError(res, 404, 'not_found', `no import ends at seq ${req.params.seq}: GET /api/imports lists them`);
      const outcome = importCompensation({ ...found, current: deps.ledger.state.values });
      if (!outcome.ok) {
        const { metric, value, min, max } = outcome;
        return sendError(res, 409, 'out_of_range', `undoing would set ${metric} to ${value}, outside ${min}–${max}: correct it instead`);
      }
      const { values, breakdowns, forget } = outcome.compensation;
      const entry = {
        id,
        type: 'import.undone',
        importSeq: seq,
        reason: reason.trim(),
        values,
        ...(Object.keys(breakdowns).length > 0 ? { breakdowns } : {}),
        ...(forget.projects.length + forget.orgs.length > 0 ? { forget } : {}),
      };
      const parsed = parseEventBody(entry, deps.schemas);
      if (!parsed.ok) return sendError(res, 400, 'invalid_undo', 'the compensating entry is not valid', parsed.errors);
      const result = deps.ingest(res, parsed.events);
      if (result.accepted === 0) return alreadyUndone();
      const entries = found.rows.length;
      deps.audit(res, {
        kind: 'import',
        what: `undid the import at seq ${found.fromSeq}–${seq} (${entries} entries): ${reason.trim()}`,
        outcome: 'applied',
      });
      res.json({ seq: result.seq, entries, changes: values } satisfies ImportUndoResult);
    } catch (error) {
      const problem = deps.storage.failed(error);
      if (problem === null) return next(error);
      sendStorageUnavailable(res, problem);
    }
  });
  return router;
}
