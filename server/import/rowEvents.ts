/** One spreadsheet row → one event's fields, or the reasons it is refused, column by column. */
import type { Vocabulary } from '../../common/catalog';
import type { ImportRefusal } from '../../common/desk';
import { EARLIEST_AT, MAX_AT_AHEAD_MS, type createEventSchemas } from '../../common/events';
import { cellNumber, cellText, cellTime } from './cellValues';
import { COLUMN_HEADERS, COLUMN_KEYS, type ColumnKey, type ColumnPlaces } from './columns';
import { DEFAULT_TYPE, IMPORTED_TYPES, TYPE_FIELDS, TYPE_NAMES, typeNamed, type ImportedType } from './eventTypes';
import { fieldReason, idReason } from './fieldReasons';
import { isBlank, type Cell, type SheetRow } from './sheetRows';

export type EventSchemas = ReturnType<typeof createEventSchemas>;

export interface RowContext {
  places: ColumnPlaces;
  schemas: EventSchemas;
  vocabulary: Vocabulary;
  /** The server's clock (epoch ms), for a time too far ahead. */
  now: number;
}

/** A row understood: its event without an id yet, and its own id when the sheet gave one. */
export interface RowEvent {
  row: number;
  type: ImportedType;
  ownId: string | null;
  /** The validated event, its `id` still a placeholder. */
  event: Record<string, unknown> & { type: ImportedType };
}

export type RowOutcome = { ok: true; value: RowEvent } | { ok: false; refusals: ImportRefusal[] };

/** The id a row is validated with before its real one is known: the schemas check every other field. */
const PLACEHOLDER_ID = 'imp-pending';

const EARLIEST_MS = Date.parse(EARLIEST_AT);

/** Pure: reads one row with the columns found in the header. */
export function rowEvent(sheetRow: SheetRow, context: RowContext): RowOutcome {
  const { places, schemas, vocabulary, now } = context;
  const { row } = sheetRow;
  const cellOf = (key: ColumnKey): Cell | undefined => {
    const place = places[key];
    return place === undefined ? undefined : sheetRow.cells[place.index];
  };
  const labelOf = (key: ColumnKey): string => places[key]?.header ?? COLUMN_HEADERS[key];
  const refusals: ImportRefusal[] = [];
  const refuse = (key: ColumnKey | '', reason: string) => refusals.push({ row, column: key === '' ? '' : labelOf(key), reason });

  const typeText = cellText(cellOf('type'));
  const type = places.type ? typeNamed(typeText) : DEFAULT_TYPE;
  if (type === null) {
    refuse('type', `类型「${typeText}」不认识（可填：${IMPORTED_TYPES.map((t) => TYPE_NAMES[t]).join('、')}；空着表示受理诉求）`);
    return { ok: false, refusals };
  }
  const typeName = TYPE_NAMES[type];
  const ownId = cellText(cellOf('id')) || null;

  const raw: Record<string, unknown> = { id: ownId ?? PLACEHOLDER_ID, type };
  const timeCell = cellOf('at');
  if (isBlank(timeCell)) {
    if (ownId === null) refuse('at', '请填写时间（没有编号的行靠时间区分，以免把另一天的相同记录当成重复）');
  } else {
    const time = cellTime(timeCell);
    const shown = cellText(timeCell);
    if (!time.ok) refuse('at', `时间「${shown}」看不懂，请写成 2026-12-01 09:30 这样`);
    else if (time.value < EARLIEST_MS) refuse('at', `时间「${shown}」早于 2000 年，请检查`);
    else if (time.value > now + MAX_AT_AHEAD_MS) refuse('at', `时间「${shown}」在将来，请检查`);
    else raw.at = new Date(time.value).toISOString();
  }

  const fields = TYPE_FIELDS[type];
  for (const [field, spec] of Object.entries(fields)) {
    const cell = cellOf(spec.column);
    if (isBlank(cell)) {
      if (spec.required) refuse(spec.column, `${typeName}要填写${COLUMN_HEADERS[spec.column]}`);
      continue;
    }
    if (spec.kind !== 'number') {
      raw[field] = cellText(cell);
      continue;
    }
    const number = cellNumber(cell);
    if (number.ok) raw[field] = number.value;
    else refuse(spec.column, `${labelOf(spec.column)}「${cellText(cell)}」不是数字`);
  }
  const used = new Set<ColumnKey>(['id', 'type', 'at', ...Object.values(fields).map((spec) => spec.column)]);
  for (const key of COLUMN_KEYS) {
    if (!used.has(key) && !isBlank(cellOf(key))) refuse(key, `${typeName}不填「${labelOf(key)}」，请清空这一格或改类型`);
  }
  if (refusals.length > 0) return { ok: false, refusals };

  const parsed = schemas[type].safeParse(raw);
  if (parsed.success) return { ok: true, value: { row, type, ownId, event: parsed.data as RowEvent['event'] } };
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    const spec = fields[field];
    if (field === 'id') refuse('id', idReason(issue));
    else if (spec) refuse(spec.column, fieldReason(field, spec, labelOf(spec.column), raw[field], issue, vocabulary));
    else refuse('', issue.message);
  }
  return { ok: false, refusals };
}
