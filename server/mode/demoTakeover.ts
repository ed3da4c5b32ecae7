/**
 * A data folder from before the demo had a store of its own: its
 * `wall.sqlite` may hold only what the demo feed sent (over the baseline).
 * Such a file becomes the demo store, and the live store starts afresh from
 * the baseline, so that no demo event stays in the live figures. A file that
 * holds real entries too stays the live store as it is: nothing is split or
 * deleted, and the log says so.
 */
import Database from 'better-sqlite3';
import { accessSync, constants, existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';

export type TakeoverVerdict = 'take' | 'keep-mixed' | 'keep';

/** What to do with an old `wall.sqlite`, from how many events each source wrote there. */
export function takeoverVerdict(eventsBySource: Readonly<Record<string, number>>): TakeoverVerdict {
  const demo = eventsBySource.demo ?? 0;
  const others = Object.entries(eventsBySource).reduce((sum, [source, n]) => (source === 'demo' ? sum : sum + n), 0);
  if (demo === 0) return 'keep';
  return others === 0 ? 'take' : 'keep-mixed';
}

function countBySource(db: Database.Database): Record<string, number> {
  const hasEvents = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'").get() !== undefined;
  if (!hasEvents) return {};
  const rows = db.prepare('SELECT source, count(*) AS n FROM events GROUP BY source').all() as Array<{ source: string; n: number }>;
  return Object.fromEntries(rows.map((row) => [row.source, row.n]));
}

/**
 * Run once at start, before the stores open: when there is a `wall.sqlite` but no
 * `demo.sqlite` yet, decides from the file's own log; returns what it did.
 */
export function takeOverDemoOnlyStore(dataDir: string, log: (line: string) => void = console.log): TakeoverVerdict {
  const wall = join(dataDir, 'wall.sqlite');
  const demo = join(dataDir, 'demo.sqlite');
  if (!existsSync(wall) || existsSync(demo)) return 'keep';
  try {
    accessSync(dataDir, constants.W_OK);
  } catch {
    // A read-only folder can move nothing: the stores open as they are, and the next writable start decides.
    return 'keep';
  }
  const db = new Database(wall);
  let counts: Record<string, number>;
  try {
    counts = countBySource(db);
    // Everything into the file itself, so that it moves whole.
    if (takeoverVerdict(counts) === 'take') db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  const verdict = takeoverVerdict(counts);
  if (verdict === 'take') {
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(wall + suffix)) renameSync(wall + suffix, demo + suffix);
    }
    log(
      `demo: ${wall} held only the demo feed's ${counts.demo} events: it is now the demo store (${demo}); the live store starts from the baseline`,
    );
  } else if (verdict === 'keep-mixed') {
    const real = Object.entries(counts)
      .filter(([source]) => source !== 'demo')
      .map(([source, n]) => `${n} from ${source}`)
      .join(', ');
    log(
      `demo: ${wall} holds real entries (${real}) and ${counts.demo ?? 0} demo events: it stays the live store as it is, demo events included; new demo events go to ${demo}`,
    );
  }
  return verdict;
}
