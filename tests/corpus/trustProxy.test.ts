/**
 * Behind a reverse proxy, `X-Forwarded-For` is believed only from the
 * configured proxy, and only its last hop: a client cannot dodge throttling or
 * pose as another address by writing the header itself.
 */
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../server/control/controlStore';
import { connectScreen } from '../support/screens';
import { startTestServer, type TestServer } from '../support/server';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

/** A control command from `localAddress` with the given X-Forwarded-For and token; resolves to the status. */
function command(server: TestServer, localAddress: string, forwardedFor: string, token: string): Promise<number> {
  return new Promise((done, fail) => {
    const { port } = new URL(server.url);
    const req = request(
      {
        host: '127.0.0.1',
        port,
        localAddress,
        method: 'POST',
        path: '/api/control',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-forwarded-for': forwardedFor },
      },
      (res) => {
        res.resume();
        res.on('end', () => done(res.statusCode ?? 0));
      },
    );
    req.on('error', fail);
    req.end(JSON.stringify({ target: { group: 'main' }, action: 'hold' }));
  });
}

const auditLog = async (server: TestServer) =>
  (await (
    await fetch(`${server.url}/api/control/audit`, { headers: { authorization: `Bearer ${server.controlToken}` } })
  ).json()) as AuditEntry[];

describe('TRUST_PROXY set to the proxy address', () => {
  it('throttles a direct client by its own address, whatever X-Forwarded-For it writes', async () => {
    const server = await startTestServer({ env: { TRUST_PROXY: '127.0.0.2', AUTH_FAILURE_LIMIT: '5' } });
    servers.push(server);
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) statuses.push(await command(server, '127.0.0.3', `198.51.100.${i}`, `wrong-token-${i}`));
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    expect((await auditLog(server)).every((entry) => entry.from === '127.0.0.3')).toBe(true);
  });

  it('takes the client address the proxy added, not what the client wrote before it', async () => {
    const server = await startTestServer({ env: { TRUST_PROXY: '127.0.0.2' } });
    servers.push(server);
    // A wall follows the group, so the command has a screen to reach.
    const wall = connectScreen(server.url, { group: 'main', kind: 'wall' });
    await wall.reach(0);
    // The client wrote 9.9.9.9; the proxy at 127.0.0.2 appended the address it really saw.
    expect(await command(server, '127.0.0.2', '9.9.9.9, 203.0.113.7', server.controlToken)).toBe(200);
    wall.close();
    const [entry] = await auditLog(server);
    expect(entry?.from).toBe('203.0.113.7');
  });
});
