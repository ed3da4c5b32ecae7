import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview, ImportResult } from '../../../common/desk';
import type { ErrorResponse } from '../../../common/protocol';
import type { RowsRefusedResponse } from '../../../server/http/importRouter';
import { csvText, excelDate, xlsx } from './sheets';
import { asOperator, startImportServer, upload, type ImportServer } from './importServer';

let server: ImportServer;
beforeAll(async () => {
  server = await startImportServer();
});
afterAll(() => server.stop());

const HEADER = ['类型', '时间', '乡镇', '类别', '摘要', '数量'];
const appeals = (town: string, count: number, day = 1) =>
  Array.from({ length: count }, (_, i) => [null, excelDate(2026, 11, day, 9, i), town, '市容市貌', `第 ${i + 1} 件`, null]);
const figures = () => ({
  seq: server.ledger.state.seq,
  values: { ...server.ledger.state.values },
  towns: { ...server.ledger.state.breakdowns.appealsByTown },
});

describe('POST /api/import', () => {
  it('previews a file without applying it, then applies all its rows at once', async () => {
    const file = await xlsx([HEADER, ...appeals('潭下镇', 3), ['志愿者', '2026-11-01 18:00', '九屋镇', null, null, 12]]);
    const before = figures();

    const dry = await upload(server, '十一月一日.xlsx', file, { dryRun: true });
    expect(dry.status).toBe(200);
    const preview = (await dry.json()) as ImportPreview;
    expect(preview).toMatchObject({ fileName: '十一月一日.xlsx', sheet: '数据', refused: [] });
    expect(preview.rows.map((r) => [r.row, r.type, r.duplicate])).toEqual([
      [2, 'appeal.handled', false],
      [3, 'appeal.handled', false],
      [4, 'appeal.handled', false],
      [5, 'volunteer.mobilized', false],
    ]);
    expect(figures()).toEqual(before);

    const applied = await upload(server, '十一月一日.xlsx', file);
    expect(applied.status).toBe(200);
    expect(await applied.json()).toEqual({ accepted: 4, duplicates: 0, seq: before.seq + 4 } satisfies ImportResult);
    const after = figures();
    expect(after.values['appeals.handled']).toBe(before.values['appeals.handled'] + 3);
    expect(after.values['volunteers.mobilized']).toBe(before.values['volunteers.mobilized'] + 12);
    expect(after.towns['潭下镇']).toBe(before.towns['潭下镇']! + 3);
    expect(server.pushed.at(-1)).toEqual({ sender: 'account:李娜', accepted: 4 });
    expect(server.audited.at(-1)).toMatchObject({
      actor: '李娜',
      kind: 'import',
      what: 'imported 十一月一日.xlsx: 4 rows, 4 accepted, 0 duplicates',
      outcome: 'applied',
    });
  });

  it('changes nothing when the same rows come again, from the same file or a CSV of them', async () => {
    const rows = appeals('海洋乡', 2, 2);
    await upload(server, 'a.xlsx', await xlsx([HEADER, ...rows]));
    const before = figures();
    const audited = server.audited.length;

    const again = await upload(server, 'a.xlsx', await xlsx([HEADER, ...rows]), { dryRun: true });
    expect(((await again.json()) as ImportPreview).rows.map((r) => r.duplicate)).toEqual([true, true]);
    expect(await (await upload(server, 'a.xlsx', await xlsx([HEADER, ...rows]))).json()).toEqual({
      accepted: 0,
      duplicates: 2,
      seq: before.seq,
    });
    const csv = csvText([
      ['时间', '乡镇名称', '类别', '摘要'],
      ['2026/11/2 9:01', '海洋乡', '市容市貌', '第 2 件'],
      ['2026/11/2 9:00', '海洋乡', '市容市貌', '第 1 件'],
    ]);
    expect(await (await upload(server, 'b.csv', Buffer.from(csv))).json()).toEqual({ accepted: 0, duplicates: 2, seq: before.seq });
    expect(figures()).toEqual(before);
    expect(server.audited.slice(audited).map((line) => line.what)).toEqual([
      'imported a.xlsx: 2 rows, 0 accepted, 2 duplicates',
      'imported b.csv: 2 rows, 0 accepted, 2 duplicates',
    ]);
  });

  it('applies nothing when one row is refused, and says which row, column and why', async () => {
    const file = await xlsx([HEADER, ...appeals('灵田镇', 2, 3), [null, excelDate(2026, 11, 3, 11, 0), '灵州镇', '市容市貌', null, null]]);
    const before = figures();
    const dry = (await (await upload(server, 'bad.xlsx', file, { dryRun: true })).json()) as ImportPreview;
    expect(dry.rows).toHaveLength(2);
    expect(dry.refused).toEqual([{ row: 4, column: '乡镇', reason: expect.stringContaining('乡镇「灵州镇」不在乡镇名单中') }]);

    const res = await upload(server, 'bad.xlsx', file);
    expect(res.status).toBe(422);
    const body = (await res.json()) as RowsRefusedResponse;
    expect(body).toMatchObject({ error: 'rows_refused', refused: dry.refused });
    expect(body.message).toContain('整个文件都没有导入');
    expect(figures()).toEqual(before);
    expect(server.audited.at(-1)).toMatchObject({
      kind: 'import',
      outcome: 'invalid',
      what: 'import of bad.xlsx refused: 1 row not understood',
    });

    const fixed = await xlsx([HEADER, ...appeals('灵田镇', 2, 3), [null, excelDate(2026, 11, 3, 11, 0), '灵田镇', '市容市貌', null, null]]);
    expect(await (await upload(server, 'bad.xlsx', fixed)).json()).toMatchObject({ accepted: 3, duplicates: 0 });
  });
});

describe('files refused as a whole, each with a Chinese message, nothing applied', () => {
  const manyRows = () =>
    csvText([
      ['时间', '乡镇', '类别'],
      ...Array.from({ length: 5001 }, (_, i) => [
        `2026-11-04 ${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
        '灵川镇',
        '其他',
      ]),
    ]);
  const cases: Array<[string, () => Promise<Response>, number, string, string]> = [
    ['over 5 MB', async () => upload(server, 'big.csv', Buffer.alloc(6 * 1024 * 1024, 0x41)), 413, 'file_too_large', '5 MB'],
    ['over 5,000 rows', async () => upload(server, 'many.csv', Buffer.from(manyRows())), 400, 'too_many_rows', '5000'],
    [
      'a formula',
      async () => upload(server, 'f.xlsx', await xlsx([HEADER, ['志愿者', '2026-11-04', null, null, null, { formula: '2*3', result: 6 }]])),
      400,
      'unreadable_file',
      '第 2 行「数量」列是公式',
    ],
    ['a macro workbook', async () => upload(server, 'm.xlsm', await xlsx([HEADER])), 400, 'unreadable_file', '宏'],
    [
      'a broken zip',
      async () => upload(server, 'z.xlsx', (await xlsx([HEADER, ...appeals('灵川镇', 1)])).subarray(0, 300)),
      400,
      'unreadable_file',
      '损坏',
    ],
    ['a PDF', async () => upload(server, 'r.pdf', Buffer.from('%PDF-1.7')), 415, 'unsupported_type', '.xlsx 或 .csv'],
    ['only a header', async () => upload(server, 'e.xlsx', await xlsx([HEADER])), 400, 'empty_file', '没有数据行'],
    [
      'no file field',
      () => fetch(`${server.url}/api/import`, { method: 'POST', body: new FormData(), headers: asOperator() }),
      400,
      'no_file',
      '请选择要导入的文件',
    ],
    [
      'a JSON body',
      () =>
        fetch(`${server.url}/api/import`, {
          method: 'POST',
          body: '{}',
          headers: { ...asOperator(), 'content-type': 'application/json' },
        }),
      400,
      'no_file',
      '请选择要导入的文件',
    ],
  ];

  it.each(cases)('%s', async (_what, send, status, error, words) => {
    const before = figures();
    const res = await send();
    expect(res.status).toBe(status);
    const body = (await res.json()) as ErrorResponse;
    expect(body.error).toBe(error);
    expect(body.message).toContain(words);
    expect(figures()).toEqual(before);
  });

  it('stops reading an upload of unknown length once it passes 5 MB', async () => {
    const before = figures();
    const boundary = 'wall-test-boundary';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.csv"\r\nContent-Type: text/csv\r\n\r\n`;
    const chunk = new Uint8Array(64 * 1024).fill(0x41);
    let sent = 0;
    // Sent in chunks with no declared length, as a stream: far more than the limit, if the server kept reading.
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => controller.enqueue(new TextEncoder().encode(head)),
      pull: (controller) => {
        if (sent >= 50 * 1024 * 1024) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const res = await fetch(`${server.url}/api/import`, {
      method: 'POST',
      body,
      duplex: 'half',
      headers: { ...asOperator(), 'content-type': `multipart/form-data; boundary=${boundary}` },
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorResponse).error).toBe('file_too_large');
    expect(sent).toBeLessThan(50 * 1024 * 1024);
    expect(figures()).toEqual(before);
  });

  it('answers a request with no session 401 and reads nothing', async () => {
    const res = await upload(server, 'a.csv', Buffer.from('乡镇,类别\n灵川镇,其他'), { account: '' });
    expect(res.status).toBe(401);
    expect((await fetch(`${server.url}/api/import/template.xlsx`)).status).toBe(401);
  });
});

describe('GET /api/import/template.xlsx', () => {
  it('is a workbook whose 数据 sheet, filled in, imports as it is', async () => {
    const res = await fetch(`${server.url}/api/import/template.xlsx`, { headers: asOperator() });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['数据', '说明']);
    const data = workbook.getWorksheet('数据')!;
    expect(data.getRow(1).values).toEqual([
      undefined,
      '编号',
      '类型',
      '时间',
      '乡镇',
      '类别',
      '摘要',
      '数量',
      '项目',
      '亩',
      '平方米',
      '名称',
      '投资（元）',
      '组织',
      '党员数',
    ]);
    const help = JSON.stringify(workbook.getWorksheet('说明')!.getSheetValues());
    for (const words of ['兰田瑶族乡', '矛盾纠纷', '西货运中心站', '受理诉求', '组织活动', '单位是元']) expect(help).toContain(words);

    data.addRow([null, '拆迁', excelDate(2026, 11, 5, 15, 0), null, null, null, null, '西货运中心站', null, 640]);
    data.addRow(['HT-7', '引进项目', '2026-11-05', null, null, null, null, null, null, null, '路创沥青', 30000000]);
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());
    const before = figures();
    expect(await (await upload(server, '模板.xlsx', filled)).json()).toMatchObject({ accepted: 2, duplicates: 0 });
    expect(figures().values['land.demolishedM2']).toBe(before.values['land.demolishedM2'] + 640);
  });
});
