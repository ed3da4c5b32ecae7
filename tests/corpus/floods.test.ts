import { afterEach, describe, expect, it } from 'vitest';
import { postEvents, startTestServer, type TestServer } from '../support/server';
import { expectUnchanged, markState, postRaw } from './support';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});
async function serve(env: Record<string, string>) {
  const server = await startTestServer({ env });
  servers.push(server);
  return server;
}

describe('floods from one HTTP client', () => {
  it('answers events beyond the ingest ceiling with 429 and Retry-After, counting only what got a 200', async () => {
    const server = await serve({ INGEST_RATE_LIMIT: '50' });
    const before = await markState(server);
    const started = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 300 }, (_, i) => postEvents(server, { id: `flood-${i}`, type: 'wish.fulfilled', town: '海洋乡' })),
    );
    const seconds = Math.ceil((Date.now() - started) / 1000);
    const ok = answers.filter((r) => r.status === 200).length;
    const limited = answers.filter((r) => r.status === 429);
    expect(ok + limited.length).toBe(300);
    // A burst of 50, then 50 a second for as long as the flood took, however slow the machine.
    expect(limited.length).toBeGreaterThan(0);
    expect(ok).toBeLessThanOrEqual(50 + 50 * seconds);
    expect(Number(limited[0]?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const after = await markState(server);
    expect(after.seq).toBe(before.seq + ok);
    expect(after.values['wishes.fulfilled']).toBe(before.values['wishes.fulfilled'] + ok);
  });

  it('locks out a client that floods wrong tokens, and changes nothing', async () => {
    const server = await serve({ AUTH_FAILURE_LIMIT: '20' });
    const before = await markState(server);
    const statuses: number[] = [];
    for (let i = 0; i < 60; i += 1) {
      statuses.push((await postEvents(server, { id: `guess-${i}`, type: 'wish.fulfilled' }, `wrong-token-${i}`)).status);
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true);
    await expectUnchanged(server, before);
  });

  it('answers a flood of garbage with 4xx only and stays up', async () => {
    const server = await serve({ INGEST_RATE_LIMIT: '100000' });
    const before = await markState(server);
    const bodies = ['{', 'null', '[]', '{"id":"g","type":"nope"}', 'x'.repeat(2_000_000)];
    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => postRaw(server, bodies[i % bodies.length] ?? '')));
    expect(answers.every((r) => r.status >= 400 && r.status < 500)).toBe(true);
    expect(new Set(answers.map((r) => r.status))).toEqual(new Set([400, 413]));
    await expectUnchanged(server, before);
  });
});
