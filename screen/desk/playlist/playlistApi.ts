/**
 * The playlist editor's calls, as the signed-in operator (the session
 * cookie). A 401 means the session is over: the page is told through
 * `onSignedOut`, then the call fails as usual.
 */
import type { PlaylistEntry } from '../../../common/control';
import { requestJson, asSignedIn } from '../../components/auth/apiRequest';

/** A group's playlist as the server keeps it; `version` changes with every save. */
export interface GroupPlaylist {
  group: string;
  playlist: PlaylistEntry[];
  version: number;
}

export function playlistApi(onSignedOut: () => void) {
  const call = asSignedIn(onSignedOut);
  return {
    list: () => call(() => requestJson<GroupPlaylist[]>('/api/playlists')),
    save: (group: string, version: number, scenes: PlaylistEntry[]) =>
      call(() => requestJson<GroupPlaylist>(`/api/playlists/${encodeURIComponent(group)}`, { method: 'PUT', json: { version, scenes } })),
  };
}

export type PlaylistApi = ReturnType<typeof playlistApi>;
