/**
 * Extreme but well-formed values against a real server: figures past their
 * plausible range and times outside 2000 to a day ahead are refused with a
 * 400 that names the field, and the wall's figures stay as they were.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../common/catalog';
import type { ErrorResponse, Snapshot } from '../../common/protocol';
import { getJson, postEvents, startTestServer, type TestServer } from '../support/server';
import { expectUnchanged, markState } from './support';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

let fresh = 0;
const freshId = () => `extreme-${(fresh += 1)}`;
const correction = (metric: string, value: number) => ({ id: freshId(), type: 'metric.corrected', metric, value, reason: '核对台账' });
const wishAt = (at: string) => ({ id: freshId(), type: 'wish.fulfilled', at });
const DAY_MS = 24 * 60 * 60 * 1000;

const cases: Array<[string, () => object, string]> = [
  ['a correction of investment to 1e13 yuan', () => correction('projects.investmentYuan', 1e13), 'value'],
  ['a correction of appeals handled to 10,000,001', () => correction('appeals.handled', 10_000_001), 'value'],
  ['a correction of coverage to 101 %', () => correction('twoNew.instructorCoverage', 101), 'value'],
  ['a correction of towns linked to 101', () => correction('network.towns', 101), 'value'],
  ['10,001 volunteers in one event', () => ({ id: freshId(), type: 'volunteer.mobilized', count: 10_001 }), 'count'],
  ['10,001 mu in one event', () => ({ id: freshId(), type: 'land.acquired', project: '桂林北动车所', mu: 10_001 }), 'mu'],
  [
    'an investment of 1e11 yuan in one event',
    () => ({ id: freshId(), type: 'project.introduced', name: '新材料产业园', investmentYuan: 1e11 }),
    'investmentYuan',
  ],
  ['an event of year 0001', () => wishAt('0001-01-01T00:00:00Z'), 'at'],
  ['an event of 1999', () => wishAt('1999-12-31T23:59:59Z'), 'at'],
  ['an event of year 9999', () => wishAt('9999-12-31T23:59:59Z'), 'at'],
  ['an event two days ahead', () => wishAt(new Date(Date.now() + 2 * DAY_MS).toISOString()), 'at'],
];

describe('extreme values against POST /api/events', () => {
  it.each(cases)('refuses %s with a 400 naming the field, state unchanged', async (_what, event, path) => {
    const before = await markState(server);
    const res = await postEvents(server, event());
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorResponse;
    expect(body.error).toBe('invalid_events');
    expect(body.errors).toEqual([{ path, message: expect.stringMatching(/^must /) }]);
    await expectUnchanged(server, before);
  });

  it('refuses a whole batch for one extreme event in it', async () => {
    const before = await markState(server);
    const res = await postEvents(server, [{ id: freshId(), type: 'wish.fulfilled' }, correction('members.active', 1e13)]);
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorResponse).errors).toEqual([
      { index: 1, path: 'value', message: 'must be between 0 and 10000000 for members.active' },
    ]);
    await expectUnchanged(server, before);
  });

  it('publishes each metric range in the catalog, with the seed figure inside it', async () => {
    const catalog = await getJson<Catalog>(server, '/api/metrics');
    for (const metric of catalog.metrics) {
      expect(metric.min, metric.id).toBe(0);
      expect(metric.max, metric.id).toBeGreaterThanOrEqual(metric.baseline);
    }
    expect(catalog.metrics.find((m) => m.id === 'projects.investmentYuan')?.max).toBe(1e12);
  });

  it('draws the line at the top of the range: one yuan past it refused, the top itself taken', async () => {
    const before = await markState(server);
    expect((await postEvents(server, correction('projects.investmentYuan', 1e12 + 1))).status).toBe(400);
    await expectUnchanged(server, before);
    const yesterday = new Date(Date.now() - DAY_MS).toISOString();
    const res = await postEvents(server, [correction('projects.investmentYuan', 1e12), wishAt(yesterday)]);
    expect(res.status).toBe(200);
    expect((await getJson<Snapshot>(server, '/api/snapshot')).values['projects.investmentYuan']).toBe(1e12);
  });
});
