/**
 * `POST /api/events`: the ingest endpoint every feed writes through. A batch
 * a demo feed sends (`x-feed-kind: demo`) goes to the demo ledger and only
 * there; everything else to the live one.
 */
import { Router, type NextFunction, type RequestHandler, type Response } from 'express';
import { parseEventBody, type createEventSchemas, type DomainEvent } from '../../common/events';
import type { WallMode } from '../../common/mode';
import type { IngestResponse } from '../../common/protocol';
import type { IngestRequest, Ledger } from '../domain/ledger';
import type { Ledgers } from '../mode/snapshots';
import type { StorageHealth } from '../store/storageHealth';
import { sendError } from './errors';
import { jsonBody } from './guards';

export interface EventsRouterDeps {
  ledgers: Ledgers;
  schemas: ReturnType<typeof createEventSchemas>;
  /** Runs before the body is read: authentication and rate limits. */
  guards: RequestHandler[];
  /** Told of every committed change and the ledger it went to, to push it to the screens showing that one. */
  onCommitted: (update: NonNullable<ReturnType<Ledger['ingest']>['update']>, mode: WallMode) => void;
  /** Told of every commit and every failed one, for health and the 503 answers. */
  storage: StorageHealth;
  /** Who sent a request, as the log records it (`key:<name>` or `account:<name>`), from what the guards found. */
  senderOf: (res: Response) => string;
  /** Told of each request once its sender has been answered, with its events and how many were new: for the audit trail. */
  recorded?: (res: Response, events: readonly DomainEvent[], accepted: number) => void;
}

/** A group is committed at once past this many events, so that one transaction never grows without bound. */
const GROUP_MAX_EVENTS = 5000;

interface Waiting extends IngestRequest {
  res: Response;
  next: NextFunction;
}

/** The ingest router; `guards` authenticate, `senderOf` names who they let in. */
export function eventsRouter({ ledgers, schemas, guards, onCommitted, storage, senderOf, recorded }: EventsRouterDeps): Router {
  const router = Router();
  const committers = { live: groupCommitter('live'), demo: groupCommitter('demo') };

  const ingest: RequestHandler = (req, res, next) => {
    const parsed = parseEventBody(req.body, schemas);
    if (!parsed.ok) return sendError(res, 400, 'invalid_events', 'nothing was accepted: fix the listed fields', parsed.errors);
    // Its figures are worked out from the ledger by the desk's undo: one sent from outside could subtract anything.
    const undo = parsed.events.findIndex((event) => event.type === 'import.undone');
    if (undo >= 0) {
      return sendError(res, 400, 'invalid_events', 'nothing was accepted: fix the listed fields', [
        {
          ...(Array.isArray(req.body) ? { index: undo } : {}),
          path: 'type',
          message: 'import.undone is written by the desk (POST /api/imports/:seq/undo), not sent',
        },
      ]);
    }
    // A person at the desk is `desk`; a machine feed is `feed`, or `demo` when it says it is one.
    const source = req.get('x-feed-kind') === 'demo' ? 'demo' : senderOf(res).startsWith('account:') ? 'desk' : 'feed';
    const request = { events: parsed.events, options: { receivedAt: new Date(), source, sender: senderOf(res) }, res, next } as const;
    committers[source === 'demo' ? 'demo' : 'live'].add(request);
  };

  router.post('/events', ...guards, jsonBody(), ingest);
  return router;

  /** The requests waiting to be committed in the ledger of `mode`. */
  function groupCommitter(mode: WallMode) {
    const ledger = ledgers[mode];
    // Requests whose bodies arrive in the same turn of the event loop share one
    // transaction and one disk sync: while a sync blocks, the next group grows
    // instead of the queue of syncs. Each sender is answered only after its commit.
    let waiting: Waiting[] = [];
    let waitingEvents = 0;
    const commitWaiting = (): void => {
      const group = waiting;
      waiting = [];
      waitingEvents = 0;
      if (group.length === 0) return;
      try {
        answer(group, ledger.ingestGroup(group));
      } catch (error) {
        // Nothing was committed. A disk that refuses writes refuses them all (each answered 503 by the error handler);
        // otherwise, alone, each request fails or succeeds on its own, as it would have ungrouped.
        if (storage.failed(error) !== null || group.length === 1) {
          for (const request of group) request.next(error);
          return;
        }
        for (const request of group) {
          try {
            answer([request], ledger.ingestGroup([request]));
          } catch (alone) {
            request.next(alone);
          }
        }
      }
    };
    const answer = (group: Waiting[], outcome: ReturnType<Ledger['ingestGroup']>): void => {
      // Only a real commit proves the disk writes again: a batch of duplicates wrote nothing.
      if (outcome.update) {
        storage.succeeded();
        onCommitted(outcome.update, mode);
      }
      group.forEach((request, i) => {
        const { accepted, duplicates, seq } = outcome.results[i] ?? { accepted: 0, duplicates: 0, seq: ledger.state.seq };
        const body: IngestResponse = { accepted, duplicates, seq };
        request.res.json(body);
        recorded?.(request.res, request.events, accepted);
      });
    };

    return {
      add(request: Waiting): void {
        waiting.push(request);
        waitingEvents += request.events.length;
        if (waitingEvents >= GROUP_MAX_EVENTS) commitWaiting();
        else if (waiting.length === 1) setImmediate(commitWaiting);
      },
    };
  }
}
