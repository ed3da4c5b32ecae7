/**
 * The desk's calls to the server, as the signed-in operator (the session
 * cookie). A 401 on any of them means the session is over: the page is told
 * through `onSignedOut`, then the call fails as usual.
 */
import type { Catalog } from '../../common/catalog';
import type { DeskToday, ImportPreview, ImportRecord, ImportResult, ImportUndoResult, UndoResult } from '../../common/desk';
import type { MetricId } from '../../common/metrics';
import type { IngestResponse, Snapshot } from '../../common/protocol';
import { requestJson, asSignedIn } from '../components/auth/apiRequest';
import { fetchCatalog } from '../socket/catalogClient';
import { postWithDetails } from './deskRequest';

/** One correction as `GET /api/corrections` lists it, newest first. */
export interface CorrectionLine {
  seq: number;
  id: string;
  metric: MetricId;
  value: number;
  reason: string;
  receivedAt: string;
}

function upload(file: File): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
}

/** The desk's endpoints; `onSignedOut` is called when the server says the session is over. */
export function deskApi(onSignedOut: () => void) {
  const call = asSignedIn(onSignedOut);
  return {
    catalog: (): Promise<Catalog> => fetchCatalog(),
    snapshot: () => requestJson<Snapshot>('/api/snapshot'),
    today: () => call(() => requestJson<DeskToday>('/api/desk/today')),
    record: (event: Record<string, unknown>) => call(() => postWithDetails<IngestResponse>('/api/events', { json: event })),
    corrections: (limit = 20) => call(() => requestJson<CorrectionLine[]>(`/api/corrections?limit=${limit}`)),
    undo: (seq: number, reason: string) =>
      call(() => requestJson<UndoResult>(`/api/corrections/${seq}/undo`, { method: 'POST', json: { reason } })),
    preview: (file: File) => call(() => postWithDetails<ImportPreview>('/api/import?dryRun=1', { form: upload(file) })),
    importFile: (file: File) => call(() => postWithDetails<ImportResult>('/api/import', { form: upload(file) })),
    imports: () => call(() => requestJson<ImportRecord[]>('/api/imports')),
    undoImport: (seq: number, reason: string) =>
      call(() => requestJson<ImportUndoResult>(`/api/imports/${seq}/undo`, { method: 'POST', json: { reason } })),
  };
}

export type DeskApi = ReturnType<typeof deskApi>;

/** Where the import template is downloaded from. */
export const TEMPLATE_PATH = '/api/import/template.xlsx';
