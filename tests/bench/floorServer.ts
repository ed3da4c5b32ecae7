/**
 * The floor: a bare Socket.IO server on plain node:http with the product's
 * throttle (the same `flushDelay` and `mergeUpdates`), turning each POST into
 * an update of the same shape the product sends. No validation, no storage,
 * no Express: what is left is the cost of HTTP and Socket.IO fan-out alone.
 * Run as a child process by the bench; prints the address it listens on.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { RECENT_LIMIT, type RecentItem, type ServerToScreenEvents, type Update } from '../../common/protocol';
import { flushDelay, mergeUpdates } from '../../server/realtime/updates';
import { freshState } from '../support/baseline';

interface BenchEvent {
  id: string;
  type: 'appeal.handled' | 'wish.fulfilled';
  town: string;
  category?: string;
  summary?: string;
}

const intervalMs = Number(process.env.UPDATE_INTERVAL_MS ?? 100);
const initial = freshState();
const values = { ...initial.values };
const byTown = { ...initial.breakdowns.appealsByTown };
const byCategory = { ...initial.breakdowns.appealsByCategory };
let recent: RecentItem[] = [];
let seq = 0;

const http = createServer();
const io = new Server<Record<string, never>, ServerToScreenEvents>(http, { serveClient: false, maxHttpBufferSize: 16 * 1024 });

let pending: Update | null = null;
let lastSentAt: number | undefined;
let timer: NodeJS.Timeout | undefined;
const flush = () => {
  timer = undefined;
  if (!pending) return;
  io.to('screens').emit('update', pending);
  pending = null;
  lastSentAt = Date.now();
};
const publish = (update: Update) => {
  pending = pending ? mergeUpdates(pending, update) : update;
  if (timer) return;
  const delay = flushDelay(Date.now(), lastSentAt, intervalMs);
  if (delay === 0) flush();
  else timer = setTimeout(flush, delay);
};

function ingest(events: BenchEvent[]): Update {
  const fromSeq = seq;
  const at = new Date().toISOString();
  const fresh: RecentItem[] = [];
  let appeals = false;
  for (const event of events) {
    seq += 1;
    if (event.type === 'appeal.handled') {
      appeals = true;
      values['appeals.handled'] += 1;
      byTown[event.town] = (byTown[event.town] ?? 0) + 1;
      if (event.category) byCategory[event.category] = (byCategory[event.category] ?? 0) + 1;
    } else {
      values['wishes.fulfilled'] += 1;
    }
    fresh.unshift({
      id: event.id,
      seq,
      type: event.type,
      at,
      town: event.town,
      ...(event.category === undefined ? {} : { category: event.category }),
      ...(event.summary === undefined ? {} : { summary: event.summary }),
    });
  }
  recent = [...fresh, ...recent].slice(0, RECENT_LIMIT);
  return {
    fromSeq,
    seq,
    at,
    values: { 'appeals.handled': values['appeals.handled'], 'wishes.fulfilled': values['wishes.fulfilled'] },
    ...(appeals ? { breakdowns: { appealsByTown: { ...byTown }, appealsByCategory: { ...byCategory } } } : {}),
    recent: fresh.slice(0, RECENT_LIMIT),
  };
}

io.on('connection', (socket) => {
  socket.emit('snapshot', {
    seq,
    at: new Date().toISOString(),
    mode: 'live',
    demo: false,
    values,
    breakdowns: { ...initial.breakdowns, appealsByTown: byTown, appealsByCategory: byCategory },
    recent,
  });
  void socket.join('screens');
});

http.on('request', (req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as BenchEvent | BenchEvent[];
    const events = Array.isArray(body) ? body : [body];
    publish(ingest(events));
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ accepted: events.length, duplicates: 0, seq }));
  });
});

http.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`Floor server on http://127.0.0.1:${(http.address() as AddressInfo).port}`);
});
