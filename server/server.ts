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

export interface RunningServer {
  url: string;
  port: number;
  tokens: Tokens;
  catalog: Catalog;
  ledger: Ledger;
  application: Application;
  http: HttpServer;
  close(): Promise<void>;
}

export async function startServer(config: Config, options: { screenDir?: string } = {}): Promise<RunningServer> {
  const baseline = parseBaseline(JSON.parse(readFileSync(config.baselineFile, 'utf8')));
  const catalog = catalogOf(baseline);
  const store = openSqliteStore(config.dataDir, { synchronous: config.synchronous });
  const ledger = createLedger(store, () => initialState(baseline));
  const tokens = resolveTokens(config.dataDir, { ingest: config.ingestToken, control: config.controlToken });
  const playlist = parsePlaylist(JSON.parse(readFileSync(config.playlistFile, 'utf8')));
  const controlStore = openControlStore(config.dataDir);
  const http = createServer();
  const application = createApplication(http, { config, catalog, ledger, store, tokens, controlStore, playlist, ...options });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => resolve());
  });
  const { port } = http.address() as AddressInfo;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await application.close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      store.close();
      controlStore.close();
    })());

  return { url: `http://${shownHost}:${port}`, port, tokens, catalog, ledger, application, http, close };
}
