/**
 * The ledger for people: its head, its last verification, verifying it now,
 * and tracing a figure on the wall back to the events that made it.
 */
import { Router, type RequestHandler, type Response } from 'express';
import type { LedgerStatus, TracedEvent, VerifyResult } from '../../common/auth';
import { isMetricId, METRIC_IDS } from '../../common/metrics';
import type { Ledger } from '../domain/ledger';
import { traceMetricInFile, verifyLedgerFile } from '../store/ledgerFile';
import type { Store } from '../store/store';
import { sendError } from './errors';

export interface LedgerRouterDeps {
  ledger: Pick<Ledger, 'head'>;
  store: Pick<Store, 'lastVerified'>;
  /** The ledger's SQLite file (`DATA_DIR/wall.sqlite`), read on connections of its own. */
  file: string;
  /** Lets through only those who may manage (verify). */
  requireManage: RequestHandler;
  /** Lets through only those who may trace (read the ledger). */
  requireTrace: RequestHandler;
  /** Told of every verification run here, for the audit trail. */
  onVerified: (res: Response, result: VerifyResult) => void;
}

/** How many traced events one request may ask for, and how many it gets when it does not say. */
export const TRACE_LIMIT = { max: 500, default: 50 } as const;

/** The limit asked for, or null when it is not a whole number in range. */
function traceLimit(raw: unknown): number | null {
  if (raw === undefined) return TRACE_LIMIT.default;
  const limit = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN;
  return limit >= 1 && limit <= TRACE_LIMIT.max ? limit : null;
}

/** `GET /ledger`, `POST /ledger/verify`, `GET /ledger/events?metric=&limit=`. */
export function ledgerRouter({ ledger, store, file, requireManage, requireTrace, onVerified }: LedgerRouterDeps): Router {
  const router = Router();
  // Requests that arrive while a verification runs share its verdict rather than read the whole log again.
  let running: Promise<VerifyResult> | undefined;
  const verifyOnce = (): Promise<VerifyResult> =>
    (running ??= verifyLedgerFile(file, { by: 'server' })
      .then(({ result }) => result)
      .finally(() => {
        running = undefined;
      }));

  router.get('/ledger', requireTrace, (_req, res) => {
    const { seq, hash } = ledger.head;
    const status: LedgerStatus = { headSeq: seq, headHash: hash, lastVerified: store.lastVerified() };
    res.json(status);
  });

  router.post('/ledger/verify', requireManage, async (_req, res) => {
    const result = await verifyOnce();
    onVerified(res, result);
    // 200 even when the ledger fails: the answer is the verdict, not an error of the request.
    res.json(result);
  });

  router.get('/ledger/events', requireTrace, async (req, res) => {
    const { metric } = req.query;
    if (!isMetricId(metric)) {
      return sendError(res, 400, 'unknown_metric', `metric must be one of: ${METRIC_IDS.join(', ')}`);
    }
    const limit = traceLimit(req.query.limit);
    if (limit === null) return sendError(res, 400, 'invalid_limit', `limit must be a whole number from 1 to ${TRACE_LIMIT.max}`);
    const traced: TracedEvent[] = await traceMetricInFile(file, metric, limit);
    res.json(traced);
  });

  return router;
}
