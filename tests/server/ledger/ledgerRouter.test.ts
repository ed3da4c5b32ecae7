/**
 * The ledger's endpoints on a real server, behind stand-in guards (the real
 * roles are the lead's to test): the head and last verification, verifying
 * in the server, and tracing a figure to the events that changed it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerStatus, TracedEvent, VerifyResult } from '../../../common/auth';
import type { ErrorResponse } from '../../../common/protocol';
import { runVerify, send, startLedgerServer, type LedgerServer } from './ledgerServer';

let server: LedgerServer;
beforeAll(async () => {
  server = await startLedgerServer();
  const sent = [
    await send(server, [{ id: 'p1', type: 'project.introduced', name: '新材料厂', investmentYuan: 5e7 }], 'investment bureau'),
    await send(server, [
      { id: 'w1', type: 'wish.fulfilled' },
      { id: 'p2', type: 'project.introduced', name: '新材料厂', investmentYuan: 1e7 },
    ]),
    await send(server, [{ id: 'p3', type: 'project.introduced', name: '路创二期', investmentYuan: 0 }]),
    await send(server, [{ id: 'c1', type: 'metric.corrected', metric: 'projects.introduced', value: 10, reason: '复核' }]),
  ];
  for (const res of sent) expect(res.status).toBe(200);
});
afterAll(() => server.stop());

const get = (path: string, may = 'trace') => fetch(`${server.url}/api${path}`, { headers: { 'x-test-may': may } });
const verify = (may = 'manage') => fetch(`${server.url}/api/ledger/verify`, { method: 'POST', headers: { 'x-test-may': may } });

describe('the events router', () => {
  it('records who sent each event, and tells `recorded` once per request with what it accepted', async () => {
    expect(server.recorded.map((r) => [r.sender, r.events.map((e) => e.id), r.accepted])).toEqual([
      ['key:investment bureau', ['p1'], 1],
      ['key:hotline', ['w1', 'p2'], 2],
      ['key:hotline', ['p3'], 1],
      ['key:hotline', ['c1'], 1],
    ]);
    await send(server, [{ id: 'w1', type: 'wish.fulfilled' }]);
    expect(server.recorded.at(-1)).toMatchObject({ accepted: 0 });
  });
});

describe('GET /api/ledger/events', () => {
  it('traces projects.introduced to the events that changed it, newest first, with sender and hash', async () => {
    const res = await get('/ledger/events?metric=projects.introduced');
    expect(res.status).toBe(200);
    const traced = (await res.json()) as TracedEvent[];
    // p2 added investment to a project already counted: it did not change the count.
    expect(traced.map((t) => [t.type, (t.event as { id: string }).id, t.sender])).toEqual([
      ['metric.corrected', 'c1', 'key:hotline'],
      ['project.introduced', 'p3', 'key:hotline'],
      ['project.introduced', 'p1', 'key:investment bureau'],
    ]);
    expect(traced[0]?.hash).toBe(server.ledger.head.hash);
  });

  it('interleaves corrections with the events they sit between, newest first', async () => {
    const appeal = (id: string) => ({ id, type: 'appeal.handled', town: '灵川镇', category: '市容市貌' });
    const correction = { id: 'c2', type: 'metric.corrected', metric: 'appeals.handled', value: 5000, reason: '复核' };
    for (const batch of [[appeal('x1')], [correction], [appeal('x2')]]) expect((await send(server, batch)).status).toBe(200);
    const idsOf = async (limit: number) =>
      ((await (await get(`/ledger/events?metric=appeals.handled&limit=${limit}`)).json()) as TracedEvent[]).map(
        (t) => (t.event as { id: string }).id,
      );
    expect(await idsOf(2)).toEqual(['x2', 'c2']);
    expect(await idsOf(50)).toEqual(['x2', 'c2', 'x1']);
  });

  it('keeps to the limit asked for', async () => {
    const traced = (await (await get('/ledger/events?metric=projects.investmentYuan&limit=1')).json()) as TracedEvent[];
    expect(traced.map((t) => (t.event as { id: string }).id)).toEqual(['p3']);
  });

  it('answers 400 for an unknown metric or a limit out of range, and 403 without the trace permission', async () => {
    const unknown = await get('/ledger/events?metric=appealsHandled');
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as ErrorResponse).error).toBe('unknown_metric');
    for (const limit of ['0', '501', 'ten', '2.5'])
      expect((await get(`/ledger/events?metric=appeals.handled&limit=${limit}`)).status).toBe(400);
    expect((await get('/ledger/events?metric=appeals.handled', 'present')).status).toBe(403);
  });
});

describe('verifying', () => {
  it('refuses to verify without the manage permission, and records nothing', async () => {
    expect((await verify('trace')).status).toBe(403);
    expect(server.verified).toEqual([]);
    expect(((await (await get('/ledger')).json()) as LedgerStatus).lastVerified).toBeNull();
  });

  it('verifies in the server, tells onVerified, and shows it as the last verification beside the head', async () => {
    const res = await verify();
    expect(res.status).toBe(200);
    const result = (await res.json()) as VerifyResult;
    expect(result).toMatchObject({ ok: true, events: 8, headSeq: 8, headHash: server.ledger.head.hash, by: 'server' });
    expect(server.verified).toEqual([result]);
    const status = (await (await get('/ledger')).json()) as LedgerStatus;
    expect(status).toEqual({ headSeq: 8, headHash: server.ledger.head.hash, lastVerified: result });
  });

  it('lets npm run verify check the ledger while the server runs, and shows its verdict too', async () => {
    const run = await runVerify(server.dataDir);
    expect(run.code).toBe(0);
    expect((await send(server, [{ id: 'w2', type: 'wish.fulfilled' }])).status).toBe(200);
    const status = (await (await get('/ledger')).json()) as LedgerStatus;
    expect(status.headSeq).toBe(9);
    expect(status.lastVerified).toMatchObject({ ok: true, headSeq: 8, by: 'npm run verify' });
  }, 30_000);
});
