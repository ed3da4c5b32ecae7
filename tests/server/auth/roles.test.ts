/**
 * Every kind of requester against every protected endpoint: the allowed get
 * through, the rest are refused with 401 (nobody) or 403 (someone whose role
 * does not reach), the refusal is in the audit trail, and nothing changed.
 */
import { describe, expect, it } from 'vitest';
import { addAccount, asPage, signIn, TEST_PASSWORD } from '../../support/accounts';
import type { TestServer } from '../../support/server';
import { feedKeyHash } from '../../../server/auth/feedKeys';
import { serve, trail } from './support';

type Who = 'admin' | 'operator' | 'presenter' | 'feed key' | 'control token' | 'nobody';
const EVERYONE: Who[] = ['admin', 'operator', 'presenter', 'feed key', 'control token', 'nobody'];

interface Endpoint {
  method: string;
  path: (server: TestServer) => string;
  body?: (n: number, server: TestServer) => unknown;
  allowed: Who[];
  /** What an allowed request is answered when it is let through but has nothing to act on (no screen shows that code, say). */
  admittedStatus?: number;
}

let unique = 0;
const line = {
  at: new Date().toISOString(),
  actor: 'test',
  kind: 'key' as const,
  from: 'local',
  what: 'made for a test',
  outcome: 'applied' as const,
};

const ENDPOINTS: Endpoint[] = [
  { method: 'GET', path: () => '/api/accounts', allowed: ['admin'] },
  {
    method: 'POST',
    path: () => '/api/accounts',
    body: (n) => ({ name: `new${n}`, role: 'operator', password: TEST_PASSWORD }),
    allowed: ['admin'],
  },
  {
    method: 'PATCH',
    path: () => '/api/accounts/target',
    allowed: ['admin'],
    // Flips the account between disabled and enabled, at whatever version it has now.
    body: (_n, server) => {
      const target = server.running.authStore.account('target');
      return { version: target?.version, disabled: !target?.disabled };
    },
  },
  { method: 'GET', path: () => '/api/keys', allowed: ['admin'] },
  { method: 'POST', path: () => '/api/keys', body: (n) => ({ name: `feed ${n}` }), allowed: ['admin'] },
  {
    method: 'DELETE',
    path: (server) => {
      const key = server.running.authStore.addFeedKey(
        { name: `spare ${++unique}`, keyHash: feedKeyHash(`spare ${unique}`), at: line.at, createdBy: 'test' },
        line,
      );
      return `/api/keys/${key?.id}`;
    },
    allowed: ['admin'],
  },
  { method: 'GET', path: () => '/api/audit', allowed: ['admin'] },
  {
    method: 'POST',
    path: () => '/api/events',
    body: (n) => [{ id: `role-${n}`, type: 'appeal.handled', town: '灵川镇', category: '市容市貌' }],
    allowed: ['admin', 'operator', 'feed key'],
  },
  { method: 'GET', path: () => '/api/ledger', allowed: ['admin', 'operator'] },
  { method: 'GET', path: () => '/api/ledger/events?metric=appeals.handled', allowed: ['admin', 'operator'] },
  { method: 'POST', path: () => '/api/ledger/verify', allowed: ['admin'] },
  { method: 'GET', path: () => '/api/desk/today', allowed: ['admin', 'operator'] },
  { method: 'GET', path: () => '/api/import/template.xlsx', allowed: ['admin', 'operator'] },
  { method: 'GET', path: () => '/api/playlists', allowed: ['admin', 'operator'] },
  // A stale version: let through, then told someone saved meanwhile.
  {
    method: 'PUT',
    path: () => '/api/playlists/main',
    body: () => ({ version: 999_999, scenes: [{ scene: 'overview', seconds: 30 }] }),
    allowed: ['admin', 'operator'],
    admittedStatus: 409,
  },
  { method: 'GET', path: () => '/api/content/versions', allowed: ['admin', 'operator'] },
  // A stale version: let through, then told someone saved meanwhile.
  {
    method: 'PUT',
    path: () => '/api/content',
    body: () => ({ version: 999_999, content: {} }),
    allowed: ['admin', 'operator'],
    admittedStatus: 409,
  },
  {
    method: 'POST',
    path: () => '/api/content/versions/0/restore',
    body: () => ({ version: 999_999 }),
    allowed: ['admin', 'operator'],
    admittedStatus: 409,
  },
  // No file attached: let through, then told to attach one.
  { method: 'POST', path: () => '/api/import?dryRun=1', body: () => ({}), allowed: ['admin', 'operator'], admittedStatus: 400 },
  {
    method: 'POST',
    path: () => '/api/corrections/999999/undo',
    body: () => ({ reason: 'test' }),
    allowed: ['admin', 'operator'],
    admittedStatus: 404,
  },
  { method: 'GET', path: () => '/api/imports', allowed: ['admin', 'operator'] },
  {
    method: 'POST',
    path: () => '/api/imports/999999/undo',
    body: () => ({ reason: 'test' }),
    allowed: ['admin', 'operator'],
    admittedStatus: 404,
  },
  // A server without the demo feed: let through, then told there is nothing to switch.
  { method: 'PUT', path: () => '/api/mode', body: () => ({ mode: 'demo' }), allowed: ['admin'], admittedStatus: 409 },
  { method: 'GET', path: () => '/api/screens', allowed: ['admin', 'presenter', 'control token'] },
  {
    method: 'POST',
    path: () => '/api/control',
    body: () => ({ action: 'goto', scene: 'smart', target: { group: 'main' } }),
    allowed: ['admin', 'presenter', 'control token'],
    admittedStatus: 409,
  },
  { method: 'GET', path: () => '/api/control/audit', allowed: ['admin', 'presenter', 'control token'] },
  {
    method: 'POST',
    path: () => '/api/screens/pair',
    body: () => ({ code: '000 000', name: 'hall-left', group: 'main' }),
    allowed: ['admin', 'presenter', 'control token'],
    admittedStatus: 404,
  },
];

/** What a refused request must leave as it was. */
function fingerprint(server: TestServer): string {
  const { authStore, ledger } = server.running;
  // A feed key's first use notes "last used": that is not a change the refusal made.
  const keys = authStore.feedKeys().map(({ lastUsedAt: _used, ...key }) => key);
  return JSON.stringify({
    accounts: authStore.accounts(),
    keys,
    seq: ledger.state.seq,
    channels: [...server.running.application.hub.registry.list()].length,
  });
}

async function requesters(server: TestServer): Promise<Record<Who, Record<string, string>>> {
  const json = { 'content-type': 'application/json' };
  const cookies: Record<string, string> = {};
  for (const role of ['admin', 'operator', 'presenter'] as const) {
    await addAccount(server, role, role);
    cookies[role] = await signIn(server, role);
  }
  await addAccount(server, 'target', 'operator');
  const created = await fetch(`${server.url}/api/keys`, {
    method: 'POST',
    headers: asPage(server, cookies.admin ?? ''),
    body: '{"name":"hotline"}',
  });
  const { key } = (await created.json()) as { key: string };
  return {
    admin: asPage(server, cookies.admin ?? ''),
    operator: asPage(server, cookies.operator ?? ''),
    presenter: asPage(server, cookies.presenter ?? ''),
    'feed key': { ...json, authorization: `Bearer ${key}` },
    'control token': { ...json, authorization: `Bearer ${server.controlToken}` },
    nobody: json,
  };
}

describe('who may call what', () => {
  it('lets each requester through exactly where its role reaches, and refuses, audits and changes nothing elsewhere', async () => {
    // Nobody's refusals count towards the per-address limit: raised, so that each one is answered 401 rather than throttled.
    const server = await serve({ env: { AUTH_FAILURE_LIMIT: '1000' } });
    const headers = await requesters(server);
    const outcomes: string[] = [];
    for (const endpoint of ENDPOINTS) {
      for (const who of EVERYONE) {
        const path = endpoint.path(server);
        const before = fingerprint(server);
        const auditedBefore = trail(server).length;
        const res = await fetch(`${server.url}${path}`, {
          method: endpoint.method,
          headers: headers[who],
          ...(endpoint.body ? { body: JSON.stringify(endpoint.body(++unique, server)) } : {}),
        });
        const label = `${who} ${endpoint.method} ${path.replace(/\d+$/, ':id')}`;
        if (endpoint.allowed.includes(who)) {
          const done = res.status < 300 || res.status === endpoint.admittedStatus;
          outcomes.push(`${label}: ${done ? 'allowed' : `got ${res.status} ${await res.text()}`}`);
          continue;
        }
        const expected = who === 'nobody' ? 401 : 403;
        const newLines = trail(server).slice(0, trail(server).length - auditedBefore);
        const audited = newLines.some((l) => l.outcome === (who === 'nobody' ? 'unauthorized' : 'forbidden') && l.actor === actorOf(who));
        const unchanged = fingerprint(server) === before;
        outcomes.push(
          `${label}: ${res.status === expected && audited && unchanged ? 'refused' : `got ${res.status}, audited ${audited}, unchanged ${unchanged}`}`,
        );
      }
    }
    const expected = ENDPOINTS.flatMap((endpoint) =>
      EVERYONE.map(
        (who) =>
          `${who} ${endpoint.method} ${endpoint.path(server).replace(/\d+$/, ':id')}: ${endpoint.allowed.includes(who) ? 'allowed' : 'refused'}`,
      ),
    );
    expect(outcomes).toEqual(expected);
  });
});

function actorOf(who: Who): string {
  if (who === 'feed key') return 'key:hotline';
  if (who === 'nobody') return '';
  return who;
}
