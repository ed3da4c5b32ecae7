import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../common/protocol';
import { scriptSafeJson, withBootData } from '../../../server/http/bootData';
import { postEvents, startTestServer, tempDataDir, type TestServer } from '../../support/server';

const PAGE = '<!doctype html><html><head><title>wall</title></head><body><div id="app"></div></body></html>';

/** The boot data as the page's JSON script holds it, parsed the way the screen parses it. */
function bootDataOf(html: string): { snapshot: Snapshot } | null {
  const match = /<script id="boot-data" type="application\/json">(.*?)<\/script>/s.exec(html);
  return match ? (JSON.parse(match[1]!) as { snapshot: Snapshot }) : null;
}

describe('scriptSafeJson', () => {
  it('cannot close the script element or start markup, and parses back to the same value', () => {
    const value = { summary: '</script><script>alert(1)</script> & <!-- \u2028 \u2029' };
    const json = scriptSafeJson(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('withBootData', () => {
  it('puts the data at the end of the head, once', () => {
    const html = withBootData(PAGE, { snapshot: { seq: 7 } as Snapshot, catalog: { title: { zh: '馆' } } as never });
    expect(html.match(/id="boot-data"/g)).toHaveLength(1);
    expect(html.indexOf('boot-data')).toBeLessThan(html.indexOf('</head>'));
    expect(bootDataOf(html)?.snapshot.seq).toBe(7);
  });
});

describe('the served page', () => {
  let server: TestServer;

  beforeAll(async () => {
    const screenDir = join(tempDataDir(), 'screen');
    mkdirSync(screenDir, { recursive: true });
    writeFileSync(join(screenDir, 'index.html'), PAGE);
    server = await startTestServer({ screenDir });
  });
  afterAll(() => server?.stop());

  it('carries the current figures for the wall and kiosk, escaped, and never cached', async () => {
    const hostile = '</script><script>document.title="x"</script>';
    expect(
      (await postEvents(server, [{ id: 'boot-1', type: 'appeal.handled', town: '灵川镇', category: '市容市貌', summary: hostile }])).ok,
    ).toBe(true);
    const snapshot = (await (await fetch(`${server.url}/api/snapshot`)).json()) as Snapshot;
    for (const path of ['/', '/kiosk', '/?screen=hall-left&group=main']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const html = await response.text();
      expect(html.match(/<script/g), `${path}: only the boot data script`).toHaveLength(1);
      const boot = bootDataOf(html);
      expect(boot?.snapshot.seq, path).toBe(snapshot.seq);
      expect(boot?.snapshot.values['appeals.handled']).toBe(snapshot.values['appeals.handled']);
      expect(boot?.snapshot.recent[0]?.summary).toBe(hostile);
    }
  });

  it('leaves the console page without figures', async () => {
    const html = await (await fetch(`${server.url}/console`)).text();
    expect(bootDataOf(html)).toBeNull();
    expect(html).toContain('<div id="app">');
  });
});
