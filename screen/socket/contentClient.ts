import type { WallContentMessage } from '../../common/wallContent';

/** Loads `GET /api/content`; rejects on a network error or a non-2xx answer. */
export async function fetchWallContent(signal?: AbortSignal): Promise<WallContentMessage> {
  const response = await fetch('/api/content', { signal: signal ?? null, headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET /api/content answered ${response.status}`);
  return (await response.json()) as WallContentMessage;
}
