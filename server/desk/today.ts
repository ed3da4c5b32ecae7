/** Today at a glance, from the figures now, the figures at the day's start and each figure's last change. Pure. */
import type { FigureSource, FigureToday } from '../../common/desk';
import type { MetricId, MetricValues } from '../../common/metrics';

/** The start of the server's local day that `nowMs` falls in. */
export function localDayStart(nowMs: number): Date {
  const day = new Date(nowMs);
  day.setHours(0, 0, 0, 0);
  return day;
}

export interface LastChange {
  source: string;
  at: string;
}

/** A logged event's source as the desk names where a figure came from; anything unknown reads as a feed. */
function figureSource(source: string): FigureSource {
  return source === 'desk' || source === 'import' || source === 'demo' ? source : 'feed';
}

export function figuresToday(
  ids: readonly MetricId[],
  now: Readonly<MetricValues>,
  dayStart: Readonly<MetricValues>,
  lastChange: ReadonlyMap<MetricId, LastChange>,
): FigureToday[] {
  return ids.map((id) => {
    const last = lastChange.get(id);
    return {
      id,
      value: now[id],
      todayChange: now[id] - dayStart[id],
      source: last ? figureSource(last.source) : 'seed',
      changedAt: last?.at ?? null,
    };
  });
}

/**
 * The value a compensating correction sets to take back the correction that set `corrected` over `before`,
 * keeping whatever changed the figure since: `current + (before − corrected)`.
 */
export function compensatingValue(current: number, before: number, corrected: number): number {
  return current + (before - corrected);
}
