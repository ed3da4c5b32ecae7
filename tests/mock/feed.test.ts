import { afterEach, describe, expect, it } from 'vitest';
import { startMockFeed, type MockFeed } from '../../mock/feed';
import { startFakeIngest, type FakeIngest } from './fake-ingest';

/** 10:00 in Lingchuan, the busiest hour, so the test does not depend on when it runs. */
const OFFICE_HOURS = Date.parse('2026-11-26T02:00:00Z');

const until = async (condition: () => boolean, timeoutMs = 8000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
};

let fake: FakeIngest | undefined;
let feed: MockFeed | undefined;
afterEach(async () => {
  await feed?.stop();
  await fake?.close();
  [feed, fake] = [undefined, undefined];
});

describe('startMockFeed against a flaky server', () => {
  it('retries 503 and 429 (after Retry-After) with the same ids, so nothing is counted twice', async () => {
    fake = await startFakeIngest([{ status: 503 }, { status: 429, headers: { 'retry-after': '1' } }]);
    feed = startMockFeed({ url: fake.url, token: 'secret', rate: 5, seed: 77, startAt: OFFICE_HOURS });
    await until(() => fake!.posts.filter((p) => p.status === 200).length >= 2);
    const [first, second, third] = fake.posts;
    expect(first?.status).toBe(503);
    expect(second?.ids).toEqual(first?.ids);
    expect(third?.ids).toEqual(first?.ids);
    expect(third?.status).toBe(200);
    expect(first?.ids[0]).toBe('mock-77-0');
    expect(fake.posts.every((p) => p.feedKind === 'demo' && p.authorization === 'Bearer secret')).toBe(true);
    await feed.stop();
    const sent = fake.posts.filter((p) => p.status === 200).flatMap((p) => p.ids);
    expect(new Set(sent).size).toBe(sent.length);
    expect(feed.stats()).toMatchObject({ state: 'stopped', accepted: fake.counted.size, duplicates: 0, retries: 2 });
  });

  it('honours Retry-After rather than its own short backoff', async () => {
    fake = await startFakeIngest([{ status: 429, headers: { 'retry-after': '1' } }]);
    feed = startMockFeed({ url: fake.url, token: 't', rate: 5, seed: 1, startAt: OFFICE_HOURS });
    await until(() => fake!.posts.length >= 2);
    const [first, second] = fake.posts;
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
  });

  it('re-sends a batch whose answer was lost, and the server counts it as duplicates, not twice', async () => {
    fake = await startFakeIngest([{ status: 502, storeAnyway: true }]);
    feed = startMockFeed({ url: fake.url, token: 't', rate: 5, seed: 5, startAt: OFFICE_HOURS });
    await until(() => fake!.posts.length >= 2);
    await feed.stop();
    const [lost, resent] = fake.posts;
    expect(resent?.ids).toEqual(lost?.ids);
    expect(feed.stats().duplicates).toBe(lost!.ids.length);
    expect(feed.stats().accepted + feed.stats().duplicates).toBe(fake.posts.slice(1).flatMap((p) => p.ids).length);
  });

  it('batches when the rate is high, at most 1,000 events a request', async () => {
    fake = await startFakeIngest([]);
    feed = startMockFeed({ url: fake.url, token: 't', rate: 2000, seed: 3, startAt: OFFICE_HOURS });
    await until(() => fake!.counted.size >= 500);
    await feed.stop();
    const sizes = fake.posts.map((p) => p.ids.length);
    expect(Math.max(...sizes)).toBeGreaterThan(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(1000);
  });

  it('stop() resolves only after the request in flight has been answered', async () => {
    fake = await startFakeIngest([{ status: 200, delayMs: 400 }]);
    feed = startMockFeed({ url: fake.url, token: 't', rate: 5, seed: 8, startAt: OFFICE_HOURS });
    await until(() => fake!.posts.length === 1);
    await feed.stop();
    expect(feed.stats()).toMatchObject({ state: 'stopped', accepted: fake.posts[0]!.ids.length });
    expect(fake.posts).toHaveLength(1);
  });

  it('drops a batch the server refuses as invalid, re-reads the catalog and never reuses its ids', async () => {
    fake = await startFakeIngest([{ status: 400 }]);
    feed = startMockFeed({ url: fake.url, token: 't', rate: 5, seed: 4, startAt: OFFICE_HOURS });
    await until(() => fake!.posts.length >= 2);
    const [refused, next] = fake.posts;
    expect(feed.stats().rejected).toBe(refused!.ids.length);
    expect(fake.catalogReads()).toBe(2);
    expect(next!.ids.some((id) => refused!.ids.includes(id))).toBe(false);
  });

  it('stops by itself, marked failed, when the server refuses the token', async () => {
    fake = await startFakeIngest([{ status: 401 }]);
    feed = startMockFeed({ url: fake.url, token: 'wrong', rate: 5, seed: 2, startAt: OFFICE_HOURS });
    await feed.finished;
    expect(feed.stats().state).toBe('failed');
    expect(fake.posts).toHaveLength(1);
  });

  it('keeps retrying the catalog until a server answers, and stops meanwhile', async () => {
    feed = startMockFeed({ url: 'http://127.0.0.1:9', token: 't', seed: 1 });
    await new Promise((r) => setTimeout(r, 300));
    expect(feed.stats().state).toBe('starting');
    // Its backoff sleeps end at once on stop (tests/mock/stopSignal.test.ts), so this does not wait them out.
    await feed.stop();
    expect(feed.stats().state).toBe('stopped');
  });
});
