/** Why a save did not happen, in the operator's words. Pure. */
import type { DeskPlaylistWords } from '../../content/deskPlaylist';
import { ApiError } from '../../components/auth/apiRequest';

export function playlistProblemText(error: unknown, words: DeskPlaylistWords): string {
  const { problems } = words;
  if (!(error instanceof ApiError)) return problems.other(String(error));
  if (error.status === 0) return problems.unreachable;
  if (error.code === 'stale') return problems.stale;
  if (error.code === 'no_change') return problems.no_change;
  if (error.code === 'unknown_group') return problems.unknown_group;
  if (error.code === 'invalid_playlist') return problems.invalid(error.message);
  if (error.code === 'storage_unavailable') return problems.storage;
  if (error.status === 403) return problems.forbidden;
  return problems.other(error.message);
}
