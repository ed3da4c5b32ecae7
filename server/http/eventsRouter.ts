/** `POST /api/events`: the ingest endpoint every feed writes through. */
import { Router, type RequestHandler } from 'express';
import { parseEventBody, type createEventSchemas } from '../../common/events';
import type { IngestResponse } from '../../common/protocol';
import type { Ledger } from '../domain/ledger';
import { sendError } from './errors';
import { jsonBody } from './guards';

export interface EventsRouterDeps {
  ledger: Ledger;
  schemas: ReturnType<typeof createEventSchemas>;
  /** Runs before the body is read: authentication and rate limits. */
  guards: RequestHandler[];
  /** Told of every committed change, to push it to screens. */
  onCommitted: (update: NonNullable<ReturnType<Ledger['ingest']>['update']>) => void;
}

export function eventsRouter({ ledger, schemas, guards, onCommitted }: EventsRouterDeps): Router {
  const router = Router();

  const ingest: RequestHandler = (req, res) => {
    const parsed = parseEventBody(req.body, schemas);
    if (!parsed.ok) return sendError(res, 400, 'invalid_events', 'nothing was accepted: fix the listed fields', parsed.errors);
    const source = req.get('x-feed-kind') === 'demo' ? 'demo' : 'feed';
    const result = ledger.ingest(parsed.events, { receivedAt: new Date(), source });
    if (result.update) onCommitted(result.update);
    const body: IngestResponse = { accepted: result.accepted, duplicates: result.duplicates, seq: result.seq };
    res.json(body);
  };

  router.post('/events', ...guards, jsonBody(), ingest);
  return router;
}
