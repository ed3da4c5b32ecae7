import type { Catalog } from '../../common/catalog';

/** Loads `GET /api/metrics`; rejects on a network error or a non-2xx answer. */
export async function fetchCatalog(signal?: AbortSignal): Promise<Catalog> {
  const response = await fetch('/api/metrics', { signal: signal ?? null, headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET /api/metrics answered ${response.status}`);
  return (await response.json()) as Catalog;
}
