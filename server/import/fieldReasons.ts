/** Why a field's value was refused, in plain Chinese, from the schema's issue about it. */
import type { Vocabulary } from '../../common/catalog';
import type { FieldSpec } from './eventTypes';

/** The part of a zod issue the reasons read. */
export interface FieldIssue {
  code: string;
  maximum?: number | bigint;
  message: string;
}

const list = (names: readonly string[]) => names.join('、');

/** Reasons for numbers, by field: what the operator should write instead. */
const NUMBER_RULES: Record<string, { rule: string; unit: string }> = {
  count: { rule: '数量必须是正整数', unit: '' },
  mu: { rule: '亩必须大于 0', unit: ' 亩' },
  m2: { rule: '平方米必须大于 0', unit: ' 平方米' },
  investmentYuan: { rule: '投资（元）不能是负数', unit: ' 元' },
  members: { rule: '党员数必须是 0 或正整数', unit: ' 人' },
};

/** Pure: the reason a field's value was refused. `label` is the column's header as the file shows it. */
export function fieldReason(
  field: string,
  spec: FieldSpec,
  label: string,
  value: unknown,
  issue: FieldIssue,
  vocabulary: Vocabulary,
): string {
  const shown = String(value);
  switch (spec.kind) {
    case 'town':
      return `乡镇「${shown}」不在乡镇名单中（可填：${list(vocabulary.towns)}）`;
    case 'category':
      return `类别「${shown}」不在类别名单中（可填：${list(vocabulary.categories)}）`;
    case 'landProject':
      return `项目「${shown}」不在征地项目名单中（可填：${list(vocabulary.landProjects)}）`;
    case 'number': {
      const rule = NUMBER_RULES[field];
      if (!rule) return `${label}：${issue.message}`;
      if (issue.code === 'too_big' && issue.maximum !== undefined)
        return `${label}不能超过 ${Number(issue.maximum).toLocaleString('en-US')}${rule.unit}，每行是一次上报`;
      return rule.rule;
    }
    case 'text':
      if (issue.code === 'too_big' && issue.maximum !== undefined) return `${label}不能超过 ${Number(issue.maximum)} 个字`;
      if (issue.code === 'too_small') return `请填写${label}`;
      return `${label}含有控制字符或残缺的字符，请重新输入`;
  }
}

/** Pure: the reason an own id (编号) was refused. */
export function idReason(issue: FieldIssue): string {
  if (issue.code === 'too_big' && issue.maximum !== undefined) return `编号不能超过 ${Number(issue.maximum)} 个字符`;
  return '编号含有控制字符或残缺的字符';
}
