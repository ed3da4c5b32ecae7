/** Reads the wall's current figures and the ledger's meta from a wall store, by whichever connection holds it. */
import type Database from 'better-sqlite3';
import type { MetricId, MetricValues } from '../../common/metrics';
import type { Breakdowns, RecentItem } from '../../common/protocol';
import type { WallState } from '../domain/state';

/** One `meta` value, or undefined. */
export function readMeta(db: Database.Database, key: string): string | undefined {
  return db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined;
}

/** One `meta` value written as JSON, or null. */
export function readMetaJson<T>(db: Database.Database, key: string): T | null {
  const value = readMeta(db, key);
  return value === undefined ? null : (JSON.parse(value) as T);
}

/** The figures as stored, or null for a store that was never initialized. */
export function readState(db: Database.Database): WallState | null {
  const seq = readMeta(db, 'seq');
  if (seq === undefined) return null;
  const values = Object.fromEntries(
    (db.prepare('SELECT id, value FROM metric_values').all() as Array<{ id: MetricId; value: number }>).map((r) => [r.id, r.value]),
  ) as MetricValues;
  const breakdowns: Breakdowns = { appealsByCategory: {}, appealsByTown: {}, landByProject: {} };
  for (const r of db.prepare('SELECT breakdown, key, value FROM breakdown_values ORDER BY rowid').all() as Array<{
    breakdown: keyof Breakdowns;
    key: string;
    value: number;
  }>) {
    // A row naming a breakdown the wall does not have is kept apart, so that verify can name it.
    (breakdowns[r.breakdown] ??= {})[r.key] = r.value;
  }
  const names = db.prepare('SELECT kind, name FROM known_names').all() as Array<{ kind: string; name: string }>;
  const recent = (db.prepare('SELECT body FROM recent ORDER BY seq DESC').pluck().all() as string[]).map(
    (body) => JSON.parse(body) as RecentItem,
  );
  return {
    seq: Number(seq),
    demo: readMeta(db, 'demo') === '1',
    values,
    breakdowns,
    recent,
    known: {
      orgs: new Set(names.filter((n) => n.kind === 'orgs').map((n) => n.name)),
      projects: new Set(names.filter((n) => n.kind === 'projects').map((n) => n.name)),
    },
  };
}
