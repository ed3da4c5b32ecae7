/**
 * A real import service for the router's tests: the real store on SQLite in a
 * temporary folder, the real ledger, the import router on a real HTTP port.
 * Only the guard stands in for the lead's sessions: `x-test-account` names
 * the signed-in operator (percent-encoded), as the lead's guard leaves it on `res.locals`.
 */
import express, { type RequestHandler } from 'express';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AuditLine } from '../../../server/audit/auditTrail';
import { principalOf, senderName, setPrincipal } from '../../../server/auth/principal';
import { createLedger, type Ledger } from '../../../server/domain/ledger';
import { handleErrors, sendError } from '../../../server/http/errors';
import { importRouter } from '../../../server/http/importRouter';
import { createStorageHealth } from '../../../server/store/storageHealth';
import { openSqliteStore } from '../../../server/store/sqliteStore';
import { catalog, freshState, schemas } from '../../support/baseline';
import { tempDataDir } from '../../support/server';

export interface ImportServer {
  url: string;
  ledger: Ledger;
  /** The trail lines written, in order. */
  audited: AuditLine[];
  /** Each commit the walls were told of: its sender and how many events. */
  pushed: Array<{ sender: string; accepted: number }>;
  stop(): Promise<void>;
}

const standInSession: RequestHandler = (req, res, next) => {
  const name = decodeURIComponent(req.get('x-test-account') ?? '');
  if (!name) return sendError(res, 401, 'unauthorized', 'sign in');
  setPrincipal(res, { kind: 'account', name, role: 'operator' }, null);
  next();
};

export async function startImportServer(): Promise<ImportServer> {
  const store = openSqliteStore(tempDataDir(), { synchronous: 'normal' });
  const ledger = createLedger(store, freshState);
  const audited: AuditLine[] = [];
  const pushed: ImportServer['pushed'] = [];
  const app = express();
  app.use(
    '/api',
    importRouter({
      requireRecord: standInSession,
      schemas,
      catalog,
      existingIds: (ids) => store.existingIds(ids),
      ingest: (events, sender) => {
        const { accepted, duplicates, seq, update } = ledger.ingest(events, { receivedAt: new Date(), source: 'import', sender });
        if (update) pushed.push({ sender, accepted });
        return { accepted, duplicates, seq };
      },
      audit: (_res, line) => audited.push(line),
      senderOf: (res) => senderName(principalOf(res)),
      storage: createStorageHealth(() => {}),
      now: Date.now,
    }),
  );
  app.use(handleErrors);
  const http = createServer(app);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    ledger,
    audited,
    pushed,
    stop: async () => {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      store.close();
    },
  };
}

/** Headers that sign a request in as `account` (percent-encoded: a header carries no Chinese). */
export const asOperator = (account = '李娜') => ({ 'x-test-account': encodeURIComponent(account) });

/** Uploads a file as the desk's form does (multipart field `file`). */
export function upload(
  server: ImportServer,
  fileName: string,
  bytes: Uint8Array,
  { dryRun = false, account = '李娜' } = {},
): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), fileName);
  return fetch(`${server.url}/api/import${dryRun ? '?dryRun=1' : ''}`, {
    method: 'POST',
    body: form,
    headers: account ? asOperator(account) : {},
  });
}
