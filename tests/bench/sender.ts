/**
 * The load generator's HTTP side: events posted over keep-alive connections,
 * each POST remembered with when it was sent and the seq it was given.
 */
import { Agent, request } from 'node:http';

/** One POST: when it left, how many events it held, the last seq the server gave them. */
export interface SentPost {
  sentAt: number;
  count: number;
  seq: number;
}

/** Posts event bodies to /api/events with the ingest token. */
export interface Sender {
  post(body: unknown[] | object): Promise<{ status: number; accepted: number; seq: number }>;
  close(): void;
}

const TOWNS = [
  '灵川镇',
  '大圩镇',
  '定江镇',
  '三街镇',
  '潭下镇',
  '九屋镇',
  '灵田镇',
  '青狮潭镇',
  '潮田乡',
  '海洋乡',
  '大境瑶族乡',
  '兰田瑶族乡',
];
const CATEGORIES = ['市容市貌', '社会治安', '矛盾纠纷', '其他'];
let counter = 0;
const run = Date.now().toString(36);

/** A plausible ticker event with a fresh id: half appeals, half wishes. */
export function benchEvent(): object {
  counter += 1;
  const town = TOWNS[counter % TOWNS.length];
  const id = `bench-${run}-${counter}`;
  return counter % 2 === 0
    ? { id, type: 'appeal.handled', town, category: CATEGORIES[counter % CATEGORIES.length], summary: '八里街路灯不亮，已派员修复' }
    : { id, type: 'wish.fulfilled', town };
}

/** `count` fresh bench events. */
export function benchEvents(count: number): object[] {
  return Array.from({ length: count }, benchEvent);
}

/** A sender over keep-alive connections, at most `maxSockets` at once. */
export function createSender(url: string, token: string, maxSockets = 32): Sender {
  const agent = new Agent({ keepAlive: true, maxSockets });
  const { hostname, port } = new URL(url);
  return {
    post: (body) =>
      new Promise((done, fail) => {
        const payload = JSON.stringify(body);
        const req = request(
          {
            agent,
            hostname,
            port,
            path: '/api/events',
            method: 'POST',
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), authorization: `Bearer ${token}` },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              const parsed = res.statusCode === 200 ? (JSON.parse(text) as { accepted: number; seq: number }) : { accepted: 0, seq: -1 };
              done({ status: res.statusCode ?? 0, accepted: parsed.accepted, seq: parsed.seq });
            });
          },
        );
        req.on('error', fail);
        req.end(payload);
      }),
    close: () => agent.destroy(),
  };
}
