/**
 * The counting rule: how each event changes the wall's figures. This is the
 * one place the rule lives; it is pure and deterministic, so replaying the
 * same events over the same state always gives the same figures.
 */
import type { DomainEvent } from '../../common/events';
import { maskPersonalNumbers } from '../../common/mask';
import type { MetricId } from '../../common/metrics';
import { BREAKDOWN_IDS, RECENT_LIMIT, type BreakdownId, type RecentItem } from '../../common/protocol';
import type { KnownNames, NameKind, Touched, WallState } from './state';

/** When and in what order the event was accepted. */
export interface FoldContext {
  seq: number;
  /** The event's own `at`, or when the server received it. */
  at: string;
}

class Draft {
  private values: Partial<Record<MetricId, number>> = {};
  private breakdowns: Partial<Record<BreakdownId, Record<string, number>>> = {};
  private recentItem: RecentItem | undefined;
  private name: { kind: NameKind; name: string } | undefined;
  private forgotten: Array<{ kind: NameKind; name: string }> = [];

  constructor(
    private readonly base: WallState,
    private readonly touched: Touched,
  ) {}

  add(metric: MetricId, amount: number): void {
    this.set(metric, (this.values[metric] ?? this.base.values[metric]) + amount);
  }

  set(metric: MetricId, value: number): void {
    this.values[metric] = value;
    this.touched.metrics.add(metric);
  }

  addTo(breakdown: BreakdownId, key: string, amount: number): void {
    const current = this.breakdowns[breakdown] ?? { ...this.base.breakdowns[breakdown] };
    current[key] = (current[key] ?? 0) + amount;
    this.breakdowns[breakdown] = current;
    const keys = this.touched.breakdownKeys.get(breakdown) ?? new Set<string>();
    keys.add(key);
    this.touched.breakdownKeys.set(breakdown, keys);
  }

  remember(kind: NameKind, name: string): void {
    this.name = { kind, name };
    this.touched.names.push(this.name);
  }

  /** Takes a name back out of the known ones, so that it counts again when next seen (an import undone). */
  forget(kind: NameKind, name: string): void {
    this.forgotten.push({ kind, name });
    this.touched.forgotten.push({ kind, name });
  }

  ticker(item: RecentItem): void {
    this.recentItem = item;
    this.touched.recent.push(item);
  }

  finish(seq: number): WallState {
    const { base, name, recentItem, forgotten } = this;
    return {
      ...base,
      seq,
      values: { ...base.values, ...this.values },
      breakdowns: { ...base.breakdowns, ...this.breakdowns },
      recent: recentItem ? [recentItem, ...base.recent].slice(0, RECENT_LIMIT) : base.recent,
      known: knownAfter(base.known, name, forgotten),
    };
  }
}

function knownAfter(
  known: KnownNames,
  added: { kind: NameKind; name: string } | undefined,
  forgotten: ReadonlyArray<{ kind: NameKind; name: string }>,
): KnownNames {
  if (!added && forgotten.length === 0) return known;
  const next = { orgs: new Set(known.orgs), projects: new Set(known.projects) };
  if (added) next[added.kind].add(added.name);
  for (const { kind, name } of forgotten) next[kind].delete(name);
  return next;
}

function tickerItem(event: DomainEvent, ctx: FoldContext): RecentItem | undefined {
  switch (event.type) {
    case 'appeal.handled':
      return {
        id: event.id,
        seq: ctx.seq,
        type: event.type,
        at: ctx.at,
        town: event.town,
        category: event.category,
        ...(event.summary === undefined ? {} : { summary: maskPersonalNumbers(event.summary) }),
      };
    case 'appeal.resolved':
      return { id: event.id, seq: ctx.seq, type: event.type, at: ctx.at, town: event.town, category: event.category };
    case 'wish.fulfilled':
      return { id: event.id, seq: ctx.seq, type: event.type, at: ctx.at, ...(event.town ? { town: event.town } : {}) };
    default:
      return undefined;
  }
}

function applyRule(draft: Draft, state: WallState, event: DomainEvent): void {
  switch (event.type) {
    case 'appeal.handled':
      draft.add('appeals.handled', 1);
      draft.addTo('appealsByCategory', event.category, 1);
      draft.addTo('appealsByTown', event.town, 1);
      return;
    case 'appeal.resolved':
      return draft.add('appeals.resolved', 1);
    case 'wish.fulfilled':
      return draft.add('wishes.fulfilled', 1);
    case 'participant.joined':
      return draft.add('platform.participants', 1);
    case 'volunteer.mobilized':
      return draft.add('volunteers.mobilized', event.count);
    case 'post.established':
      return draft.add('volunteers.posts', event.count);
    case 'land.acquired':
      draft.add('land.acquiredMu', event.mu);
      draft.addTo('landByProject', event.project, event.mu);
      return;
    case 'land.demolished':
      return draft.add('land.demolishedM2', event.m2);
    case 'project.introduced':
      // More investment in a project already counted raises the investment, not the count.
      if (!state.known.projects.has(event.name)) {
        draft.add('projects.introduced', 1);
        draft.remember('projects', event.name);
      }
      draft.add('projects.investmentYuan', event.investmentYuan);
      return;
    case 'org.activity':
      // An organization seen before is already among the active ones.
      if (!state.known.orgs.has(event.org)) {
        draft.add('orgs.active', 1);
        draft.remember('orgs', event.org);
      }
      draft.add('members.active', event.members);
      return;
    case 'metric.corrected':
      return draft.set(event.metric, event.value);
    case 'import.undone':
      // The compensating entry carries what the import had added, negated: the undo is a new entry, never a deletion.
      for (const [metric, delta] of Object.entries(event.values) as Array<[MetricId, number]>) draft.add(metric, delta);
      for (const breakdown of BREAKDOWN_IDS) {
        for (const [key, delta] of Object.entries(event.breakdowns?.[breakdown] ?? {})) draft.addTo(breakdown, key, delta);
      }
      for (const name of event.forget?.projects ?? []) draft.forget('projects', name);
      for (const name of event.forget?.orgs ?? []) draft.forget('orgs', name);
      return;
  }
}

/**
 * Folds one accepted event into the state. Returns a new state (the input is
 * never mutated) and records in `touched` what changed.
 */
export function foldEvent(state: WallState, event: DomainEvent, ctx: FoldContext, touched: Touched): WallState {
  const draft = new Draft(state, touched);
  applyRule(draft, state, event);
  const item = tickerItem(event, ctx);
  if (item) draft.ticker(item);
  return draft.finish(ctx.seq);
}
