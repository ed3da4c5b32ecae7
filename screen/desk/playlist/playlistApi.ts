/**
 * The playlist editor's calls, as the signed-in operator (the session
 * cookie). A 401 means the session is over: the page is told through
 * `onSignedOut`, then the call fails as usual.
 */
import type { PlaylistEntry } from '../../../common/control';
import { ApiError, requestJson, asSignedIn } from '../../components/auth/apiRequest';

/** A group's playlist as the server keeps it; `version` changes with every save. */
export interface GroupPlaylist {
  group: string;
  playlist: PlaylistEntry[];
  version: number;
}

/** PUTs JSON with the session cookie (the shared `requestJson` sends no PUT); throws an ApiError when refused. */
export async function putJson<T>(path: string, json: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'PUT',
      cache: 'no-store',
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify(json),
    });
  } catch {
    throw new ApiError(0, 'the server could not be reached');
  }
  const answer = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (!response.ok) {
    const said = (key: string) => (typeof answer?.[key] === 'string' ? (answer[key] as string) : '');
    throw new ApiError(response.status, said('message') || response.statusText, said('error'));
  }
  return answer as T;
}

export function playlistApi(onSignedOut: () => void) {
  const call = asSignedIn(onSignedOut);
  return {
    list: () => call(() => requestJson<GroupPlaylist[]>('/api/playlists')),
    save: (group: string, version: number, scenes: PlaylistEntry[]) =>
      call(() => putJson<GroupPlaylist>(`/api/playlists/${encodeURIComponent(group)}`, { version, scenes })),
  };
}

export type PlaylistApi = ReturnType<typeof playlistApi>;
