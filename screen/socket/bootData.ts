/**
 * The snapshot and catalog the server wrote into the page (see the server's
 * `bootData.ts`), so the wall's first picture shows true figures without
 * waiting for its socket. Anything missing or malformed is ignored: the
 * socket's own snapshot follows within moments either way.
 */
import type { Catalog } from '../../common/catalog';
import type { Snapshot } from '../../common/protocol';
import type { WallContentMessage } from '../../common/wallContent';

export interface BootData {
  snapshot?: Snapshot;
  catalog?: Catalog;
  content?: WallContentMessage;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Reads the boot data from the page's inert JSON script, once; later calls find nothing, so a remount cannot roll figures back. */
export function takeBootData(doc: Pick<Document, 'getElementById'> = document): BootData {
  const element = doc.getElementById('boot-data');
  if (!element) return {};
  element.remove();
  try {
    const data: unknown = JSON.parse(element.textContent ?? '');
    if (!isObject(data)) return {};
    const { snapshot, catalog, content } = data;
    const snapshotOk = isObject(snapshot) && Number.isInteger(snapshot.seq) && isObject(snapshot.values) && isObject(snapshot.breakdowns);
    const catalogOk = isObject(catalog) && Array.isArray(catalog.metrics) && isObject(catalog.title);
    const contentOk = isObject(content) && Number.isInteger(content.version) && isObject(content.content);
    return {
      ...(snapshotOk ? { snapshot: snapshot as unknown as Snapshot } : {}),
      ...(catalogOk ? { catalog: catalog as unknown as Catalog } : {}),
      ...(contentOk ? { content: content as unknown as WallContentMessage } : {}),
    };
  } catch {
    return {};
  }
}
