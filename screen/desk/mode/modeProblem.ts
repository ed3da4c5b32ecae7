/** Why a switch did not happen, in the desk's words. Pure. */
import type { DeskModeWords } from '../../content/deskMode';
import { ApiError } from '../../components/auth/apiRequest';

export function modeProblemText(error: unknown, words: DeskModeWords): string {
  const { problems } = words;
  if (!(error instanceof ApiError)) return problems.other(String(error));
  if (error.status === 0) return problems.unreachable;
  if (error.code === 'no_change') return problems.no_change;
  if (error.code === 'not_switchable') return problems.not_switchable;
  if (error.code === 'storage_unavailable') return problems.storage;
  if (error.status === 403) return problems.forbidden;
  return problems.other(error.message);
}
