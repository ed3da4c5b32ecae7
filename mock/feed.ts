/**
 * The mock feed runner: posts generated events to a server's ingest API at
 * a rate that follows the day rhythm, until stopped.
 */
import { MAX_BATCH } from '../common/events';
import { fetchCatalog, postEvents } from './client';
import { createEventGenerator, type MockCatalog, type MockEvent } from './generate';
import { retryDelayMs } from './retry';
import { dayRhythm, eventsDue, localHour, simulatedTime, tickIntervalMs } from './rhythm';
import { createStopSignal } from './stop-signal';

export interface MockFeedOptions {
  /** The server's base URL, e.g. `http://127.0.0.1:3000`. */
  url: string;
  /** The ingest token (`Authorization: Bearer`). */
  token: string;
  /** Events per second in the busiest hour of the day; fewer at night. Default 1. */
  rate?: number;
  /** How many times faster than real time the simulated day runs. Default 1. */
  speed?: number;
  /** Seeds the generator; event ids are `mock-<seed>-<n>`. Default: the current time, so a restart sends new ids. */
  seed?: number;
  /** Where the simulated clock starts (epoch ms). Default: now. */
  startAt?: number;
  /** Receives one line per notable happening (start, errors, retries). Default: silent. */
  log?: (line: string) => void;
}

export type MockFeedState = 'starting' | 'running' | 'stopped' | 'failed';

export interface MockFeedStats {
  state: MockFeedState;
  seed: number;
  /** Events the server counted. */
  accepted: number;
  /** Events the server had already seen (a retry after a lost answer). */
  duplicates: number;
  /** Events dropped because the server refused them as invalid. */
  rejected: number;
  requests: number;
  retries: number;
  lastError?: string;
}

export interface MockFeed {
  /** Stops generating; resolves once the request in flight, if any, has ended. */
  stop(): Promise<void>;
  stats(): MockFeedStats;
  /** Resolves when the feed ends: after `stop()`, or on its own if the server refuses the token. */
  finished: Promise<void>;
}

/** Starts the feed in the background; it first fetches the catalog, retrying until the server answers. */
export function startMockFeed(options: MockFeedOptions): MockFeed {
  const rate = options.rate ?? 1;
  const speed = options.speed ?? 1;
  const seed = options.seed ?? Date.now();
  const log = options.log ?? (() => {});
  if (!(rate > 0 && Number.isFinite(rate))) throw new RangeError(`rate must be a positive number, got ${rate}`);
  if (!(speed > 0 && Number.isFinite(speed))) throw new RangeError(`speed must be a positive number, got ${speed}`);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new RangeError(`seed must be a non-negative integer, got ${seed}`);

  const stats: MockFeedStats = { state: 'starting', seed, accepted: 0, duplicates: 0, rejected: 0, requests: 0, retries: 0 };
  const stopSignal = createStopSignal();

  /** Sends one batch until the server takes it, refuses it, or the feed stops. Same ids on every attempt. */
  async function deliver(batch: readonly MockEvent[]): Promise<'done' | 'refetch' | 'fatal'> {
    for (let attempt = 1; !stopSignal.stopped; attempt += 1) {
      stats.requests += 1;
      const outcome = await postEvents(options.url, options.token, batch);
      switch (outcome.kind) {
        case 'accepted':
          stats.accepted += outcome.response.accepted;
          stats.duplicates += outcome.response.duplicates;
          return 'done';
        case 'unauthorized':
          stats.lastError = outcome.reason;
          log(`mock feed: the server refused the ingest token (${outcome.reason}); stopping`);
          return 'fatal';
        case 'rejected':
          // Most likely an operator changed the vocabulary since the catalog was read.
          stats.rejected += batch.length;
          stats.lastError = outcome.reason;
          log(`mock feed: ${batch.length} event(s) refused (${outcome.reason}); re-reading the catalog`);
          return 'refetch';
        case 'retry': {
          stats.lastError = outcome.reason;
          stats.retries += 1;
          const delay = retryDelayMs(attempt, Math.random(), outcome.retryAfterMs);
          log(`mock feed: ${outcome.reason}; retrying in ${Math.round(delay)} ms`);
          await stopSignal.sleep(delay);
        }
      }
    }
    return 'done';
  }

  async function loadCatalog(): Promise<MockCatalog | undefined> {
    for (let attempt = 1; !stopSignal.stopped; attempt += 1) {
      try {
        return await fetchCatalog(options.url);
      } catch (error) {
        stats.lastError = `catalog: ${error instanceof Error ? error.message : String(error)}`;
        const delay = retryDelayMs(attempt, Math.random());
        log(`mock feed: cannot read the catalog (${stats.lastError}); retrying in ${Math.round(delay)} ms`);
        await stopSignal.sleep(delay);
      }
    }
    return undefined;
  }

  async function run(): Promise<void> {
    let catalog = await loadCatalog();
    if (!catalog) return;
    let generator = createEventGenerator(catalog, seed);
    stats.state = 'running';
    const realStart = Date.now();
    const simStart = options.startAt ?? realStart;
    const hour = localHour(simStart);
    const nowRate = (rate * dayRhythm(hour)).toPrecision(2);
    log(
      `mock feed: posting to ${options.url} at up to ${rate} event(s)/s (${nowRate}/s at ${Math.floor(hour)}h Lingchuan time), ` +
        `speed ${speed}x, seed ${seed}`,
    );
    let last = realStart;
    let carry = 0;
    while (!stopSignal.stopped) {
      await stopSignal.sleep(tickIntervalMs(rate));
      const now = Date.now();
      const activity = dayRhythm(localHour(simulatedTime(simStart, now - realStart, speed)));
      const due = eventsDue(carry, rate, activity, now - last, MAX_BATCH);
      [last, carry] = [now, due.carry];
      if (due.count === 0 || stopSignal.stopped) continue;
      const batch = Array.from({ length: due.count }, () => generator.next());
      const result = await deliver(batch);
      if (result === 'fatal') {
        stats.state = 'failed';
        return;
      }
      if (result === 'refetch') {
        catalog = (await loadCatalog()) ?? catalog;
        // The stream goes on from where it was, so no id is ever reused with other contents.
        generator = createEventGenerator(catalog, seed, generator.count);
      }
    }
  }

  const finished = run().then(
    () => {
      if (stats.state !== 'failed') stats.state = 'stopped';
    },
    (error: unknown) => {
      stats.state = 'failed';
      stats.lastError = error instanceof Error ? error.message : String(error);
      log(`mock feed: stopped by an unexpected error: ${stats.lastError}`);
    },
  );

  return {
    stop: async () => {
      stopSignal.stop();
      await finished;
    },
    stats: () => ({ ...stats }),
    finished,
  };
}
