/** Paced load (a steady rate, part singly, part in batches) and flat-out ingest throughput. */
import { benchEvent, benchEvents, type Sender, type SentPost } from './sender';

const TICK_MS = 10;

/** A steady load: how fast, how long, how much of it sent singly. */
export interface PacedLoad {
  /** Events per second. */
  rate: number;
  seconds: number;
  /** Share of events sent one per POST; the rest go in one batch per tick. */
  singleShare: number;
}

/** What a paced run sent and what the server acknowledged. */
export interface PacedResult {
  posts: SentPost[];
  failed: number;
  events: number;
}

/** Sends `rate` events per second for `seconds`, keeping to the schedule however the server answers. */
export async function runPaced(sender: Sender, load: PacedLoad): Promise<PacedResult> {
  const posts: SentPost[] = [];
  const inFlight = new Set<Promise<void>>();
  let failed = 0;
  let singles = 0;
  let batched = 0;
  const send = (body: object | object[], count: number) => {
    const sentAt = performance.now();
    const done = sender
      .post(body)
      .then((res) => {
        if (res.status === 200) posts.push({ sentAt, count, seq: res.seq });
        else failed += count;
      })
      .catch(() => void (failed += count))
      .finally(() => inFlight.delete(done));
    inFlight.add(done);
  };
  const started = performance.now();
  const end = started + load.seconds * 1000;
  while (performance.now() < end) {
    const elapsedS = (performance.now() - started) / 1000;
    const singlesDue = Math.floor(load.rate * load.singleShare * elapsedS) - singles;
    const batchDue = Math.floor(load.rate * (1 - load.singleShare) * elapsedS) - batched;
    for (let i = 0; i < singlesDue; i += 1) send(benchEvent(), 1);
    if (batchDue > 0) send(benchEvents(batchDue), batchDue);
    singles += Math.max(0, singlesDue);
    batched += Math.max(0, batchDue);
    await new Promise((r) => setTimeout(r, TICK_MS));
  }
  await Promise.all(inFlight);
  return { posts, failed, events: singles + batched };
}

/** One flat-out run: batch size, parallel senders, and the rate acknowledged. */
export interface ThroughputResult {
  batchSize: number;
  concurrency: number;
  /** Events acknowledged per second. */
  eventsPerS: number;
  postsPerS: number;
  failed: number;
}

/** Posts batches of `batchSize` from `concurrency` loops for `seconds`, as fast as they are answered. */
export async function runFlatOut(sender: Sender, batchSize: number, concurrency: number, seconds: number): Promise<ThroughputResult> {
  let accepted = 0;
  let posts = 0;
  let failed = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  const loop = async () => {
    while (performance.now() < end) {
      const res = await sender.post(batchSize === 1 ? benchEvent() : benchEvents(batchSize));
      if (res.status === 200) {
        accepted += res.accepted;
        posts += 1;
      } else failed += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  const elapsedS = (performance.now() - started) / 1000;
  return { batchSize, concurrency, eventsPerS: accepted / elapsedS, postsPerS: posts / elapsedS, failed };
}

/** The best of a few concurrency levels. */
export async function bestFlatOut(sender: Sender, batchSize: number, levels: number[], seconds: number): Promise<ThroughputResult> {
  const results: ThroughputResult[] = [];
  for (const concurrency of levels) results.push(await runFlatOut(sender, batchSize, concurrency, seconds));
  return results.reduce((best, r) => (r.eventsPerS > best.eventsPerS ? r : best));
}
