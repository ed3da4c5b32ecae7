/**
 * The admin page on a desk PC: an admin signs in, adds an account (a password
 * typed twice, a refused edit explained, a refused new password kept), makes a
 * feed key that is shown once, sees it used by a feed and revokes it, finds all
 * of it in the audit trail in the page's language (the CSV as the server wrote it),
 * verifies the ledger and traces a figure to its events; an operator sees only
 * the ledger, a presenter is sent to the console.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AccountInfo } from '../../common/auth';
import { addAccount, asPage, signIn } from '../support/accounts';
import { postEvents, startTestServer, type TestServer } from '../support/server';
import { launchChromium, saveScreenshot, type WallBrowser } from './support/chromium';
import { sampleAppeals } from './support/events';
import { TEST_SCREEN_DIR } from './support/paths';

const PASSWORD = 'lingchuan-admin-2026';
let server: TestServer;
let browser: WallBrowser;
let page: Page;
/** The key the admin made, as the page showed it once. */
let feedKey = '';

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ screenDir: TEST_SCREEN_DIR }), launchChromium()]);
  await addAccount(server, 'chief', 'admin', PASSWORD);
  await addAccount(server, 'figures', 'operator', PASSWORD);
  await addAccount(server, 'guide', 'presenter', PASSWORD);
  ({ page } = await browser.open(`${server.url}/admin`, { width: 1440, height: 900 }));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const message = (kind: 'ok' | 'error', text: string) => page.locator(`[data-message="${kind}"]`, { hasText: text }).waitFor();

async function signInAs(name: string): Promise<void> {
  if ((await page.locator('[data-sign-out]').count()) > 0) await page.click('[data-sign-out]');
  await page.locator('[data-sign-in-form]').waitFor();
  await page.fill('[data-sign-in-name]', name);
  await page.fill('[data-sign-in-password]', PASSWORD);
  await page.click('[data-sign-in-submit]');
  await page.locator('[data-signed-in-as]', { hasText: name }).waitFor();
}

describe('the admin page', () => {
  it('adds an account once its password is typed the same twice, and explains a refused edit', async () => {
    await signInAs('chief');
    await page.locator('[data-account-row="chief"]').waitFor();
    await page.fill('[data-new-name]', '讲解员小李');
    await page.selectOption('[data-new-role]', 'presenter');
    await page.fill('[data-new-password]', 'a long enough password');
    await page.fill('[data-new-repeat]', 'a long enough passwort');
    await page.click('[data-add-account-submit]');
    await page.locator('[data-form-problems]', { hasText: '两次输入的密码不一致' }).waitFor();
    expect(await page.locator('[data-account-row="讲解员小李"]').count()).toBe(0);
    await page.fill('[data-new-repeat]', 'a long enough password');
    await page.click('[data-add-account-submit]');
    await message('ok', '已新增账户 讲解员小李');
    const row = page.locator('[data-account-row="讲解员小李"]');
    expect(await row.locator('[data-account-role]').inputValue()).toBe('presenter');
    expect(await row.locator('[data-last-sign-in]').innerText()).toBe('从未');

    // The only admin cannot be disabled: said why, and nothing changes.
    await page.click('[data-account-row="chief"] [data-toggle-disabled]');
    await message('error', '唯一启用的管理员');
    expect(await page.locator('[data-account-row="chief"] [data-account-state]').innerText()).toBe('启用');

    // Someone else disables the new account meanwhile: this page's edit names an old version and is refused; the row is reloaded.
    const cookie = await signIn(server, 'chief', PASSWORD);
    const listed = (await (await fetch(`${server.url}/api/accounts`, { headers: asPage(server, cookie) })).json()) as AccountInfo[];
    const version = listed.find((a) => a.name === '讲解员小李')!.version;
    const elsewhere = await fetch(`${server.url}/api/accounts/${encodeURIComponent('讲解员小李')}`, {
      method: 'PATCH',
      headers: asPage(server, cookie),
      body: JSON.stringify({ version, disabled: true }),
    });
    expect(elsewhere.status).toBe(200);
    await row.locator('[data-account-role]').selectOption('operator');
    await message('error', '刚被其他人修改过');
    await page.locator('[data-account-row="讲解员小李"] [data-account-state]', { hasText: '已停用' }).waitFor();
    expect(await page.locator('[data-account-row="讲解员小李"] [data-account-role]').inputValue()).toBe('presenter');
    await saveScreenshot(page, 'admin-accounts');
  });

  it('keeps a new password typed until the server takes it', async () => {
    const row = page.locator('[data-account-row="讲解员小李"]');
    await row.locator('[data-set-password]').click();
    await row.locator('[data-row-password]').fill('a new long password');
    await row.locator('[data-row-repeat]').fill('a new long password');
    // Enabled elsewhere meanwhile: this page's edit names an old version and is refused.
    const cookie = await signIn(server, 'chief', PASSWORD);
    const listed = (await (await fetch(`${server.url}/api/accounts`, { headers: asPage(server, cookie) })).json()) as AccountInfo[];
    const elsewhere = await fetch(`${server.url}/api/accounts/${encodeURIComponent('讲解员小李')}`, {
      method: 'PATCH',
      headers: asPage(server, cookie),
      body: JSON.stringify({ version: listed.find((a) => a.name === '讲解员小李')!.version, disabled: false }),
    });
    expect(elsewhere.status).toBe(200);
    await row.locator('[data-save-password]').click();
    await message('error', '刚被其他人修改过');
    await row.locator('[data-account-state]', { hasText: '启用' }).waitFor();
    expect(await row.locator('[data-row-password]').inputValue()).toBe('a new long password');
    expect(await row.locator('[data-row-repeat]').inputValue()).toBe('a new long password');

    // Sent again as it stands, now against the version shown: taken, and the form closes.
    await row.locator('[data-save-password]').click();
    await message('ok', '讲解员小李 的密码已更新');
    await row.locator('[data-password-form]').waitFor({ state: 'detached' });
    const signedIn = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: '讲解员小李', password: 'a new long password' }),
    });
    expect(signedIn.status).toBe(200);
  });

  it('makes a feed key shown once, sees a feed use it, and revokes it so that the feed is refused', async () => {
    await page.click('[data-section-tab="keys"]');
    await page.locator('[data-key-row="env"] [data-from-environment]').waitFor();
    expect(await page.locator('[data-key-row="env"] [data-revoke]').count()).toBe(0);
    await page.fill('[data-key-name]', '12345 hotline bridge');
    await page.click('[data-create-key-submit]');
    await page.locator('[data-created-key]', { hasText: '关闭后此密钥不会再显示' }).waitFor();
    feedKey = await page.locator('[data-created-key-value]').innerText();
    expect(feedKey.length).toBeGreaterThanOrEqual(20);
    await saveScreenshot(page, 'admin-key-shown-once');
    await page.click('[data-close-key]');
    expect(await page.locator('body').innerText()).not.toContain(feedKey);
    const row = page.locator('[data-key-row="12345 hotline bridge"]');
    expect(await row.locator('[data-last-used]').innerText()).toBe('从未');

    expect((await postEvents(server, sampleAppeals(1, 'admin-key'), feedKey)).status).toBe(200);
    await page.waitForFunction(
      () => document.querySelector('[data-key-row="12345 hotline bridge"] [data-last-used]')?.textContent?.trim() !== '从未',
      null,
    );

    await row.locator('[data-revoke]').click();
    await row.locator('[data-confirm-revoke]', { hasText: '确认吊销「12345 hotline bridge」' }).waitFor();
    await row.locator('[data-confirm-revoke-yes]').click();
    await message('ok', '已吊销密钥「12345 hotline bridge」');
    await row.locator('[data-key-state]', { hasText: '已吊销' }).waitFor();
    expect((await postEvents(server, sampleAppeals(1, 'after-revoke'), feedKey)).status).toBe(401);
    // Revoking one touches no other: the server's own key still feeds.
    expect((await postEvents(server, sampleAppeals(1, 'env-still'))).status).toBe(200);
  });

  it('finds all of it in the audit trail, filtered, with a CSV of the same filters', async () => {
    await page.click('[data-section-tab="audit"]');
    const trail = page.locator('[data-section="audit"] tbody');
    // Each line in the page's words; the record as the server wrote it is a hover away.
    const created = trail.locator('[data-audit-what]', { hasText: '创建数据接入密钥「12345 hotline bridge」' });
    await created.waitFor();
    expect(await created.getAttribute('title')).toBe('created feed key "12345 hotline bridge"');
    await trail.locator('[data-audit-what]', { hasText: '吊销数据接入密钥「12345 hotline bridge」' }).waitFor();
    await trail.locator('[data-audit-what]', { hasText: '新增账户 讲解员小李（讲解员）' }).waitFor();
    await trail.locator('[data-audit-what]', { hasText: '修改账户 讲解员小李：停用' }).waitFor();
    await trail.locator('[data-audit-what]', { hasText: '修改账户 讲解员小李：设置新密码' }).waitFor();
    await trail
      .locator('tr', { has: page.locator('[data-audit-actor]', { hasText: /^讲解员小李$/ }), hasText: '以讲解员身份登录' })
      .waitFor();
    expect(await page.locator('[data-audit-csv-note]').innerText()).toContain('不随页面语言翻译');
    expect(await page.locator('[data-audit-csv]').getAttribute('title')).toContain('不随页面语言翻译');
    expect(await trail.innerText()).not.toMatch(/created feed key|signed in as|added account/);

    await page.click('[data-lang-switch]');
    await trail.locator('[data-audit-what]', { hasText: 'Revoked feed key “12345 hotline bridge”' }).waitFor();
    await trail.locator('[data-audit-what]', { hasText: 'Changed account 讲解员小李: new password' }).waitFor();
    expect(await page.locator('[data-audit-csv-note]').innerText()).toContain('not translated');
    const english = (await trail.innerText()).replaceAll('讲解员小李', '');
    expect(english).not.toMatch(/\p{Script=Han}/u);
    await page.click('[data-lang-switch]');
    await page.locator('[data-section-tab="audit"]', { hasText: '审计记录' }).waitFor();

    await page.selectOption('[data-filter-kind]', 'key');
    await page.fill('[data-filter-actor]', 'chief');
    await page.click('[data-audit-search]');
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[data-audit-record]')];
      return rows.length === 2 && rows.every((row) => row.getAttribute('data-audit-record') === 'key');
    }, null);
    const href = (await page.locator('[data-audit-csv]').getAttribute('href'))!;
    expect(new URL(href, server.url).searchParams.get('kind')).toBe('key');
    const csv = await page.evaluate(async (link) => (await fetch(link)).text(), href);
    // The CSV is the record: the server's own words, whatever the page's language.
    expect(csv).toContain('"revoked feed key ""12345 hotline bridge"""');
    expect(csv).not.toContain('吊销');
    expect(csv).not.toContain('signed in as');
    await saveScreenshot(page, 'admin-audit');
  });

  it('shows the ledger head, verifies it now, and traces a figure to the events that made it', async () => {
    await page.click('[data-section-tab="ledger"]');
    await page.locator('[data-head-hash]').waitFor();
    expect(await page.locator('[data-head-hash]').innerText()).toMatch(/^[0-9a-f]{16,}$/);
    await page.click('[data-verify-now]');
    await message('ok', '核验通过');
    await page.locator('[data-last-verified][data-verified-ok="true"]').waitFor();
    await page.selectOption('[data-trace-metric]', 'appeals.handled');
    await page.locator('[data-trace-sender]', { hasText: 'key:12345 hotline bridge' }).waitFor();
    await page.locator('[data-trace-sender]', { hasText: 'key:env' }).first().waitFor();
    await saveScreenshot(page, 'admin-ledger');
  });

  it('asks again, calmly, when the session ends elsewhere', async () => {
    await page.click('[data-section-tab="keys"]');
    const [cookie] = (await browser.context.cookies(server.url)).filter((c) => c.name === 'wall_session');
    const ended = await fetch(`${server.url}/api/session`, {
      method: 'DELETE',
      headers: asPage(server, `${cookie!.name}=${cookie!.value}`),
    });
    expect(ended.status).toBe(204);
    // The keys' list refreshes while shown: its next request is refused, and the page says why.
    await page.locator('[data-sign-in-problem][data-tone="calm"]', { hasText: '登录已过期，请重新登录' }).waitFor();
    expect(await page.inputValue('[data-sign-in-name]')).toBe('chief');
    expect(await page.locator('[data-section]').count()).toBe(0);
  });

  it('shows an operator only the ledger, and sends a presenter to the console', async () => {
    await signInAs('figures');
    await page.locator('[data-section="ledger"] [data-head-hash]').waitFor();
    expect(await page.locator('[data-section-tab]').evaluateAll((tabs) => tabs.map((t) => t.getAttribute('data-section-tab')))).toEqual([
      'ledger',
    ]);
    expect(await page.locator('[data-verify-now]').count()).toBe(0);
    await page.selectOption('[data-trace-metric]', 'appeals.handled');
    await page.locator('[data-trace-sender]').first().waitFor();

    await signInAs('guide');
    await page.locator('[data-role-refused]', { hasText: '此页面不供讲解员使用' }).waitFor();
    expect(await page.locator('[data-role-refused] a').getAttribute('href')).toBe('/console');
    expect(await page.locator('[data-section]').count()).toBe(0);
  });

  it('speaks English at the switch', async () => {
    await page.click('[data-lang-switch]');
    await page.locator('h1', { hasText: 'Hall system administration' }).waitFor();
    await page.locator('[data-role-refused]', { hasText: 'not for presenters' }).waitFor();
    // Every word in English, but for the switch back, which names its language in that language.
    const text = (await page.locator('[data-admin]').innerText()).replace('中文', '');
    expect(text).not.toMatch(/\p{Script=Han}/u);
  });
});
