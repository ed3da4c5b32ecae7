import { describe, expect, it } from 'vitest';
import type { FigureSource, ImportPreview } from '../../../common/desk';
import { ApiError } from '../../../screen/components/auth/apiRequest';
import { DESK_EN, DESK_ZH } from '../../../screen/content/desk';
import { DESK_FORMS_EN, DESK_FORMS_ZH } from '../../../screen/content/deskForms';
import { correctionViews } from '../../../screen/desk/correctionLines';
import { deskProblemText } from '../../../screen/desk/deskProblem';
import { importOutcomeText, refusalColumn, summarizePreview } from '../../../screen/desk/importPreview';
import { figureRows, formatChange, ledgerLine, senderText } from '../../../screen/desk/todayView';
import { catalog } from '../../support/baseline';

const when = (iso: string) => `@${iso}`;

describe('today at a glance', () => {
  it('names each figure as the wall does, with its unit, today’s change and its source in words', () => {
    const today = {
      figures: [
        { id: 'volunteers.posts' as const, value: 302, todayChange: 0, source: 'seed' as FigureSource, changedAt: null },
        { id: 'appeals.handled' as const, value: 4601, todayChange: 1, source: 'desk' as FigureSource, changedAt: '2026-12-01T08:00:00Z' },
      ],
    };
    const rows = figureRows(today, catalog, 'zh', DESK_ZH, when);
    // The catalog's order, not the answer's.
    expect(rows.map((row) => row.id)).toEqual(['appeals.handled', 'volunteers.posts']);
    const handled = catalog.metrics.find((m) => m.id === 'appeals.handled')!;
    expect(rows[0]).toEqual({
      id: 'appeals.handled',
      name: handled.label.zh,
      value: `4,601 ${handled.unit.zh}`.trimEnd(),
      change: '+1',
      changed: true,
      source: '手工录入',
      changedAt: '@2026-12-01T08:00:00Z',
    });
    expect(rows[1]).toMatchObject({ change: '未变化', changed: false, source: '报告基数', changedAt: '尚未变化' });
    expect(figureRows(today, catalog, 'en', DESK_EN, when)[0]).toMatchObject({ name: handled.label.en, source: 'desk entry' });
  });

  it('says every source in both languages', () => {
    expect(Object.values(DESK_ZH.sources)).toEqual(['报告基数', '数据接口', '手工录入', '表格导入', '演示数据']);
    expect(Object.keys(DESK_EN.sources)).toEqual(Object.keys(DESK_ZH.sources));
  });

  it('signs a fall with a true minus and groups big changes', () => {
    expect(formatChange(-2, 'zh', DESK_ZH)).toBe('−2');
    expect(formatChange(12345.5, 'en', DESK_EN)).toBe('+12,345.5');
  });

  it('names a sender as a person or a feed', () => {
    expect(senderText('account:张明', DESK_ZH)).toBe('张明');
    expect(senderText('key:12345 热线', DESK_ZH)).toBe('接口「12345 热线」');
    expect(senderText('key:a:b', DESK_EN)).toBe('feed “a:b”');
  });

  it('says whether the ledger verifies, failed or was never checked', () => {
    const result = {
      ok: false,
      events: 3,
      headSeq: 3,
      headHash: 'x',
      at: '2026-12-01T00:00:00Z',
      by: 'server',
      firstBadSeq: 2,
      problem: '哈希不符',
    };
    expect(ledgerLine(null, DESK_ZH, when)).toEqual({ ok: null, text: '账本尚未核验过' });
    expect(ledgerLine(result, DESK_ZH, when)).toEqual({ ok: false, text: '核验未通过（@2026-12-01T00:00:00Z）：哈希不符' });
    expect(ledgerLine({ ...result, ok: true }, DESK_ZH, when).ok).toBe(true);
  });
});

describe('an import’s preview', () => {
  const row = (n: number, duplicate: boolean) => ({ row: n, id: `r${n}`, type: 'appeal.handled' as const, event: {}, duplicate });
  const preview = (rows: ImportPreview['rows'], refused: ImportPreview['refused'] = []) => ({ rows, refused });

  it('counts new rows and duplicates, and may be confirmed only with rows and nothing refused', () => {
    expect(summarizePreview(preview([row(2, false), row(3, true), row(4, false)]))).toMatchObject({
      total: 3,
      fresh: 2,
      duplicates: 1,
      canConfirm: true,
    });
    expect(summarizePreview(preview([row(2, false)], [{ row: 3, column: '乡镇', reason: '没有这个乡镇' }])).canConfirm).toBe(false);
    expect(summarizePreview(preview([])).canConfirm).toBe(false);
  });

  it('lists refused rows down the sheet', () => {
    const refused = [
      { row: 9, column: '', reason: '空行' },
      { row: 3, column: '数量', reason: '不是数字' },
      { row: 3, column: '乡镇', reason: '没有这个乡镇' },
    ];
    expect(summarizePreview(preview([], refused)).refused.map((r) => `${r.row}${r.column}`)).toEqual(['3乡镇', '3数量', '9']);
    expect(refusalColumn(refused[0]!, DESK_FORMS_ZH.import)).toBe('整行');
  });

  it('says what importing did, and that a file imported before changed nothing', () => {
    expect(importOutcomeText({ accepted: 3, duplicates: 0, seq: 40 }, DESK_FORMS_ZH.import)).toContain('已导入 3 行');
    expect(importOutcomeText({ accepted: 0, duplicates: 3, seq: 40 }, DESK_FORMS_ZH.import)).toBe(
      '文件中的 3 行此前都已导入，没有数据变化',
    );
  });
});

describe('a failed desk request', () => {
  it('is said in the operator’s words; an import refusal in Chinese keeps the server’s own sentence', () => {
    expect(deskProblemText(new ApiError(0, 'x'), DESK_FORMS_ZH, 'zh')).toBe('无法连接服务器，请检查网络后再试');
    expect(deskProblemText(new ApiError(409, 'x', 'already_undone'), DESK_FORMS_ZH, 'zh')).toBe('已经撤销过了，列表已刷新');
    const tooLarge = new ApiError(413, '文件超过 5 MB，请拆分后再导入', 'file_too_large');
    expect(deskProblemText(tooLarge, DESK_FORMS_ZH, 'zh')).toBe('文件超过 5 MB，请拆分后再导入');
    expect(deskProblemText(tooLarge, DESK_FORMS_EN, 'en')).toBe(DESK_FORMS_EN.problems.fileTooLarge);
    expect(deskProblemText(new ApiError(403, 'no', 'forbidden'), DESK_FORMS_ZH, 'zh')).toBe('当前账户无权执行此操作');
  });
});

describe('recent corrections', () => {
  const line = (seq: number, reason: string, id = `c${seq}`) => ({
    seq,
    id,
    metric: 'volunteers.posts' as const,
    value: 300,
    reason,
    receivedAt: '',
  });

  it('retell an undo’s reason and mark the correction it took back, so it offers no second undo', () => {
    const views = correctionViews(
      [line(9, 'undo of seq 4: 录错了指标', 'undo-4'), line(4, '与月报核对'), line(2, '旧的更正')],
      DESK_FORMS_ZH.correct,
    );
    expect(views.map((v) => [v.line.seq, v.reason, v.undoes, v.undoneBy])).toEqual([
      [9, '撤销第 4 条更正：录错了指标', 4, null],
      [4, '与月报核对', null, 9],
      [2, '旧的更正', null, null],
    ]);
    expect(correctionViews([line(9, 'undo of seq 4: wrong figure', 'undo-4')], DESK_FORMS_EN.correct)[0]!.reason).toBe(
      'Undoes correction 4: wrong figure',
    );
  });

  it('take which correction an undo took back from its id, never from words someone typed as a reason', () => {
    const views = correctionViews([line(9, 'undo of seq 4: 看起来像撤销'), line(4, '与月报核对')], DESK_FORMS_ZH.correct);
    expect(views.map((v) => [v.line.seq, v.reason, v.undoes, v.undoneBy])).toEqual([
      [9, 'undo of seq 4: 看起来像撤销', null, null],
      [4, '与月报核对', null, null],
    ]);
  });
});
