/**
 * Spreadsheet import: the template, a dry run that previews every row, and
 * applying a file, all rows in one ledger transaction or none.
 */
import { Router, type RequestHandler, type Response } from 'express';
import type { Catalog } from '../../common/catalog';
import { vocabularyOf } from '../../common/catalog';
import type { ImportPreview, ImportRefusal, ImportResult } from '../../common/desk';
import type { DomainEvent } from '../../common/events';
import type { AuditLine } from '../audit/auditTrail';
import { requesterOf } from '../auth/principal';
import { ImportFailure } from '../import/importFailure';
import { planImport } from '../import/planImport';
import { readSpreadsheet } from '../import/readSpreadsheet';
import { receiveUpload } from '../import/receiveUpload';
import type { EventSchemas } from '../import/rowEvents';
import { templateWorkbook } from '../import/template';
import type { StorageHealth } from '../store/storageHealth';
import { sendError, sendStorageUnavailable } from './errors';

export interface ImportRouterDeps {
  /** Lets in a person with permission `record`. */
  requireRecord: RequestHandler;
  schemas: EventSchemas;
  catalog: Catalog;
  /** Which of these event ids the ledger holds already. */
  existingIds: (ids: readonly string[]) => Set<string>;
  /** Commits the events in one transaction with source `import` and pushes them to walls; throws when storage fails. */
  ingest: (events: readonly DomainEvent[], sender: string) => ImportResult;
  /** Writes the import's line to the audit trail. */
  audit: (res: Response, line: AuditLine) => void;
  /** Who sent the request, as the ledger records it (`account:<name>`). */
  senderOf: (res: Response) => string;
  storage: StorageHealth;
  now: () => number;
}

/** `POST /api/import` when any row is refused: nothing was applied. */
export interface RowsRefusedResponse {
  error: 'rows_refused';
  message: string;
  refused: ImportRefusal[];
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file name fit for one line of the trail. */
const shownName = (name: string) => name.replace(/[\p{Cc}\u2028\u2029]/gu, '').slice(0, 200) || '(unnamed)';

export function importRouter(deps: ImportRouterDeps): Router {
  const { requireRecord, schemas, catalog, existingIds, ingest, audit, senderOf, storage, now } = deps;
  const vocabulary = vocabularyOf(catalog);
  const router = Router();

  const auditLine = (res: Response, what: string, outcome: AuditLine['outcome']) => {
    // The import is committed or refused either way: a trail line the disk refuses is lost, never the answer.
    try {
      audit(res, { at: new Date(now()).toISOString(), ...requesterOf(res.req, res), kind: 'import', what, outcome });
    } catch (error) {
      if (storage.failed(error) === null) console.error(error);
    }
  };

  const template: RequestHandler = async (_req, res) => {
    const bytes = await templateWorkbook(catalog);
    res.type(XLSX_TYPE).attachment('导入模板.xlsx').send(bytes);
  };

  const upload: RequestHandler = async (req, res) => {
    const dryRun = req.query.dryRun === '1' || req.query.dryRun === 'true';
    let preview: ImportPreview;
    try {
      const { fileName, bytes } = await receiveUpload(req);
      const sheet = await readSpreadsheet(fileName, bytes);
      preview = { fileName, ...planImport(sheet, { schemas, vocabulary, now: now(), existingIds }) };
    } catch (error) {
      if (!(error instanceof ImportFailure)) throw error;
      // A refused upload may still be arriving: the connection is closed rather than read to its end.
      if (error.code === 'file_too_large') res.set('Connection', 'close');
      return sendError(res, error.status, error.code, error.message);
    }
    if (dryRun) return void res.json(preview);
    const name = shownName(preview.fileName);
    if (preview.refused.length > 0) {
      const rows = new Set(preview.refused.map((refusal) => refusal.row)).size;
      auditLine(res, `import of ${name} refused: ${rows} row${rows === 1 ? '' : 's'} not understood`, 'invalid');
      const body: RowsRefusedResponse = {
        error: 'rows_refused',
        message: `有 ${rows} 行不能导入，整个文件都没有导入：请按原因改好后再导入`,
        refused: preview.refused,
      };
      return void res.status(422).json(body);
    }
    let result: ImportResult;
    try {
      result = ingest(
        preview.rows.map((row) => row.event as DomainEvent),
        senderOf(res),
      );
    } catch (error) {
      const reason = storage.failed(error);
      if (reason === null) throw error;
      return sendStorageUnavailable(res, reason);
    }
    const { accepted, duplicates, seq } = result;
    auditLine(res, `imported ${name}: ${preview.rows.length} rows, ${accepted} accepted, ${duplicates} duplicates`, 'applied');
    res.json({ accepted, duplicates, seq } satisfies ImportResult);
  };

  router.get('/import/template.xlsx', requireRecord, template);
  router.post('/import', requireRecord, upload);
  return router;
}
