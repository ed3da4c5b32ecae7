import { describe, expect, it } from 'vitest';
import type { AuditLine } from '../../../server/audit/auditTrail';
import { createRefusalAuditor, describeRefusal } from '../../../server/control/refusalAudit';

const flood = { from: '127.0.0.9', method: 'POST', path: '/api/control', outcome: 'unauthorized' as const };

function auditor() {
  const rows: AuditLine[] = [];
  let t = Date.parse('2026-12-01T09:00:00Z');
  const refusals = createRefusalAuditor(
    (row) => rows.push(row),
    () => t,
  );
  return { rows, refusals, advance: (ms: number) => (t += ms) };
}

describe('auditing refused requests', () => {
  it('writes the first few of a flood one by one and the rest as one line once the minute is over', () => {
    const { rows, refusals, advance } = auditor();
    for (let i = 0; i < 243; i += 1) refusals.refuse(flood);
    expect(rows.map((r) => r.what)).toEqual(['POST /api/control', 'POST /api/control', 'POST /api/control']);
    advance(60_000);
    refusals.flush();
    expect(rows).toHaveLength(4);
    expect(rows[3]).toMatchObject({
      from: '127.0.0.9',
      outcome: 'unauthorized',
      what: 'POST /api/control (+240 similar in the last minute)',
    });
  });

  it('keeps refusals of another kind or from another address apart', () => {
    const { rows, refusals } = auditor();
    for (let i = 0; i < 5; i += 1) refusals.refuse(flood);
    refusals.refuse({ ...flood, outcome: 'throttled' });
    refusals.refuse({ ...flood, from: '127.0.0.10' });
    expect(rows.map((r) => `${r.from} ${r.outcome}`)).toEqual([
      '127.0.0.9 unauthorized',
      '127.0.0.9 unauthorized',
      '127.0.0.9 unauthorized',
      '127.0.0.9 throttled',
      '127.0.0.10 unauthorized',
    ]);
  });

  it('closes an ended window when the next refusal of its kind comes, even without a flush', () => {
    const { rows, refusals, advance } = auditor();
    for (let i = 0; i < 4; i += 1) refusals.refuse(flood);
    advance(61_000);
    refusals.refuse(flood);
    expect(rows.map((r) => r.what).slice(3)).toEqual(['POST /api/control (+1 similar in the last minute)', 'POST /api/control']);
  });

  it('keeps a long path short', () => {
    expect(describeRefusal({ method: 'GET', path: `/api/${'x'.repeat(2000)}` }).length).toBeLessThan(100);
  });

  it('counts made-up paths under their route, so that inventing paths floods nothing', () => {
    const { rows, refusals, advance } = auditor();
    for (let i = 0; i < 100; i += 1) refusals.refuse({ ...flood, path: `/api/control/x${i}` });
    expect(rows).toHaveLength(3);
    advance(60_000);
    refusals.flush();
    expect(rows.at(-1)?.what).toMatch(/\(\+97 similar in the last minute\)$/);
  });
});
