/**
 * The record forms: which fields each kind of entry has, what they start
 * with, and how what was typed becomes the event `POST /api/events` takes.
 * The limits are the contract's own schemas, run in the browser. Pure.
 */
import type { Vocabulary } from '../../common/catalog';
import { FIELD_EVENT_TYPES, type createEventSchemas, type EventType, type FieldEventType } from '../../common/events';
import type { DeskFormWords } from '../content/deskForms';
import { fieldProblemText } from './fieldProblem';

/** What the record form offers: every event but a correction, which has its own section. */
export type RecordType = FieldEventType;

export const RECORD_TYPES: readonly RecordType[] = FIELD_EVENT_TYPES;

type Label = keyof DeskFormWords['record']['labels'];

/** A picker of one of the catalog's lists, a number, or text. */
export type FieldKind = 'town' | 'category' | 'landProject' | 'metric' | 'count' | 'amount' | 'number' | 'text';

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  label: Label;
  optional?: boolean;
}

const AT: FieldSpec = { name: 'at', kind: 'text', label: 'at' };
const TOWN: FieldSpec = { name: 'town', kind: 'town', label: 'town' };
const CATEGORY: FieldSpec = { name: 'category', kind: 'category', label: 'category' };
const PROJECT: FieldSpec = { name: 'project', kind: 'landProject', label: 'project' };

const FIELDS: Record<RecordType, FieldSpec[]> = {
  'appeal.handled': [TOWN, CATEGORY, { name: 'summary', kind: 'text', label: 'summary', optional: true }],
  'appeal.resolved': [TOWN, CATEGORY],
  'wish.fulfilled': [{ ...TOWN, optional: true }],
  'participant.joined': [],
  'volunteer.mobilized': [
    { name: 'count', kind: 'count', label: 'volunteers' },
    { ...TOWN, optional: true },
  ],
  'post.established': [{ name: 'count', kind: 'count', label: 'posts' }],
  'land.acquired': [PROJECT, { name: 'mu', kind: 'amount', label: 'mu' }],
  'land.demolished': [PROJECT, { name: 'm2', kind: 'amount', label: 'm2' }],
  'project.introduced': [
    { name: 'name', kind: 'text', label: 'name' },
    { name: 'investmentYuan', kind: 'amount', label: 'investmentYuan' },
  ],
  'org.activity': [
    { name: 'org', kind: 'text', label: 'org' },
    { name: 'members', kind: 'count', label: 'members' },
  ],
};

/** A correction's fields: the figure, the value it is set to and why. */
export const CORRECTION_FIELDS: readonly FieldSpec[] = [
  { name: 'metric', kind: 'metric', label: 'metric' },
  { name: 'value', kind: 'number', label: 'value' },
  { name: 'reason', kind: 'text', label: 'reason' },
];

const NUMERIC: ReadonlySet<FieldKind> = new Set(['count', 'amount', 'number']);

/** The fields of a kind of entry, in the order the form shows them; the time comes last. */
export function fieldsOf(type: RecordType): FieldSpec[] {
  return [...FIELDS[type], AT];
}

/** What is typed in a form, field by field, as text. */
export type Draft = Record<string, string>;

/** A time as a `datetime-local` field holds it: this PC's local time, to the minute. */
export function localDateTime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** A new form: now, the first town, category and project, and a count of 1. */
export function defaultDraft(type: RecordType, vocabulary: Vocabulary, now: Date): Draft {
  const first: Record<FieldKind, string> = {
    town: vocabulary.towns[0] ?? '',
    category: vocabulary.categories[0] ?? '',
    landProject: vocabulary.landProjects[0] ?? '',
    metric: '',
    count: '1',
    amount: '',
    number: '',
    text: '',
  };
  return Object.fromEntries(fieldsOf(type).map((field) => [field.name, field.name === 'at' ? localDateTime(now) : first[field.kind]]));
}

/** The event a draft stands for; an empty optional field is left out, a number that is not one is left for the schema to refuse. */
export function eventOfDraft(type: EventType, fields: readonly FieldSpec[], draft: Draft, id: string): Record<string, unknown> {
  const event: Record<string, unknown> = { id, type };
  for (const field of fields) {
    const typed = (draft[field.name] ?? '').trim();
    if (typed === '') continue;
    if (field.name === 'at') {
      const time = new Date(typed);
      event.at = Number.isNaN(time.getTime()) ? typed : time.toISOString();
    } else event[field.name] = NUMERIC.has(field.kind) ? Number(typed) : typed;
  }
  return event;
}

type Schemas = ReturnType<typeof createEventSchemas>;

/** What is wrong with a draft, field by field in the reader's words; empty when it can be sent. */
export function draftProblems(
  type: EventType,
  fields: readonly FieldSpec[],
  draft: Draft,
  schemas: Schemas,
  checks: DeskFormWords['checks'],
): Record<string, string> {
  const problems: Record<string, string> = {};
  const result = schemas[type].safeParse(eventOfDraft(type, fields, draft, 'draft'));
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.join('.');
      problems[path] ??= fieldProblemText(issue.message, checks);
    }
  }
  // An empty field the event needs is said as such, whatever the schema made of its absence.
  for (const field of fields) if (!field.optional && !(draft[field.name] ?? '').trim()) problems[field.name] = checks.empty;
  return problems;
}

/** The server's field errors, keyed by field, in the reader's words. */
export function serverProblems(
  errors: ReadonlyArray<{ path: string; message: string }>,
  checks: DeskFormWords['checks'],
): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const error of errors) problems[error.path] ??= fieldProblemText(error.message, checks);
  return problems;
}

/**
 * A new id for one submission. Kept until the server has taken it, so that a
 * retry after a lost answer is counted as a duplicate, never twice. Made with
 * `getRandomValues`, which a page served over plain http on the hall's
 * network has (`randomUUID` needs a secure context).
 */
export function newEntryId(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(12));
  return `desk-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** An entry in a line: its kind, then what it names (`受理诉求 · 九屋镇 · 市容市貌`). */
export function entrySummary(event: unknown, typeNames: Record<EventType, string>): string {
  if (typeof event !== 'object' || event === null) return String(event);
  const type = (event as { type?: unknown }).type as EventType;
  const named = Object.entries(event)
    .filter(([key, value]) => !['id', 'type', 'at'].includes(key) && (typeof value === 'string' || typeof value === 'number'))
    .map(([, value]) => String(value));
  return [typeNames[type] ?? String(type), ...named].join(' · ');
}
