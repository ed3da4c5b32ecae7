/**
 * The operator desk on an office PC (1366x768): a presenter is sent to the
 * console; an operator records an appeal and sees the wall count it once, even
 * when the first answer was lost and the form sent again; sees it in today at
 * a glance; imports a spreadsheet (a bad row refused with nothing applied,
 * then the fixed file applied, then again: all duplicates, then undone); corrects a figure
 * and undoes the correction.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Snapshot } from '../../common/protocol';
import { addAccount, asPage, signIn } from '../support/accounts';
import { getJson, startTestServer, type TestServer } from '../support/server';
import { launchChromium, saveScreenshot, type WallBrowser } from './support/chromium';
import { deskMessage, fitsWidth, openDeskSection, signInDesk, writeAppealsXlsx, type AppealRow } from './support/desk';
import { TEST_SCREEN_DIR } from './support/paths';
import { waitForFigure } from './support/wall';

const PASSWORD = 'lingchuan-desk-2026';
let server: TestServer;
let browser: WallBrowser;
let desk: Page;
let wall: Page;
let deskErrors: string[];

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ screenDir: TEST_SCREEN_DIR }), launchChromium()]);
  await addAccount(server, 'figures', 'operator', PASSWORD);
  await addAccount(server, 'guide', 'presenter', PASSWORD);
  await addAccount(server, 'chief', 'admin', PASSWORD);
  ({ page: wall } = await browser.open(`${server.url}/?scene=overview`, { width: 1920, height: 1080 }));
  ({ page: desk, errors: deskErrors } = await browser.open(`${server.url}/desk`, { width: 1366, height: 768 }));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const values = async () => (await getJson<Snapshot>(server, '/api/snapshot')).values;
const shown = (n: number) => n.toLocaleString('en-US');

describe('the desk', () => {
  it('tells a presenter the page is not theirs and points to the console', async () => {
    await signInDesk(desk, 'guide', PASSWORD);
    const refused = desk.locator('[data-role-refused]');
    await refused.waitFor();
    expect(await refused.innerText()).toContain('讲解员');
    expect(await refused.locator('a').getAttribute('href')).toBe('/console');
    expect(await desk.locator('[data-section-tab]').count()).toBe(0);
  });

  it('records an appeal from the form, and the wall counts it once even when the first answer was lost', async () => {
    await signInDesk(desk, 'figures', PASSWORD);
    await openDeskSection(desk, 'record');
    const before = (await values())['appeals.handled'];
    await waitForFigure(wall, 'appeals.handled', shown(before));

    await desk.selectOption('[data-field="town"] select', '九屋镇');
    await desk.selectOption('[data-field="category"] select', '市容市貌');
    await desk.fill('[data-field="summary"] input', '九屋镇村道路灯损坏，已报修');
    // The server takes the first send, but its answer never reaches the page.
    let lost = 0;
    await desk.route('**/api/events', async (route) => {
      await route.fetch();
      lost += 1;
      await route.abort('connectionreset');
    });
    await desk.click('[data-record-submit]');
    await deskMessage(desk, 'error', '无法连接服务器');
    expect(lost).toBe(1);
    expect(await desk.inputValue('[data-field="summary"] input')).toBe('九屋镇村道路灯损坏，已报修');
    expect(await desk.inputValue('[data-field="town"] select')).toBe('九屋镇');

    await desk.unroute('**/api/events');
    await desk.click('[data-record-submit]');
    await deskMessage(desk, 'ok', '此前已录入，没有重复计数');
    await waitForFigure(wall, 'appeals.handled', shown(before + 1));
    expect((await values())['appeals.handled']).toBe(before + 1);

    // A new submission is a new entry: counted.
    await desk.fill('[data-field="summary"] input', '灵川镇八里街积水，已疏通');
    await desk.click('[data-record-submit]');
    await deskMessage(desk, 'ok', '已录入');
    await waitForFigure(wall, 'appeals.handled', shown(before + 2));
    // The form starts again, ready for the next entry.
    expect(await desk.inputValue('[data-field="summary"] input')).toBe('');
  });

  it('checks a field as it is typed, with the server’s limits, and sends nothing until it is right', async () => {
    const before = (await getJson<Snapshot>(server, '/api/snapshot')).seq;
    await desk.selectOption('[data-entry-type]', 'land.acquired');
    await desk.fill('[data-field="mu"] input', 'abc');
    await desk.locator('[data-field="mu"] [data-field-problem]', { hasText: '请输入数字' }).waitFor();
    await desk.fill('[data-field="mu"] input', '20000');
    await desk.locator('[data-field="mu"] [data-field-problem]', { hasText: '不能大于 10000' }).waitFor();
    await desk.click('[data-record-submit]');
    expect((await getJson<Snapshot>(server, '/api/snapshot')).seq).toBe(before);
    await desk.fill('[data-field="mu"] input', '12.5');
    await desk.locator('[data-field="mu"] [data-field-problem]').waitFor({ state: 'detached' });
    await saveScreenshot(desk, 'desk-record');
  });

  it('keeps a typed entry through a session that ended elsewhere, and sends it once signed in again', async () => {
    const before = (await values())['land.acquiredMu'];
    const [cookie] = (await browser.context.cookies(server.url)).filter((c) => c.name === 'wall_session');
    const ended = await fetch(`${server.url}/api/session`, {
      method: 'DELETE',
      headers: asPage(server, `${cookie!.name}=${cookie!.value}`),
    });
    expect(ended.status).toBe(204);
    await desk.click('[data-record-submit]');
    await desk.locator('[data-sign-in-problem][data-tone="calm"]', { hasText: '登录已过期' }).waitFor();
    expect(await desk.inputValue('[data-sign-in-name]')).toBe('figures');
    await desk.fill('[data-sign-in-password]', PASSWORD);
    await desk.click('[data-sign-in-submit]');
    await deskMessage(desk, 'error', '登录已过期，请重新登录后再提交');
    expect(await desk.inputValue('[data-entry-type]')).toBe('land.acquired');
    expect(await desk.inputValue('[data-field="mu"] input')).toBe('12.5');
    expect((await values())['land.acquiredMu']).toBe(before);
    await desk.click('[data-record-submit]');
    await deskMessage(desk, 'ok', '已录入：完成征地');
    expect((await values())['land.acquiredMu']).toBe(before + 12.5);
  });

  it('shows today at a glance: the figure’s change, its source and who sent the entry', async () => {
    await openDeskSection(desk, 'today');
    const row = desk.locator('[data-figure-row="appeals.handled"]');
    await row.locator('[data-figure-change]', { hasText: '+2' }).waitFor();
    expect(await row.locator('[data-figure-source]').innerText()).toBe('手工录入');
    expect(await desk.locator('[data-recent-sender]').first().innerText()).toBe('figures');
    await desk.locator('[data-ledger-line]').waitFor();
    expect(await fitsWidth(desk)).toBe(true);
    await saveScreenshot(desk, 'desk-today');
    // English on request, and back.
    await desk.click('[data-lang-switch]');
    await row.locator('[data-figure-source]', { hasText: 'desk entry' }).waitFor();
    expect(await desk.locator('h1').innerText()).toBe('Data desk');
    await desk.click('[data-lang-switch]');
    await row.locator('[data-figure-source]', { hasText: '手工录入' }).waitFor();
    expect(deskErrors).toEqual([]);
  });
});

describe('importing a spreadsheet', () => {
  const rows: AppealRow[] = [
    { 编号: 'sheet-1', 乡镇: '灵川镇', 类别: '市容市貌', 摘要: '表格导入一' },
    { 编号: 'sheet-2', 乡镇: '不存在镇', 类别: '其他', 摘要: '表格导入二' },
    { 编号: 'sheet-3', 乡镇: '大圩镇', 类别: '社会治安', 摘要: '表格导入三' },
  ];
  let fixed = '';

  it('refuses a file with a bad row, shows the row and why, and applies nothing', async () => {
    const broken = await writeAppealsXlsx('诉求-有误.xlsx', rows);
    const before = await values();
    await openDeskSection(desk, 'import');
    expect(await desk.locator('[data-import-template]').getAttribute('href')).toBe('/api/import/template.xlsx');
    await desk.setInputFiles('[data-import-file]', broken);
    const refusal = desk.locator('[data-import-refused] [data-refused-row="3"]');
    await refusal.waitFor();
    expect(await refusal.locator('[data-refused-column]').innerText()).toBe('乡镇');
    expect(await refusal.locator('[data-refused-reason]').innerText()).toContain('不存在镇');
    expect(await desk.locator('[data-import-confirm]').count()).toBe(0);
    expect(await values()).toEqual(before);
    expect(await fitsWidth(desk)).toBe(true);
    await saveScreenshot(desk, 'desk-import-refused');
  });

  it('applies the fixed file when confirmed, and the wall shows it', async () => {
    fixed = await writeAppealsXlsx(
      '诉求.xlsx',
      rows.map((row) => (row.编号 === 'sheet-2' ? { ...row, 乡镇: '九屋镇' } : row)),
    );
    const before = (await values())['appeals.handled'];
    await desk.setInputFiles('[data-import-file]', fixed);
    await desk.locator('[data-import-understood]', { hasText: '新数据 3 行' }).waitFor();
    expect(await desk.locator('[data-import-refused]').count()).toBe(0);
    // Previewed only: nothing applied yet.
    expect((await values())['appeals.handled']).toBe(before);
    await desk.click('[data-import-confirm]');
    await deskMessage(desk, 'ok', '已导入 3 行');
    await waitForFigure(wall, 'appeals.handled', shown(before + 3));
  });

  it('changes nothing when the same file is imported again: every row a duplicate', async () => {
    const before = await values();
    await desk.setInputFiles('[data-import-file]', fixed);
    await desk.locator('[data-import-understood]', { hasText: '已导入过 3 行' }).waitFor();
    expect(await desk.locator('[data-import-row][data-duplicate="true"]').count()).toBe(3);
    await desk.click('[data-import-confirm]');
    await deskMessage(desk, 'ok', '此前都已导入，没有数据变化');
    expect(await values()).toEqual(before);
  });

  it('undoes the import with a reason: the wall takes its appeals back, and the import stays listed as undone', async () => {
    const before = await values();
    // The one import that added entries (the re-import added none), newest first.
    const imported = desk.locator('[data-import-history] tr[data-import-seq]').first();
    await imported.waitFor();
    await imported.locator('[data-undo]').click();
    await imported.locator('[data-undo-reason]').fill('导入了错误的表格');
    await imported.locator('[data-undo-confirm]').click();
    await deskMessage(desk, 'ok', '已撤销这次导入的 3 条数据');
    await waitForFigure(wall, 'appeals.handled', shown(before['appeals.handled'] - 3));
    await imported.locator('[data-undone-by]', { hasText: 'figures' }).waitFor();
    expect(await imported.locator('[data-undo]').count()).toBe(0);
    expect(await fitsWidth(desk)).toBe(true);
    await saveScreenshot(desk, 'desk-import-undone');
  });
});

describe('correcting a figure', () => {
  it('sets a figure with a reason, then undoes it with a compensating entry', async () => {
    const original = (await values())['volunteers.posts'];
    await openDeskSection(desk, 'correct');
    await desk.selectOption('[data-field="metric"] select', 'volunteers.posts');
    await desk.locator('[data-current-value]', { hasText: shown(original) }).waitFor();
    await desk.fill('[data-field="value"] input', String(original + 25));
    // A correction needs its reason: said, and nothing sent.
    await desk.click('[data-correct-submit]');
    await desk.locator('[data-field="reason"] [data-field-problem]', { hasText: '不能为空' }).waitFor();
    expect((await values())['volunteers.posts']).toBe(original);

    await desk.fill('[data-field="reason"] input', '与十二月月报核对');
    await desk.click('[data-correct-submit]');
    await deskMessage(desk, 'ok', `更正为 ${shown(original + 25)}`);
    await waitForFigure(wall, 'volunteers.posts', shown(original + 25));
    const line = desk.locator('[data-corrections] tr', { hasText: '与十二月月报核对' });
    await line.waitFor();

    await line.locator('[data-undo]').click();
    await line.locator('[data-undo-reason]').fill('录错了指标');
    await line.locator('[data-undo-confirm]').click();
    await deskMessage(desk, 'ok', `恢复为 ${shown(original)}`);
    await waitForFigure(wall, 'volunteers.posts', shown(original));
    // History is kept: the correction is listed as undone, with the compensating entry above it.
    await line.locator('[data-undone-by]').waitFor();
    expect(await line.locator('[data-undo]').count()).toBe(0);
    const compensating = desk.locator('[data-corrections] tr', { hasText: '录错了指标' });
    expect(await compensating.locator('[data-correction-reason]').innerText()).toMatch(/^撤销第 \d+ 条更正：录错了指标$/);
    expect(await compensating.locator('[data-correction-value]').innerText()).toBe(shown(original));
    expect(await fitsWidth(desk)).toBe(true);
    await saveScreenshot(desk, 'desk-correct');
  });
});

describe('the ledger on the desk', () => {
  it('says the ledger verifies once an admin has checked it, with the desk’s, the import’s and the corrections’ entries in it', async () => {
    const cookie = await signIn(server, 'chief', PASSWORD);
    const verified = await fetch(`${server.url}/api/ledger/verify`, { method: 'POST', headers: asPage(server, cookie) });
    expect(verified.status).toBe(200);
    await openDeskSection(desk, 'today');
    const line = desk.locator('[data-ledger-line][data-ledger-ok]');
    await line.waitFor();
    expect(await line.innerText()).toContain('核验通过');
    expect(await line.getAttribute('data-ledger-ok')).toBe('true');
  });
});
