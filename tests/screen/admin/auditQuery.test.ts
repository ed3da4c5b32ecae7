/**
 * The audit trail's filters become one query, the same for the table and
 * the CSV download; days are whole days on the admin's own calendar.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { auditCsvLink, auditPath, NO_FILTERS, rangeIsBackwards, startOfDay } from '../../../screen/admin/auditQuery';

afterEach(() => vi.unstubAllEnvs());

const paramsOf = (link: string) => Object.fromEntries(new URL(link, 'http://hall').searchParams);

describe('the audit query', () => {
  it('leaves out the filters not set, and asks for the newest 200 for the table', () => {
    expect(paramsOf(auditPath(NO_FILTERS))).toEqual({ limit: '200' });
    expect(auditPath(NO_FILTERS).startsWith('/api/audit?')).toBe(true);
  });

  it('gives the CSV link the very filters of the table, as CSV, with room for the whole range', () => {
    const filters = { actor: ' 张丽 ', kind: 'command' as const, from: '2026-12-01', to: '2026-12-03' };
    const table = paramsOf(auditPath(filters));
    const csv = paramsOf(auditCsvLink(filters));
    expect(table).toMatchObject({ actor: '张丽', kind: 'command' });
    const { format, limit, ...same } = csv;
    expect(format).toBe('csv');
    expect(Number(limit)).toBeGreaterThan(Number(table.limit));
    const { limit: _tableLimit, ...tableSame } = table;
    expect(same).toEqual(tableSame);
  });

  it('covers both days whole, in the local time zone', () => {
    const { from, to } = paramsOf(auditPath({ ...NO_FILTERS, from: '2026-12-01', to: '2026-12-01' }));
    expect(new Date(from!).getTime()).toBe(new Date(2026, 11, 1).getTime());
    expect(new Date(to!).getTime()).toBe(new Date(2026, 11, 2).getTime() - 1);
  });

  it('spots a backwards range and a malformed day', () => {
    expect(rangeIsBackwards({ ...NO_FILTERS, from: '2026-12-03', to: '2026-12-01' })).toBe(true);
    expect(rangeIsBackwards({ ...NO_FILTERS, from: '2026-12-01', to: '2026-12-01' })).toBe(false);
    expect(rangeIsBackwards({ ...NO_FILTERS, from: '2026-12-03' })).toBe(false);
    expect(startOfDay('yesterday')).toBeNull();
  });
});
