import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestResponse, Snapshot } from '../../../common/protocol';
import { getJson, postEvents, startTestServer, type TestServer } from '../../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { INGEST_RATE_LIMIT: '100000' } });
});
afterAll(() => server.stop());

describe('concurrent POSTs, committed together', () => {
  it('answer each sender for its own events: one acceptance per id, seqs in step with the state', async () => {
    const before = await getJson<Snapshot>(server, '/api/snapshot');
    // 40 senders at once; each pair repeats one id, as two retries racing each other would.
    const answers = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const res = await postEvents(server, [
          { id: `group-own-${i}`, type: 'wish.fulfilled' },
          { id: `group-shared-${Math.floor(i / 2)}`, type: 'participant.joined' },
        ]);
        expect(res.status).toBe(200);
        return (await res.json()) as IngestResponse;
      }),
    );
    const after = await getJson<Snapshot>(server, '/api/snapshot');
    expect(answers.reduce((sum, a) => sum + a.accepted, 0)).toBe(60);
    expect(answers.reduce((sum, a) => sum + a.duplicates, 0)).toBe(20);
    expect(after.seq).toBe(before.seq + 60);
    expect(after.values['wishes.fulfilled']).toBe(before.values['wishes.fulfilled'] + 40);
    expect(after.values['platform.participants']).toBe(before.values['platform.participants'] + 20);
    // A sender's seq is where the state stood once its own events were in: distinct, within the range.
    const seqs = answers.map((a) => a.seq);
    expect(new Set(seqs).size).toBe(40);
    expect(Math.max(...seqs)).toBe(after.seq);
    expect(Math.min(...seqs)).toBeGreaterThan(before.seq);
  });
});
