/** `GET /api/audit`: the admin reads the whole trail, filtered by account, kind and time, as JSON or CSV. */
import { Router, type RequestHandler } from 'express';
import type { AuditKind } from '../../common/auth';
import { auditCsv } from '../audit/auditCsv';
import type { AuditFilter, AuditTrail } from '../audit/auditTrail';
import { sendError } from './errors';

const KINDS: readonly AuditKind[] = [
  'session',
  'account',
  'key',
  'command',
  'correction',
  'record',
  'import',
  'ledger',
  'refusal',
  'mode',
  'content',
];
export const MAX_AUDIT_ROWS = 5000;

/** A day (`2026-12-01`, taken as the whole day in the server's time zone) or an ISO time, as an ISO time; null when neither. */
function timeOf(raw: string, endOfDay: boolean): string | null {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(raw);
  const date = new Date(day ? `${raw}T${endOfDay ? '23:59:59.999' : '00:00:00'}` : raw);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Pure: reads the query, or says what is wrong with it. */
export function parseAuditQuery(
  query: Record<string, unknown>,
): { ok: true; filter: AuditFilter; csv: boolean } | { ok: false; message: string } {
  const text = (name: string) => (typeof query[name] === 'string' && query[name] !== '' ? (query[name] as string) : undefined);
  const filter: AuditFilter = { limit: 200 };
  const actor = text('actor');
  if (actor !== undefined) filter.actor = actor;
  const kind = text('kind');
  if (kind !== undefined) {
    if (!(KINDS as readonly string[]).includes(kind)) return { ok: false, message: `kind must be one of ${KINDS.join(', ')}` };
    filter.kind = kind as AuditKind;
  }
  for (const [name, endOfDay] of [
    ['from', false],
    ['to', true],
  ] as const) {
    const raw = text(name);
    if (raw === undefined) continue;
    const iso = timeOf(raw, endOfDay);
    if (iso === null) return { ok: false, message: `${name} must be a date (2026-12-01) or a time (2026-12-01T09:30:00+08:00)` };
    filter[name] = iso;
  }
  const limit = text('limit');
  if (limit !== undefined) {
    const n = Number(limit);
    if (!Number.isInteger(n) || n < 1 || n > MAX_AUDIT_ROWS)
      return { ok: false, message: `limit must be a whole number from 1 to ${MAX_AUDIT_ROWS}` };
    filter.limit = n;
  }
  const format = text('format');
  if (format !== undefined && format !== 'csv' && format !== 'json') return { ok: false, message: 'format must be csv or json' };
  return { ok: true, filter, csv: format === 'csv' };
}

export function auditRouter({ trail, requireManage }: { trail: AuditTrail; requireManage: RequestHandler }): Router {
  const router = Router();
  router.get('/audit', requireManage, (req, res) => {
    const parsed = parseAuditQuery(req.query as Record<string, unknown>);
    if (!parsed.ok) return sendError(res, 400, 'invalid_query', parsed.message);
    const rows = trail.query(parsed.filter);
    res.set('Cache-Control', 'no-store');
    if (!parsed.csv) return void res.json(rows);
    const day = new Date().toISOString().slice(0, 10);
    res.type('text/csv; charset=utf-8').attachment(`audit-${day}.csv`).send(auditCsv(rows));
  });
  return router;
}
