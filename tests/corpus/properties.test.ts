import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';
import { expectUnchanged, markState, postRaw } from './support';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { INGEST_RATE_LIMIT: '100000' } });
});
afterAll(() => server.stop());

const RUNS = 120;
let fresh = 0;
const freshId = () => `prop-${(fresh += 1)}`;

/** One valid event of each kind a feed sends, to be mutated. */
const validEvents = (): Array<Record<string, unknown>> => [
  { id: freshId(), type: 'appeal.handled', town: '灵川镇', category: '市容市貌', summary: '路灯不亮' },
  { id: freshId(), type: 'wish.fulfilled', town: '大圩镇' },
  { id: freshId(), type: 'volunteer.mobilized', count: 3, town: '定江镇' },
  { id: freshId(), type: 'land.acquired', project: '桂康物流', mu: 1.5 },
  { id: freshId(), type: 'org.activity', org: '七彩社区党委', members: 12 },
  { id: freshId(), type: 'metric.corrected', metric: 'appeals.handled', value: 4700, reason: '核对' },
];

/** Values that break types, ranges and encodings. */
const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: fc.constantFrom('\u0000', '\u0007', '\u2028', '\ud800', '\udfff', ' ', 'a'), maxLength: 20 }),
  fc.constantFrom('x'.repeat(70), '长'.repeat(300), '', '__proto__', 'constructor', 'toString'),
  fc.double(),
  fc.constantFrom(-1, 0, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 1e13),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 3 }),
);

describe('property: random bodies never get in', () => {
  it('refuses any JSON value that is not an event with a 4xx, state unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
        const before = await markState(server);
        const res = await postRaw(server, JSON.stringify(value) ?? 'null');
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        await expectUnchanged(server, before);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses random bytes with a 4xx, state unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const before = await markState(server);
        const res = await postRaw(server, Uint8Array.from(bytes));
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        await expectUnchanged(server, before);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses every truncation of a valid batch, state unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 6 }), fc.double({ min: 0, max: 1, noNaN: true }), async (size, cut) => {
        const text = JSON.stringify(validEvents().slice(0, size));
        const before = await markState(server);
        const res = await postRaw(server, text.slice(0, Math.min(text.length - 1, Math.floor(cut * text.length))));
        expect(res.status).toBe(400);
        await expectUnchanged(server, before);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('property: a mutated event is counted once or not at all', () => {
  it('answers 200 (seq moves by what was accepted) or 400 (nothing changes), never 5xx', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: 5 }),
        fc.oneof(
          fc.constantFrom('id', 'type', 'town', 'category', 'count', 'mu', 'members', 'value', 'metric', 'at'),
          fc.constantFrom('__proto__', 'constructor', 'extra'),
        ),
        nastyValue,
        fc.boolean(),
        async (which, field, value, inBatch) => {
          const event = validEvents()[which] ?? {};
          const mutated = JSON.parse(JSON.stringify(event)) as Record<string, unknown>;
          Object.defineProperty(mutated, field, { value, enumerable: true, writable: true, configurable: true });
          const body = inBatch ? [validEvents()[1], mutated] : mutated;
          const before = await markState(server);
          const res = await postRaw(server, JSON.stringify(body));
          if (res.status === 200) {
            const { accepted } = (await res.json()) as { accepted: number };
            expect((await markState(server)).seq).toBe(before.seq + accepted);
          } else {
            refused += 1;
            expect(res.status).toBe(400);
            await expectUnchanged(server, before);
          }
        },
      ),
      { numRuns: RUNS * 2 },
    );
    expect(refused).toBeGreaterThan(RUNS / 2);
  });
});
