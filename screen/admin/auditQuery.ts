/**
 * The audit trail's filters as the admin picks them (an account, a kind, a
 * range of whole days on this PC's calendar) and the query that asks the
 * server for them, as JSON for the table or as CSV for the download. Pure.
 */
import type { AuditKind } from '../../common/auth';

export interface AuditFilters {
  actor: string;
  kind: AuditKind | '';
  /** `YYYY-MM-DD` as a date input gives it, or empty; both days are included. */
  from: string;
  to: string;
}

export const NO_FILTERS: AuditFilters = { actor: '', kind: '', from: '', to: '' };

/** How many lines the table shows; the CSV has up to the server's most. */
export const TABLE_LIMIT = 200;
export const CSV_LIMIT = 5000;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The start of a calendar day in this PC's time zone (`offsetDays` later), as ISO; null for a malformed date. */
export function startOfDay(date: string, offsetDays = 0): string | null {
  const match = DAY.exec(date);
  if (!match) return null;
  const day = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + offsetDays);
  return Number.isNaN(day.getTime()) ? null : day.toISOString();
}

/** Whether the range is backwards (the only way the filters can be wrong: the inputs give only real dates). */
export function rangeIsBackwards(filters: AuditFilters): boolean {
  return filters.from !== '' && filters.to !== '' && filters.from > filters.to;
}

/** The query string for `filters`: empty ones are left out; `to` covers its whole day, to its last millisecond. */
export function auditQuery(filters: AuditFilters, format: 'json' | 'csv' = 'json'): string {
  const params = new URLSearchParams();
  if (filters.actor.trim()) params.set('actor', filters.actor.trim());
  if (filters.kind) params.set('kind', filters.kind);
  const from = filters.from ? startOfDay(filters.from) : null;
  const nextDay = filters.to ? startOfDay(filters.to, 1) : null;
  const to = nextDay ? new Date(Date.parse(nextDay) - 1).toISOString() : null;
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  params.set('limit', String(format === 'csv' ? CSV_LIMIT : TABLE_LIMIT));
  if (format === 'csv') params.set('format', 'csv');
  return params.toString();
}

/** `GET /api/audit` for the table. */
export function auditPath(filters: AuditFilters): string {
  return `/api/audit?${auditQuery(filters)}`;
}

/** The CSV download link, from the same filters as the table. */
export function auditCsvLink(filters: AuditFilters): string {
  return `/api/audit?${auditQuery(filters, 'csv')}`;
}
