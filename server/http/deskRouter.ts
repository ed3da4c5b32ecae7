/** The operator desk's own endpoints: today at a glance, and undoing a correction with a compensating one. */
import { Router, type RequestHandler, type Response } from 'express';
import { undoIdFor, type DeskToday, type UndoResult } from '../../common/desk';
import { parseEventBody, type createEventSchemas, type DomainEvent } from '../../common/events';
import { METRIC_BY_ID, METRIC_IDS, type MetricValues } from '../../common/metrics';
import type { AuditLine } from '../audit/auditTrail';
import { compensatingValue, figuresToday, localDayStart } from '../desk/today';
import type { Ledger } from '../domain/ledger';
import type { ScreenInfo } from '../realtime/screens';
import { lastChangesIn } from '../store/lastChanges';
import { entryAt, recentEntries, stateBefore } from '../store/ledgerReads';
import type { Store } from '../store/store';
import type { StorageHealth } from '../store/storageHealth';
import { sendError, sendStorageUnavailable } from './errors';
import { jsonBody } from './guards';

export interface DeskRouterDeps {
  requireRecord: RequestHandler;
  ledger: Pick<Ledger, 'state' | 'head'>;
  store: Pick<Store, 'lastVerified' | 'existingIds'>;
  /** The ledger's SQLite file. */
  file: string;
  screens: () => ScreenInfo[];
  schemas: ReturnType<typeof createEventSchemas>;
  /** Commits events as the requester, from the desk, and pushes them to the walls. */
  ingest: (res: Response, events: DomainEvent[]) => { accepted: number; seq: number };
  audit: (res: Response, line: Pick<AuditLine, 'kind' | 'what' | 'outcome'>) => void;
  storage: StorageHealth;
  now: () => number;
}

const RECENT_ENTRIES = 20;
/** Longest reason an undo may give; the compensating correction's reason adds the seq it takes back. */
const MAX_UNDO_REASON = 200;

export function deskRouter(deps: DeskRouterDeps): Router {
  const router = Router();
  const lastChanges = lastChangesIn(deps.file, () => deps.ledger.state);
  // The figures at the day's start never change once the day has begun: folded once a day.
  let dayStartCache: { dayStart: string; values: Readonly<MetricValues> } | null = null;
  const dayStartValues = async (dayStart: string) => {
    if (dayStartCache?.dayStart !== dayStart)
      dayStartCache = { dayStart, values: (await stateBefore(deps.file, { receivedAt: dayStart })).values };
    return dayStartCache.values;
  };

  router.get('/desk/today', deps.requireRecord, async (_req, res, next) => {
    try {
      const dayStart = localDayStart(deps.now()).toISOString();
      const [startValues, recent, lastChange] = await Promise.all([
        dayStartValues(dayStart),
        recentEntries(deps.file, RECENT_ENTRIES),
        lastChanges(),
      ]);
      const all = deps.screens();
      const paired = all.filter((s) => s.paired);
      const body: DeskToday = {
        dayStart,
        figures: figuresToday(METRIC_IDS, deps.ledger.state.values, startValues, lastChange),
        recent,
        screens: {
          connected: paired.length,
          unpaired: all.length - paired.length,
          paired: paired.map((s) => ({ screen: s.screen, group: s.group, kind: s.kind, lastSeenAt: new Date(s.lastSeenAt).toISOString() })),
        },
        ledger: { headSeq: deps.ledger.head.seq, headHash: deps.ledger.head.hash, lastVerified: deps.store.lastVerified() },
      };
      res.set('Cache-Control', 'no-store').json(body);
    } catch (error) {
      next(error);
    }
  });

  router.post('/corrections/:seq/undo', deps.requireRecord, jsonBody(), async (req, res, next) => {
    const seq = Number(req.params.seq);
    const { reason } = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<string, unknown>;
    if (typeof reason !== 'string' || reason.trim() === '' || [...reason].length > MAX_UNDO_REASON) {
      return sendError(res, 400, 'invalid_reason', `give a reason for the undo (1 to ${MAX_UNDO_REASON} characters)`);
    }
    try {
      const entry = Number.isInteger(seq) && seq > 0 ? await entryAt(deps.file, seq) : null;
      if (entry?.event.type !== 'metric.corrected')
        return sendError(res, 404, 'not_found', `there is no correction at seq ${req.params.seq}`);
      const id = undoIdFor(seq);
      if (deps.store.existingIds([id]).has(id))
        return sendError(res, 409, 'already_undone', `the correction at seq ${seq} was undone already`);
      const { metric, value: corrected } = entry.event;
      const before = (await stateBefore(deps.file, { seq })).values[metric];
      const value = compensatingValue(deps.ledger.state.values[metric], before, corrected);
      const { min, max } = METRIC_BY_ID[metric];
      if (value < min || value > max) {
        return sendError(res, 409, 'out_of_range', `undoing would set ${metric} to ${value}, outside ${min}–${max}: correct it instead`);
      }
      const parsed = parseEventBody(
        { id, type: 'metric.corrected', metric, value, reason: `undo of seq ${seq}: ${reason.trim()}` },
        deps.schemas,
      );
      if (!parsed.ok) return sendError(res, 400, 'invalid_undo', 'the compensating correction is not valid', parsed.errors);
      const result = deps.ingest(res, parsed.events);
      if (result.accepted === 0) return sendError(res, 409, 'already_undone', `the correction at seq ${seq} was undone already`);
      deps.audit(res, {
        kind: 'correction',
        what: `undid the correction at seq ${seq} (${metric} back to ${value}): ${reason.trim()}`,
        outcome: 'applied',
      });
      res.json({ seq: result.seq, metric, value } satisfies UndoResult);
    } catch (error) {
      const problem = deps.storage.failed(error);
      if (problem === null) return next(error);
      sendStorageUnavailable(res, problem);
    }
  });
  return router;
}
