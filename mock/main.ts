/** `npm run mock`: runs the mock feed against any server until Ctrl-C. */
import { parseCliArgs, USAGE } from './cli';
import { startMockFeed } from './feed';

const STATS_EVERY_MS = 10_000;

const parsed = parseCliArgs(process.argv.slice(2), process.env, Date.now());
if (!parsed.ok) {
  if (parsed.help) {
    console.log(USAGE);
    process.exit(0);
  }
  console.error(`mock: ${parsed.message}\n\n${USAGE}`);
  process.exit(2);
}

const feed = startMockFeed({ ...parsed.options, log: (line) => console.log(line) });
let reported = -1;
const report = setInterval(() => {
  const s = feed.stats();
  // Silence while waiting for a server: the feed logs its own retries.
  if (s.state !== 'running' || s.requests === reported) return;
  reported = s.requests;
  console.log(`mock feed: ${s.state}; ${s.accepted} accepted, ${s.duplicates} duplicates, ${s.rejected} rejected, ${s.retries} retries`);
}, STATS_EVERY_MS);

const shutdown = () => {
  void feed.stop();
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);

await feed.finished;
clearInterval(report);
const final = feed.stats();
console.log(`mock feed: ${final.state} after ${final.accepted} accepted events`);
process.exit(final.state === 'failed' ? 1 : 0);
