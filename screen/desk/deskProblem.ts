/** Why a desk request did not work, in the operator's words rather than the server's codes. Pure. */
import type { Lang } from '../i18n/lang';
import { ApiError } from '../components/auth/apiRequest';
import { ADMIN_EN, ADMIN_ZH } from '../content/admin';
import type { DeskFormWords } from '../content/deskForms';
import { adminProblemText } from '../admin/adminProblem';

const BY_CODE: Record<string, keyof DeskFormWords['problems']> = {
  invalid_events: 'invalidEvents',
  rows_refused: 'rowsRefused',
  already_undone: 'alreadyUndone',
  not_found: 'noCorrection',
  invalid_reason: 'noReason',
  out_of_range: 'outOfRange',
  unreadable_file: 'unreadableFile',
  file_too_large: 'fileTooLarge',
  unsupported_type: 'unsupportedType',
  too_many_rows: 'tooManyRows',
};

/** The import's refusals whose server message is written for the person at the desk, in Chinese. */
const SERVER_SAYS_IT_BEST = new Set(['unreadable_file', 'file_too_large', 'unsupported_type', 'too_many_rows']);

/** The words for a failed request; the admin page's words for what both pages share (offline, forbidden, storage). */
export function deskProblemText(error: unknown, words: DeskFormWords, lang: Lang): string {
  if (!(error instanceof ApiError)) return adminProblemText(error, lang === 'en' ? ADMIN_EN : ADMIN_ZH);
  if (error.status === 0 || error.status === 502 || error.status === 504) return words.problems.offline;
  if (error.status === 401) return words.problems.signedOut;
  // The import's refusals name what to change in the file (a sheet, a limit): in Chinese, the server's own sentence says more.
  if (lang === 'zh' && SERVER_SAYS_IT_BEST.has(error.code) && /\p{Script=Han}/u.test(error.message)) return error.message;
  const known = BY_CODE[error.code];
  if (known) return words.problems[known];
  return adminProblemText(error, lang === 'en' ? ADMIN_EN : ADMIN_ZH);
}
