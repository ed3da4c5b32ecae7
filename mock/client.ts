/**
 * The mock feed's two HTTP calls, exactly as an outside feed makes them:
 * read the catalog, post events with the ingest token.
 */
import { z } from 'zod';
import type { DomainEvent } from '../common/events';
import type { ErrorResponse, IngestResponse } from '../common/protocol';
import type { MockCatalog } from './generate';
import { parseRetryAfter } from './retry';

/** A request that hangs must not hold the feed (or its `stop()`) for ever. */
const REQUEST_TIMEOUT_MS = 10_000;

const entry = z.object({ name: z.string(), en: z.string() });
const catalogSchema = z.object({
  towns: z.array(entry),
  categories: z.array(entry),
  landProjects: z.array(entry),
  projects: z.array(z.string()),
  communities: z.array(z.string()),
});

/** The outcome of one POST: what the feed should do next. */
export type Delivery =
  | { kind: 'accepted'; response: IngestResponse }
  | { kind: 'retry'; reason: string; retryAfterMs?: number }
  | { kind: 'rejected'; reason: string }
  | { kind: 'unauthorized'; reason: string };

/** Resolves a path against the server's base URL, keeping any path prefix (a feed behind a proxy). */
export function apiUrl(base: string, path: string): URL {
  return new URL(path, base.endsWith('/') ? base : `${base}/`);
}

/** Reads `GET /api/metrics`; throws on any failure so that the caller retries. */
export async function fetchCatalog(base: string): Promise<MockCatalog> {
  const res = await fetch(apiUrl(base, 'api/metrics'), { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  if (!res.ok) throw new Error(`GET /api/metrics answered ${res.status}`);
  return catalogSchema.parse(await res.json());
}

async function errorMessage(res: Response): Promise<string> {
  const body = (await res.json().catch(() => undefined)) as Partial<ErrorResponse> | undefined;
  const first = body?.errors?.[0];
  const detail = first ? ` (${first.index ?? ''} ${first.path}: ${first.message})` : '';
  return `${res.status} ${body?.message ?? res.statusText}${detail}`;
}

/**
 * Posts one batch (a lone event is sent as an object) and classifies the
 * answer: network errors, timeouts, 5xx and 429 are worth retrying with the
 * same ids; 401/403 stop the feed; other 4xx mean this batch will never be accepted.
 */
export async function postEvents(base: string, token: string, events: readonly DomainEvent[]): Promise<Delivery> {
  let res: Response;
  try {
    res = await fetch(apiUrl(base, 'api/events'), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        // The server keeps what this feed sends in its demo store, apart from the hall's live figures.
        'x-feed-kind': 'demo',
      },
      body: JSON.stringify(events.length === 1 ? events[0] : events),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    return { kind: 'retry', reason: error instanceof Error ? error.message : String(error) };
  }
  if (res.ok) {
    // A body cut short leaves the outcome unknown; re-sending is safe, as ids are idempotency keys.
    const response = (await res.json().catch(() => undefined)) as IngestResponse | undefined;
    return response ? { kind: 'accepted', response } : { kind: 'retry', reason: `${res.status} with an unreadable body` };
  }
  const reason = await errorMessage(res);
  if (res.status === 408 || res.status === 429 || res.status >= 500) {
    const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), Date.now());
    return retryAfterMs === undefined ? { kind: 'retry', reason } : { kind: 'retry', reason, retryAfterMs };
  }
  if (res.status === 401 || res.status === 403) return { kind: 'unauthorized', reason };
  return { kind: 'rejected', reason };
}
