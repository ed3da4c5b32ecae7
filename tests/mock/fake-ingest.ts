/**
 * A tiny stand-in for the ingest API: serves the baseline catalog and
 * answers POSTs with a scripted sequence of statuses, recording every body.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { baselineCatalog } from './baseline-catalog';

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** Delay before answering, to catch a request in flight. */
  delayMs?: number;
  /** Store the batch even though the answer is an error: an answer lost on the way back. */
  storeAnyway?: boolean;
}

export interface ReceivedPost {
  ids: string[];
  feedKind: string | undefined;
  authorization: string | undefined;
  status: number;
  /** When the request arrived (epoch ms). */
  at: number;
}

export interface FakeIngest {
  url: string;
  posts: ReceivedPost[];
  /** Ids counted once each, as the real server's idempotent store would. */
  counted: Set<string>;
  /** How many times the catalog was read. */
  catalogReads(): number;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/** Starts the fake on an ephemeral port; after the script runs out it answers 200 for ever. */
export async function startFakeIngest(script: Reply[]): Promise<FakeIngest> {
  const posts: ReceivedPost[] = [];
  const counted = new Set<string>();
  let catalogReads = 0;
  const server = createServer((req, res) => {
    void (async () => {
      if (req.method === 'GET' && req.url === '/api/metrics') {
        catalogReads += 1;
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(baselineCatalog));
        return;
      }
      const body = await readBody(req);
      const ids = (Array.isArray(body) ? body : [body]).map((e) => String((e as { id: unknown }).id));
      const reply = script.shift() ?? { status: 200 };
      posts.push({
        ids,
        feedKind: req.headers['x-feed-kind'] as string | undefined,
        authorization: req.headers.authorization,
        status: reply.status,
        at: Date.now(),
      });
      if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
      let payload: object = { error: 'unavailable', message: 'try later' };
      if (reply.status === 200 || reply.storeAnyway) {
        const fresh = ids.filter((id) => !counted.has(id));
        fresh.forEach((id) => counted.add(id));
        if (reply.status === 200) payload = { accepted: fresh.length, duplicates: ids.length - fresh.length, seq: counted.size };
      }
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers }).end(JSON.stringify(payload));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    posts,
    counted,
    catalogReads: () => catalogReads,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
