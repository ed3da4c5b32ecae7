import { describe, expect, it } from 'vitest';
import { vocabularyOf } from '../../../common/catalog';
import { DESK_FORMS_EN, DESK_FORMS_ZH } from '../../../screen/content/deskForms';
import { AUDIT_LINES_ZH } from '../../../screen/content/adminAuditLines';
import {
  CORRECTION_FIELDS,
  defaultDraft,
  draftProblems,
  entrySummary,
  eventOfDraft,
  fieldsOf,
  localDateTime,
  newEntryId,
  RECORD_TYPES,
  serverProblems,
} from '../../../screen/desk/recordForm';
import { catalog, schemas } from '../../support/baseline';

const vocabulary = vocabularyOf(catalog);
const checks = DESK_FORMS_ZH.checks;
const NOON = new Date(2026, 11, 1, 12, 30);

describe('a new record form', () => {
  it('starts at now, with the first town, category and land project, and a count of 1', () => {
    const appeal = defaultDraft('appeal.handled', vocabulary, NOON);
    expect(appeal).toEqual({ town: vocabulary.towns[0], category: vocabulary.categories[0], summary: '', at: '2026-12-01T12:30' });
    expect(defaultDraft('volunteer.mobilized', vocabulary, NOON)).toMatchObject({ count: '1', town: vocabulary.towns[0] });
    expect(defaultDraft('land.acquired', vocabulary, NOON)).toMatchObject({ project: vocabulary.landProjects[0], mu: '' });
  });

  it('is valid as it starts for every kind that needs nothing typed', () => {
    for (const type of RECORD_TYPES) {
      const fields = fieldsOf(type);
      const problems = draftProblems(type, fields, defaultDraft(type, vocabulary, new Date()), schemas, checks);
      const needsTyping = fields.some((field) => !field.optional && ['amount', 'text'].includes(field.kind) && field.name !== 'at');
      expect(Object.keys(problems).length > 0, type).toBe(needsTyping);
    }
  });
});

describe('a draft becomes an event', () => {
  it('with numbers as numbers, the local time as an instant, and empty optional fields left out', () => {
    const draft = { ...defaultDraft('volunteer.mobilized', vocabulary, NOON), count: ' 12 ', town: '' };
    const event = eventOfDraft('volunteer.mobilized', fieldsOf('volunteer.mobilized'), draft, 'desk-1');
    expect(event).toEqual({ id: 'desk-1', type: 'volunteer.mobilized', count: 12, at: NOON.toISOString() });
    expect(schemas['volunteer.mobilized'].safeParse(event).success).toBe(true);
  });

  it('for a correction too, whose value may be 0', () => {
    const event = eventOfDraft(
      'metric.corrected',
      CORRECTION_FIELDS,
      { metric: 'volunteers.posts', value: '0', reason: ' 月报核对 ' },
      'c-1',
    );
    expect(event).toEqual({ id: 'c-1', type: 'metric.corrected', metric: 'volunteers.posts', value: 0, reason: '月报核对' });
  });
});

describe('the checks made as one types', () => {
  const land = (mu: string) => ({ ...defaultDraft('land.acquired', vocabulary, NOON), mu });
  const problemsOf = (mu: string, words = checks) => draftProblems('land.acquired', fieldsOf('land.acquired'), land(mu), schemas, words);

  it('say what is wrong with a number in the reader’s words, with the server’s limits', () => {
    expect(problemsOf('')).toEqual({ mu: '不能为空' });
    expect(problemsOf('abc')).toEqual({ mu: '请输入数字' });
    expect(problemsOf('0')).toEqual({ mu: '必须大于 0' });
    expect(problemsOf('20000')).toEqual({ mu: '不能大于 10000' });
    expect(problemsOf('12.5')).toEqual({});
    expect(problemsOf('-1', DESK_FORMS_EN.checks)).toEqual({ mu: 'Must be greater than 0' });
  });

  it('refuse a whole-number field with a fraction, a long summary, and a time before 2000', () => {
    const volunteers = { ...defaultDraft('volunteer.mobilized', vocabulary, NOON), count: '1.5', at: '1999-12-31T23:00' };
    expect(draftProblems('volunteer.mobilized', fieldsOf('volunteer.mobilized'), volunteers, schemas, checks)).toEqual({
      count: '请输入整数',
      at: '不能早于 2000 年',
    });
    const appeal = { ...defaultDraft('appeal.handled', vocabulary, NOON), summary: '长'.repeat(201) };
    expect(draftProblems('appeal.handled', fieldsOf('appeal.handled'), appeal, schemas, checks)).toEqual({ summary: '最多 200 个字' });
  });

  it('refuse a correction without a reason or out of the figure’s range', () => {
    const correct = (value: string, reason: string) =>
      draftProblems('metric.corrected', CORRECTION_FIELDS, { metric: 'volunteers.posts', value, reason }, schemas, checks);
    expect(correct('5', '')).toEqual({ reason: '不能为空' });
    expect(correct('-5', '月报核对')).toEqual({ value: '应在 0 到 100000 之间' });
    expect(correct('', '月报核对')).toEqual({ value: '不能为空' });
  });

  it('retell the server’s field errors beside their fields', () => {
    const errors = [
      { path: 'town', message: 'unknown town; expected one of: 灵川镇' },
      { path: 'count', message: 'must be at most 10000' },
    ];
    expect(serverProblems(errors, checks)).toEqual({ town: '请从列表中选择', count: '不能大于 10000' });
    expect(serverProblems([{ path: 'x', message: 'something new' }], checks)).toEqual({ x: '不符合要求：something new' });
  });
});

describe('an entry', () => {
  it('gets an id of its own each submission, made without a secure context', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newEntryId()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^desk-[0-9a-f]{24}$/);
    expect(newEntryId((bytes) => bytes.fill(255))).toBe(`desk-${'ff'.repeat(12)}`);
  });

  it('is summed up in a line by its kind and what it names', () => {
    const event = { id: 'x', type: 'appeal.handled', town: '九屋镇', category: '市容市貌', at: '2026-12-01T00:00:00Z' };
    expect(entrySummary(event, AUDIT_LINES_ZH.eventTypes)).toBe('受理诉求 · 九屋镇 · 市容市貌');
  });

  it('keeps its local time to the minute', () => {
    expect(localDateTime(new Date(2026, 0, 2, 3, 4, 59))).toBe('2026-01-02T03:04');
  });
});
