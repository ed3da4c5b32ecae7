/**
 * Refused credentials: a wrong token is throttled per client, but a right one
 * from the same address still works; every refusal of the presenter's API is
 * in its audit log, compactly, and a flood of them is one line, not thousands.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../server/control/controlStore';
import { connectScreen } from '../support/screens';
import { postEvents, startTestServer, type TestServer } from '../support/server';
import { expectUnchanged, markState } from './support';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});
async function serve(env: Record<string, string> = {}) {
  const server = await startTestServer({ env });
  servers.push(server);
  return server;
}

const control = (server: TestServer, body: string, token: string, path = '/api/control') =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
const auditLog = async (server: TestServer) =>
  (await (
    await fetch(`${server.url}/api/control/audit`, { headers: { authorization: `Bearer ${server.controlToken}` } })
  ).json()) as AuditEntry[];

describe('a client guessing tokens', () => {
  it('is throttled, while the right token from the same address still works on both APIs', async () => {
    const server = await serve({ AUTH_FAILURE_LIMIT: '20' });
    for (let i = 0; i < 25; i += 1) await postEvents(server, { id: `guess-${i}`, type: 'wish.fulfilled' }, `wrong-token-${i}`);
    expect((await postEvents(server, { id: 'guess-more', type: 'wish.fulfilled' }, 'wrong-token-again')).status).toBe(429);

    const before = await markState(server);
    expect((await postEvents(server, { id: 'right-1', type: 'wish.fulfilled', town: '灵川镇' })).status).toBe(200);
    // A wall follows the group, so the presenter's command has a screen to reach.
    const wall = connectScreen(server.url, { group: 'main', kind: 'wall' });
    await wall.reach(0);
    expect((await control(server, JSON.stringify({ target: { group: 'main' }, action: 'hold' }), server.controlToken)).status).toBe(200);
    wall.close();
    expect((await markState(server)).seq).toBe(before.seq + 1);
  });
});

describe('refusals of the presenter API', () => {
  it('are all audited: a wrong token, a throttled one, malformed JSON, a body too large, an invalid command', async () => {
    const server = await serve({ AUTH_FAILURE_LIMIT: '2' });
    const before = await markState(server);
    const answers = [
      await control(server, '{"target":{"group":"main"},"action":"hold"}', 'wrong-token-1', `/api/control?${'q'.repeat(1000)}`),
      await control(server, '{"target":{"group":"main"},"action":"hold"}', 'wrong-token-2'),
      await control(server, '{"target":{"group":"main"},"action":"hold"}', 'wrong-token-3'),
      await control(server, '{"target":', server.controlToken),
      await control(server, `{"pad":"${'x'.repeat(2_000_000)}"}`, server.controlToken),
      await control(server, '{"target":{"group":"main"},"action":"dance"}', server.controlToken),
    ];
    expect(answers.map((r) => r.status)).toEqual([401, 401, 429, 400, 413, 400]);

    const log = await auditLog(server);
    expect(log.map((e) => e.outcome)).toEqual(['invalid', 'invalid', 'invalid', 'throttled', 'unauthorized', 'unauthorized']);
    expect(log.every((e) => e.command === 'POST /api/control')).toBe(true);
    await expectUnchanged(server, before);
  });

  it('keep a flood of wrong tokens to a few lines and one "+N similar" line', async () => {
    let t = 0;
    const server = await serve({ AUTH_FAILURE_LIMIT: '10000' });
    for (; t < 60; t += 1) await control(server, '{}', `wrong-token-${t}`);
    const log = await auditLog(server);
    // The minute is not over, so the rest are only counted so far.
    expect(log.filter((e) => e.outcome === 'unauthorized')).toHaveLength(3);
    expect(log.length).toBeLessThan(10);
  });
});
