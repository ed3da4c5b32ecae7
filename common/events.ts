/**
 * Domain events: what feeds send to `POST /api/events`, and the one place
 * their shape and limits are defined.
 */
import { z } from 'zod';
import type { Vocabulary } from './catalog';
import { isMetricId, METRIC_BY_ID, METRIC_IDS, type MetricId } from './metrics';
import type { FieldError } from './protocol';

export const MAX_BATCH = 1000;
export const MAX_ID_LENGTH = 64;
export const MAX_NAME_LENGTH = 64;
export const MAX_SUMMARY_LENGTH = 200;
export const MAX_REASON_LENGTH = 200;

/** The earliest `at` accepted: the wall counts this century's work, so an earlier time is a typo (year 0001) or an attack. */
export const EARLIEST_AT = '2000-01-01T00:00:00Z';
const EARLIEST_AT_MS = Date.parse(EARLIEST_AT);

/**
 * How far past the server's clock an `at` may be: enough for a feed whose
 * clock runs fast or that writes China time with a `Z`, never the year 9999.
 */
export const MAX_AT_AHEAD_MS = 24 * 60 * 60 * 1000;

/**
 * The most one event may add to `metric`: a hundredth of the figure's
 * plausible range (`common/metrics.ts`). An event is one report from the
 * field, and a hundredth is still more than the seed's whole figure
 * (10,000 volunteers, 10,000 mu, 100 亿元 in one report); yet no single event
 * can carry a figure from its seed past its range (an investment of 1e12
 * yuan in one event once could).
 */
export const maxPerEvent = (metric: MetricId): number => METRIC_BY_ID[metric].max / 100;

// Control characters would corrupt the ticker and logs; a feed never needs them.
const CONTROL_CHARACTERS = /[\p{Cc}\u2028\u2029]/u;
// A lone surrogate (a JSON escape like "\ud800") is not text: storage would mangle it into U+FFFD or invalid UTF-8.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !CONTROL_CHARACTERS.test(s), 'must not contain control characters')
    .refine((s) => !LONE_SURROGATE.test(s), 'must be well-formed Unicode (no lone surrogates)');

const oneOf = (names: readonly string[], what: string) =>
  z.string().refine((s) => names.includes(s), { message: `unknown ${what}; expected one of: ${names.join(', ')}` });

const count = (max: number) => z.number().int('must be a whole number').min(1, 'must be at least 1').max(max, `must be at most ${max}`);

/** A change one undo takes back: any finite number, bounded by the metric's range when it is applied. */
const finiteDelta = z.number().refine(Number.isFinite, 'must be a finite number');

const amount = (max: number) => z.number().positive('must be greater than 0').max(max, `must be at most ${max}`);

/** An event's time: ISO 8601, from 2000 on and at most a day past `now()`, read when the event is validated. */
const eventTime = (now: () => number) =>
  z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' }).superRefine((at, ctx) => {
    const time = Date.parse(at);
    if (time < EARLIEST_AT_MS) ctx.addIssue({ code: 'custom', message: `must not be before ${EARLIEST_AT}` });
    const latest = now() + MAX_AT_AHEAD_MS;
    if (time > latest) {
      ctx.addIssue({
        code: 'custom',
        message: `must not be more than 24 hours after the server's time (at most ${new Date(latest).toISOString()})`,
      });
    }
  });

/** What the schemas depend on besides the vocabulary. */
export interface EventSchemaOptions {
  /** The server's clock in epoch ms, for the latest `at` accepted; `Date.now` unless a test fixes it. */
  now?: () => number;
}

/** Builds the schemas for a vocabulary, so that operators' towns and projects are what is accepted. */
export function createEventSchemas(vocabulary: Vocabulary, { now = Date.now }: EventSchemaOptions = {}) {
  const town = oneOf(vocabulary.towns, 'town');
  const category = oneOf(vocabulary.categories, 'category');
  const landProject = oneOf(vocabulary.landProjects, 'land project');
  const envelope = { id: text(MAX_ID_LENGTH), at: eventTime(now).optional() };
  const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
    z.strictObject({ ...envelope, type: z.literal(type), ...shape });
  const maxInvestment = maxPerEvent('projects.investmentYuan');
  const maxMembers = maxPerEvent('members.active');

  return {
    'appeal.handled': event('appeal.handled', { town, category, summary: text(MAX_SUMMARY_LENGTH).optional() }),
    'appeal.resolved': event('appeal.resolved', { town, category }),
    'wish.fulfilled': event('wish.fulfilled', { town: town.optional() }),
    'participant.joined': event('participant.joined', {}),
    'volunteer.mobilized': event('volunteer.mobilized', { count: count(maxPerEvent('volunteers.mobilized')), town: town.optional() }),
    'post.established': event('post.established', { count: count(maxPerEvent('volunteers.posts')) }),
    'land.acquired': event('land.acquired', { project: landProject, mu: amount(maxPerEvent('land.acquiredMu')) }),
    'land.demolished': event('land.demolished', { project: landProject, m2: amount(maxPerEvent('land.demolishedM2')) }),
    'project.introduced': event('project.introduced', {
      name: text(MAX_NAME_LENGTH),
      investmentYuan: z.number().min(0, 'must not be negative').max(maxInvestment, `must be at most ${maxInvestment}`),
    }),
    'org.activity': event('org.activity', {
      org: text(MAX_NAME_LENGTH),
      members: z.number().int('must be a whole number').min(0, 'must not be negative').max(maxMembers, `must be at most ${maxMembers}`),
    }),
    'metric.corrected': event('metric.corrected', {
      metric: z.enum(METRIC_IDS, { message: `unknown metric; expected one of: ${METRIC_IDS.join(', ')}` }),
      value: z.number(),
      reason: text(MAX_REASON_LENGTH),
    }).superRefine(({ metric, value }, ctx) => {
      // An unknown metric is reported on its own field and has no range to check against.
      if (!isMetricId(metric)) return;
      const { min, max } = METRIC_BY_ID[metric];
      if (value < min || value > max)
        ctx.addIssue({ code: 'custom', path: ['value'], message: `must be between ${min} and ${max} for ${metric}` });
    }),
    'import.undone': event('import.undone', {
      importSeq: z.number().int('must be a whole number').min(1, 'must be at least 1'),
      reason: text(MAX_REASON_LENGTH),
      values: z.partialRecord(z.enum(METRIC_IDS), finiteDelta),
      breakdowns: z
        .strictObject({
          appealsByCategory: z.record(category, finiteDelta).optional(),
          appealsByTown: z.record(town, finiteDelta).optional(),
          landByProject: z.record(landProject, finiteDelta).optional(),
        })
        .optional(),
      forget: z
        .strictObject({ projects: z.array(text(MAX_NAME_LENGTH)).max(MAX_BATCH), orgs: z.array(text(MAX_NAME_LENGTH)).max(MAX_BATCH) })
        .optional(),
    }),
  };
}

type Schemas = ReturnType<typeof createEventSchemas>;
export type EventType = keyof Schemas;
export type DomainEvent = { [K in EventType]: z.infer<Schemas[K]> }[EventType];
/** What happens in the hall's work (an appeal, a volunteer, land...): every type but the desk's corrections and undos. */
export type FieldEventType = Exclude<EventType, 'metric.corrected' | 'import.undone'>;

export type EventOf<K extends EventType> = Extract<DomainEvent, { type: K }>;

export const EVENT_TYPES = [
  'appeal.handled',
  'appeal.resolved',
  'wish.fulfilled',
  'participant.joined',
  'volunteer.mobilized',
  'post.established',
  'land.acquired',
  'land.demolished',
  'project.introduced',
  'org.activity',
  'metric.corrected',
  'import.undone',
] as const satisfies readonly EventType[];

export const FIELD_EVENT_TYPES: readonly FieldEventType[] = EVENT_TYPES.filter(
  (type): type is FieldEventType => type !== 'metric.corrected' && type !== 'import.undone',
);

export type ParseResult = { ok: true; events: DomainEvent[] } | { ok: false; errors: FieldError[] };

function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && (EVENT_TYPES as readonly string[]).includes(value);
}

function parseOne(schemas: Schemas, raw: unknown, index: number | undefined): DomainEvent | FieldError[] {
  const at = (path: string, message: string): FieldError[] => [{ ...(index === undefined ? {} : { index }), path, message }];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return at('', 'an event must be a JSON object');
  const type = (raw as { type?: unknown }).type;
  if (!isEventType(type)) return at('type', `unknown event type; expected one of: ${EVENT_TYPES.join(', ')}`);
  const result = schemas[type].safeParse(raw);
  if (result.success) return result.data as DomainEvent;
  return result.error.issues.map((issue) => ({
    ...(index === undefined ? {} : { index }),
    path: issue.path.join('.'),
    message: issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : issue.message,
  }));
}

/**
 * Validates a request body: one event or an array of 1 to MAX_BATCH. All or
 * nothing: one invalid event fails the whole body. An id repeated within a
 * batch is left to the store, which counts it as a duplicate like any re-send.
 */
export function parseEventBody(body: unknown, schemas: Schemas): ParseResult {
  const batch = Array.isArray(body);
  const raws: unknown[] = batch ? body : [body];
  if (batch && raws.length === 0) return { ok: false, errors: [{ path: '', message: 'the batch is empty' }] };
  if (raws.length > MAX_BATCH) {
    return { ok: false, errors: [{ path: '', message: `a batch holds at most ${MAX_BATCH} events, got ${raws.length}` }] };
  }
  const events: DomainEvent[] = [];
  const errors: FieldError[] = [];
  raws.forEach((raw, i) => {
    const parsed = parseOne(schemas, raw, batch ? i : undefined);
    if (Array.isArray(parsed)) errors.push(...parsed);
    else events.push(parsed);
  });
  return errors.length > 0 ? { ok: false, errors: errors.slice(0, 100) } : { ok: true, events };
}
