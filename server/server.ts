/**
 * Opens the store, assembles the application and listens: the one place that
 * wires the real pieces together, used by the entry point and by tests.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Catalog } from '../common/catalog';
import { createApplication, type Application } from './app';
import type { Config } from './config';
import { catalogOf, initialState, parseBaseline } from './domain/baseline';
import { createLedger, type Ledger } from './domain/ledger';
import { openSqliteStore } from './store/sqliteStore';
import { resolveTokens, type Tokens } from './tokens';
import { openControlStore } from './control/controlStore';
import { parsePlaylist } from './control/playlist';
import { capConnectionsPerClient, CONNECTION_CAP, type ConnectionCap } from './http/connectionCap';
import { createStorageHealth } from './store/storageHealth';
import { openAuthStore, type AuthStore } from './auth/authStore';
import { verificationLine } from './http/peopleRoutes';
import { scheduleLedgerChecks } from './ops/ledgerChecks';
import { join } from 'node:path';
import { takeOverDemoOnlyStore } from './mode/demoTakeover';

export interface RunningServer {
  url: string;
  port: number;
  tokens: Tokens;
  catalog: Catalog;
  ledger: Ledger;
  /** The demo feed's own ledger, in `demo.sqlite`. */
  demoLedger: Ledger;
  authStore: AuthStore;
  application: Application;
  http: HttpServer;
  close(): Promise<void>;
}

export interface HttpTimeouts {
  /** Longest a client may take to send its request headers. */
  headersMs: number;
  /** Longest a client may take to send its whole request, body included. */
  requestMs: number;
}

/**
 * Short enough that a slow or stalled client is cut off (Node's own defaults wait 60 s for
 * headers and 300 s for a request), long enough for a 1 MB batch over a poor link. Constants
 * for now: should a hall need other values, they become settings in `config.ts`.
 */
const HTTP_TIMEOUTS: HttpTimeouts = { headersMs: 10_000, requestMs: 30_000 };
/** How long an idle keep-alive connection stays open (Node's default, stated here beside the others). */
const KEEP_ALIVE_TIMEOUT_MS = 5_000;
/** How often Node looks for requests past their timeouts; its default of 30 s would double the request timeout. */
const TIMEOUT_CHECK_INTERVAL_MS = 1_000;

export interface StartOptions {
  /** Where the built screen is; absent for a headless data service. */
  screenDir?: string;
  /** Overrides the HTTP timeouts, for tests that must not wait for the real ones. */
  httpTimeouts?: HttpTimeouts;
  /** Overrides the cap on connections per client address, for tests that must reach it from loopback. */
  connectionCap?: ConnectionCap;
  /** The clock sessions run on, for tests that expire one without waiting an hour. */
  now?: () => number;
  /** When the first ledger check runs after start; a minute unless a test needs it sooner. */
  firstLedgerCheckMs?: number;
}

/** What the storage health is told when the stores could only be opened read-only: the reason a read-only folder gives. */
function openedReadOnly(dataDir: string): Error {
  const error = new Error(`the stores in ${dataDir} were opened read-only; restart the server once the folder can be written`);
  return Object.assign(error, { code: 'EROFS' });
}

export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const { httpTimeouts = HTTP_TIMEOUTS, connectionCap = CONNECTION_CAP, firstLedgerCheckMs, ...appOptions } = options;
  const baseline = parseBaseline(JSON.parse(readFileSync(config.baselineFile, 'utf8')));
  const catalog = catalogOf(baseline);
  const tokens = resolveTokens(config.dataDir, { ingest: config.ingestToken, control: config.controlToken });
  const playlist = parsePlaylist(JSON.parse(readFileSync(config.playlistFile, 'utf8')));
  takeOverDemoOnlyStore(config.dataDir);
  const store = openSqliteStore(config.dataDir, { synchronous: config.synchronous });
  const ledger = createLedger(store, () => initialState(baseline));
  const demoStore = openSqliteStore(config.dataDir, { synchronous: config.synchronous, file: 'demo.sqlite' });
  const demoLedger = createLedger(demoStore, () => initialState(baseline));
  const controlStore = openControlStore(config.dataDir);
  const authStore = openAuthStore(config.dataDir);
  const storage = createStorageHealth();
  // The walls keep showing the last figures; every write is answered 503 until a restart on a writable folder.
  if (store.readOnly || demoStore.readOnly || controlStore.readOnly || authStore.readOnly) storage.failed(openedReadOnly(config.dataDir));
  const http = createServer({
    headersTimeout: httpTimeouts.headersMs,
    requestTimeout: httpTimeouts.requestMs,
    keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
    connectionsCheckingInterval: TIMEOUT_CHECK_INTERVAL_MS,
  });
  // Behind a reverse proxy every connection comes from the proxy: a per-client cap belongs there.
  if (!config.trustProxy) capConnectionsPerClient(http, connectionCap);
  const application = createApplication(http, {
    config,
    catalog,
    ledger,
    demoLedger,
    store,
    tokens,
    controlStore,
    authStore,
    playlist,
    storage,
    ...appOptions,
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => resolve());
  });
  const { port } = http.address() as AddressInfo;
  const ledgerChecks =
    config.ledgerCheckHours > 0
      ? scheduleLedgerChecks({
          file: join(config.dataDir, 'wall.sqlite'),
          everyMs: config.ledgerCheckHours * 3_600_000,
          ...(firstLedgerCheckMs !== undefined ? { firstAfterMs: firstLedgerCheckMs } : {}),
          onResult: (result) => {
            if (!result.ok) console.error(`ledger check FAILED at seq ${result.firstBadSeq ?? '?'}: ${result.problem ?? ''}`);
            try {
              authStore.audit({ at: result.at, actor: 'server', kind: 'ledger', from: 'local', ...verificationLine(result) });
            } catch (error) {
              if (storage.failed(error) === null) throw error;
            }
          },
        })
      : null;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await ledgerChecks?.stop();
      await application.close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      store.close();
      demoStore.close();
      controlStore.close();
      authStore.close();
    })());

  return { url: `http://${shownHost}:${port}`, port, tokens, catalog, ledger, demoLedger, authStore, application, http, close };
}
