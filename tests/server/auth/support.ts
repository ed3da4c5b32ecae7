/** What the auth tests share: servers that are stopped after each test, a movable clock, and reading the trail as the admin would. */
import { afterEach } from 'vitest';
import type { AuditRecord } from '../../../common/auth';
import { startTestServer, type TestServer } from '../../support/server';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

/** A clock the test moves by hand. */
export function manualClock(start = Date.parse('2026-12-01T09:00:00Z')) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

export async function serve(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const server = await startTestServer(options);
  servers.push(server);
  return server;
}

/** The whole trail straight from the server's store, newest first: what an admin's GET /api/audit would list. */
export function trail(server: TestServer, filter: { kind?: AuditRecord['kind']; actor?: string } = {}): AuditRecord[] {
  return server.running.authStore.trail.query({ ...filter, limit: 1000 });
}

export function jsonHeaders(server: TestServer, extra: Record<string, string> = {}): Record<string, string> {
  return { 'content-type': 'application/json', origin: new URL(server.url).origin, ...extra };
}
