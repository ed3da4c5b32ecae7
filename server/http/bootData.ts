/**
 * What a screen needs for its first picture, written into the page itself:
 * the current snapshot and catalog. A wall then shows true figures as soon as
 * its code runs, instead of after its socket has connected and the snapshot
 * and catalog have each made a round trip. The socket still connects at once
 * and carries on from the snapshot's seq.
 */
import type { Catalog } from '../../common/catalog';
import type { Snapshot } from '../../common/protocol';
import type { WallContentMessage } from '../../common/wallContent';

/** The element id the screen reads the boot data from. */
export const BOOT_DATA_ID = 'boot-data';

export interface BootData {
  snapshot: Snapshot;
  catalog: Catalog;
  /** The wall's words as last saved at the desk. */
  content?: WallContentMessage;
}

/**
 * JSON safe inside a `<script>` element: feeds and operators write free text
 * (appeal summaries), and none of it may close the element or start markup.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The page with the boot data as an inert JSON script at the end of its head (never executed, so no CSP exception). */
export function withBootData(html: string, data: BootData): string {
  const tag = `<script id="${BOOT_DATA_ID}" type="application/json">${scriptSafeJson(data)}</script>`;
  const at = html.indexOf('</head>');
  return at < 0 ? html : `${html.slice(0, at)}${tag}${html.slice(at)}`;
}
