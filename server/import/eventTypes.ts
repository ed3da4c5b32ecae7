/** The event types an import may hold, their Chinese names, and which column fills which field. */
import type { FieldEventType } from '../../common/events';
import type { ColumnKey } from './columns';

export type ImportedType = FieldEventType;

/** How a cell is read: text as it is, a number, or a name from a catalog list. */
export type FieldKind = 'text' | 'number' | 'town' | 'category' | 'landProject';

export interface FieldSpec {
  column: ColumnKey;
  kind: FieldKind;
  required: boolean;
}

/** The Chinese names operators write in the 类型 column; an empty cell means 受理诉求. */
export const TYPE_NAMES: Record<ImportedType, string> = {
  'appeal.handled': '受理诉求',
  'appeal.resolved': '办结诉求',
  'wish.fulfilled': '指尖心愿',
  'participant.joined': '群众参与',
  'volunteer.mobilized': '志愿者',
  'post.established': '先锋岗',
  'land.acquired': '征地',
  'land.demolished': '拆迁',
  'project.introduced': '引进项目',
  'org.activity': '组织活动',
};

export const IMPORTED_TYPES = Object.keys(TYPE_NAMES) as ImportedType[];

export const DEFAULT_TYPE: ImportedType = 'appeal.handled';

const field = (column: ColumnKey, kind: FieldKind, required = true): FieldSpec => ({ column, kind, required });

/** Each type's fields, keyed by the event's field name. */
export const TYPE_FIELDS: Record<ImportedType, Record<string, FieldSpec>> = {
  'appeal.handled': { town: field('town', 'town'), category: field('category', 'category'), summary: field('summary', 'text', false) },
  'appeal.resolved': { town: field('town', 'town'), category: field('category', 'category') },
  'wish.fulfilled': { town: field('town', 'town', false) },
  'participant.joined': {},
  'volunteer.mobilized': { count: field('count', 'number'), town: field('town', 'town', false) },
  'post.established': { count: field('count', 'number') },
  'land.acquired': { project: field('project', 'landProject'), mu: field('mu', 'number') },
  'land.demolished': { project: field('project', 'landProject'), m2: field('m2', 'number') },
  'project.introduced': { name: field('name', 'text'), investmentYuan: field('investmentYuan', 'number') },
  'org.activity': { org: field('org', 'text'), members: field('members', 'number') },
};

const BY_NAME = new Map<string, ImportedType>([
  ...IMPORTED_TYPES.map((type) => [TYPE_NAMES[type], type] as const),
  ...IMPORTED_TYPES.map((type) => [type, type] as const),
]);

/** Pure: the type a 类型 cell names (its Chinese name or the event type itself), null when unknown. */
export function typeNamed(cell: string): ImportedType | null {
  const name = cell.normalize('NFKC').replace(/\s+/gu, '');
  if (name === '') return DEFAULT_TYPE;
  return BY_NAME.get(name) ?? null;
}
