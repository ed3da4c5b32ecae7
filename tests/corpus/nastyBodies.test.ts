import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NASTY_CASES } from '../fixtures/nastyEvents';
import { startTestServer, type TestServer } from '../support/server';
import { expectUnchanged, markState, postRaw } from './support';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { INGEST_RATE_LIMIT: '100000' } });
});
afterAll(() => server.stop());

describe('the nasty-case corpus against POST /api/events', () => {
  it.each(NASTY_CASES.map((c) => [c.name, c] as const))('refuses %s with a 4xx and changes nothing', async (_name, nasty) => {
    const before = await markState(server);
    const res = await postRaw(server, nasty.body, nasty.headers);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(((await res.json()) as { error?: unknown }).error).toEqual(expect.any(String));
    await expectUnchanged(server, before);
  });

  it('leaves Object.prototype unpolluted', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('still accepts a good event afterwards', async () => {
    const before = await markState(server);
    const res = await postRaw(server, JSON.stringify({ id: 'after-corpus', type: 'wish.fulfilled' }));
    expect(res.status).toBe(200);
    expect((await markState(server)).seq).toBe(before.seq + 1);
  });
});
