import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../common/catalog';
import type { ErrorResponse, HealthResponse, IngestResponse, Snapshot } from '../../common/protocol';
import { getJson, postEvents, startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const appeal = (id: string, town = '灵川镇') => ({ id, type: 'appeal.handled', town, category: '市容市貌', summary: '路灯不亮' });
const snapshot = () => getJson<Snapshot>(server, '/api/snapshot');

describe('the read endpoints', () => {
  it('reports health and the catalog with the seed baselines', async () => {
    const health = await getJson<HealthResponse>(server, '/api/health');
    expect(health).toMatchObject({ status: 'ok', screens: 0 });
    const catalog = await getJson<Catalog>(server, '/api/metrics');
    expect(catalog.metrics.find((m) => m.id === 'orgs.active')).toMatchObject({ baseline: 535, unit: { zh: '个' } });
    expect(catalog.towns.map((t) => t.name)).toHaveLength(12);
  });

  it('answers unknown API paths with a JSON 404 and hides the framework', async () => {
    const res = await fetch(`${server.url}/api/nope`);
    expect(res.status).toBe(404);
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('POST /api/events', () => {
  it('counts an accepted event in the snapshot and on the ticker', async () => {
    const before = await snapshot();
    const res = await postEvents(server, appeal('ok-1', '大圩镇'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ accepted: 1, duplicates: 0, seq: before.seq + 1 });
    const after = await snapshot();
    expect(after.values['appeals.handled']).toBe(before.values['appeals.handled'] + 1);
    expect(after.breakdowns.appealsByTown['大圩镇']).toBe(before.breakdowns.appealsByTown['大圩镇']! + 1);
    expect(after.recent[0]).toMatchObject({ id: 'ok-1', summary: '路灯不亮' });
  });

  it('counts a re-sent id as a duplicate that changes nothing', async () => {
    const first = (await (await postEvents(server, [appeal('dup-1'), appeal('dup-2')])).json()) as IngestResponse;
    const before = await snapshot();
    const again = (await (await postEvents(server, [appeal('dup-2'), appeal('dup-3'), appeal('dup-3')])).json()) as IngestResponse;
    expect(first).toMatchObject({ accepted: 2, duplicates: 0 });
    expect(again).toMatchObject({ accepted: 1, duplicates: 2 });
    expect((await snapshot()).values['appeals.handled']).toBe(before.values['appeals.handled'] + 1);
  });

  it('takes a batch of 1,000 at once', async () => {
    const before = await snapshot();
    const batch = Array.from({ length: 1000 }, (_, i) => appeal(`big-${i}`));
    expect(await (await postEvents(server, batch)).json()).toMatchObject({ accepted: 1000 });
    expect((await snapshot()).values['appeals.handled']).toBe(before.values['appeals.handled'] + 1000);
  });
});

describe('bad input gets a clear error and changes nothing', () => {
  const cases: Array<[string, () => Promise<Response>, number, string]> = [
    ['no token', () => fetch(`${server.url}/api/events`, { method: 'POST', body: JSON.stringify(appeal('n1')) }), 401, 'unauthorized'],
    ['a wrong token', () => postEvents(server, appeal('n2'), 'not-the-token'), 401, 'unauthorized'],
    ['malformed JSON', () => postEvents(server, '{"id": "n3", "type": '), 400, 'malformed_json'],
    ['an unknown type', () => postEvents(server, { id: 'n4', type: 'appeal.deleted' }), 400, 'invalid_events'],
    ['a missing field', () => postEvents(server, { id: 'n5', type: 'appeal.handled', town: '灵川镇' }), 400, 'invalid_events'],
    ['a negative number', () => postEvents(server, { id: 'n6', type: 'volunteer.mobilized', count: -3 }), 400, 'invalid_events'],
    [
      'a non-finite number',
      () => postEvents(server, '{"id":"n7","type":"land.acquired","project":"西货运中心站","mu":1e999}'),
      400,
      'invalid_events',
    ],
    ['a string over its limit', () => postEvents(server, { ...appeal('n8'), summary: 'x'.repeat(500) }), 400, 'invalid_events'],
    ['an unknown town', () => postEvents(server, appeal('n9', '桂林市')), 400, 'invalid_events'],
    [
      'an unknown metric',
      () => postEvents(server, { id: 'n10', type: 'metric.corrected', metric: 'x.y', value: 1, reason: 'r' }),
      400,
      'invalid_events',
    ],
    ['one bad event in a batch', () => postEvents(server, [appeal('n11'), appeal('n12', '?')]), 400, 'invalid_events'],
    [
      'a batch over 1,000',
      () =>
        postEvents(
          server,
          Array.from({ length: 1001 }, (_, i) => appeal(`n13-${i}`)),
        ),
      400,
      'invalid_events',
    ],
    ['a body over 1 MB', () => postEvents(server, [{ ...appeal('n14'), summary: 'x'.repeat(1_100_000) }]), 413, 'payload_too_large'],
    [
      'invalid UTF-8',
      () =>
        fetch(`${server.url}/api/events`, {
          method: 'POST',
          headers: { authorization: `Bearer ${server.ingestToken}`, 'content-type': 'application/json' },
          body: Buffer.concat([
            Buffer.from('{"id":"n15","type":"appeal.handled","town":"灵川镇","category":"其他","summary":"'),
            Buffer.from([0xff, 0xfe]),
            Buffer.from('"}'),
          ]),
        }),
      400,
      'invalid_utf8',
    ],
  ];

  it.each(cases)('%s', async (_what, send, status, error) => {
    const before = await snapshot();
    const res = await send();
    expect(res.status).toBe(status);
    const body = (await res.json()) as ErrorResponse;
    expect(body.error).toBe(error);
    expect(body.message.length).toBeGreaterThan(0);
    const after = await snapshot();
    expect(after.seq).toBe(before.seq);
    expect(after.values).toEqual(before.values);
  });

  it('lists each field error with its index in the batch', async () => {
    const res = await postEvents(server, [appeal('f1'), { id: 'f2', type: 'volunteer.mobilized', count: 'many' }]);
    const body = (await res.json()) as ErrorResponse;
    expect(body.errors).toEqual([{ index: 1, path: 'count', message: expect.any(String) }]);
  });
});

describe('limits', () => {
  it('refuses a client that keeps guessing the token, with Retry-After, yet takes the right token from it', async () => {
    const guesser = await startTestServer({ env: { AUTH_FAILURE_LIMIT: '3' } });
    try {
      const answers = [];
      for (let i = 0; i < 5; i++) answers.push(await postEvents(guesser, appeal(`g${i}`), `guess-${i}`));
      expect(answers.map((r) => r.status)).toEqual([401, 401, 401, 429, 429]);
      expect(Number(answers[4]!.headers.get('retry-after'))).toBeGreaterThan(0);
      // Throttling wrong tokens must not lock out the right one (a hall behind one NAT shares an address).
      expect((await postEvents(guesser, appeal('g-right'))).status).toBe(200);
    } finally {
      await guesser.stop();
    }
  });

  it('answers 429 with Retry-After past the ingest ceiling', async () => {
    const limited = await startTestServer({ env: { INGEST_RATE_LIMIT: '3' } });
    try {
      const responses = await Promise.all(Array.from({ length: 6 }, (_, i) => postEvents(limited, appeal(`r${i}`))));
      const refused = responses.filter((r) => r.status === 429);
      expect(refused.length).toBeGreaterThanOrEqual(2);
      expect(refused[0]?.headers.get('retry-after')).toBe('1');
      const accepted = responses.filter((r) => r.status === 200).length;
      expect((await getJson<Snapshot>(limited, '/api/snapshot')).seq).toBe(accepted);
    } finally {
      await limited.stop();
    }
  });
});
