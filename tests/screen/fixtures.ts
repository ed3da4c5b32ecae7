import baseline from '../../assets/baseline.json';
import type { MetricValues } from '../../common/metrics';
import type { RecentItem, Snapshot } from '../../common/protocol';

/** A snapshot at `seq` with the baseline's figures. */
export function snapshotAt(seq: number, recent: RecentItem[] = []): Snapshot {
  return {
    seq,
    at: '2025-06-01T09:00:00+08:00',
    mode: 'live',
    demo: false,
    values: { ...(baseline.values as MetricValues) },
    breakdowns: {
      appealsByCategory: Object.fromEntries(baseline.categories.map((c) => [c.name, c.appeals])),
      appealsByTown: Object.fromEntries(baseline.towns.map((t) => [t.name, t.appeals])),
      landByProject: Object.fromEntries(baseline.landProjects.map((p) => [p.name, p.mu])),
    },
    recent,
  };
}

/** An appeal line of the ticker. */
export function appeal(id: string, seq: number, summary = '路灯不亮'): RecentItem {
  return { id, seq, type: 'appeal.handled', at: '2025-06-01T09:00:00+08:00', town: '灵川镇', category: '市容市貌', summary };
}
