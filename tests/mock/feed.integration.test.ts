import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../common/protocol';
import { startMockFeed } from '../../mock/feed';
import { createEventGenerator } from '../../mock/generate';
import { getJson, startTestServer, type TestServer } from '../support/server';
import { baselineCatalog } from './baseline-catalog';

/** 10:00 in Lingchuan, so the rate does not depend on when the test runs. */
const OFFICE_HOURS = Date.parse('2026-11-26T02:00:00Z');

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

describe('the mock feed against a real server', () => {
  it('moves the demo counters by exactly what it sent, and never the live ones', async () => {
    const live = await getJson<Snapshot>(server, '/api/snapshot?mode=live');
    const before = await getJson<Snapshot>(server, '/api/snapshot?mode=demo');

    const feed = startMockFeed({ url: server.url, token: server.ingestToken, rate: 200, seed: 2026, startAt: OFFICE_HOURS });
    const deadline = Date.now() + 10_000;
    while (feed.stats().accepted < 300 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await feed.stop();
    const stats = feed.stats();
    expect(stats).toMatchObject({ state: 'stopped', rejected: 0, duplicates: 0 });
    expect(stats.accepted).toBeGreaterThanOrEqual(300);

    const after = await getJson<Snapshot>(server, '/api/snapshot?mode=demo');
    expect(after.demo).toBe(true);
    const { at: _liveAt, ...liveBefore } = live;
    expect(await getJson<Snapshot>(server, '/api/snapshot?mode=live')).toMatchObject(liveBefore);
    expect(after.seq - before.seq).toBe(stats.accepted);

    // The server's catalog is the baseline one, so the same seed replays exactly what was sent.
    const generator = createEventGenerator(baselineCatalog, 2026);
    const sent = Array.from({ length: stats.accepted }, () => generator.next());
    const count = (type: string) => sent.filter((e) => e.type === type).length;
    const delta = (id: keyof Snapshot['values']) => after.values[id] - before.values[id];
    expect(delta('appeals.handled')).toBe(count('appeal.handled'));
    expect(delta('appeals.resolved')).toBe(count('appeal.resolved'));
    expect(delta('wishes.fulfilled')).toBe(count('wish.fulfilled'));
    expect(delta('platform.participants')).toBe(count('participant.joined'));
    expect(after.recent[0]?.id).toMatch(/^mock-2026-\d+$/);
  });

  it('re-sending the same seed changes nothing: every id is a duplicate', async () => {
    const before = await getJson<Snapshot>(server, '/api/snapshot');
    const feed = startMockFeed({ url: server.url, token: server.ingestToken, rate: 200, seed: 2026, startAt: OFFICE_HOURS });
    const deadline = Date.now() + 10_000;
    while (feed.stats().duplicates < 100 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await feed.stop();
    const after = await getJson<Snapshot>(server, '/api/snapshot');
    const { accepted, duplicates } = feed.stats();
    expect(duplicates).toBeGreaterThanOrEqual(100);
    expect(after.seq - before.seq).toBe(accepted);
    expect(after.values['appeals.handled'] - before.values['appeals.handled']).toBeLessThanOrEqual(accepted);
  });
});
