/** Why an admin request did not work, in the admin's words rather than the server's codes. Pure. */
import { ApiError } from '../components/auth/apiRequest';
import type { AdminWords } from '../content/admin';

const BY_CODE: Record<string, keyof AdminWords['problems']> = {
  stale: 'stale',
  last_admin: 'lastAdmin',
  name_taken: 'nameTaken',
  invalid_account: 'invalidAccount',
  invalid_change: 'invalidAccount',
  invalid_key: 'invalidKey',
  no_change: 'noChange',
  already_revoked: 'alreadyRevoked',
  from_environment: 'fromEnvironment',
  forbidden: 'forbidden',
  bad_origin: 'badOrigin',
  storage_unavailable: 'storage',
};

/** The words for a failed request; the server's own message when no better words are known. */
export function adminProblemText(error: unknown, words: AdminWords): string {
  const said = words.problems;
  if (!(error instanceof ApiError)) return said.failed(error instanceof Error ? error.message : String(error));
  if (error.status === 0 || error.status === 502 || error.status === 504) return said.offline;
  const known = BY_CODE[error.code];
  if (known) {
    const text = said[known];
    return typeof text === 'string' ? text : said.failed(error.message);
  }
  if (error.status === 404) return said.notFound;
  if (error.status === 403) return said.forbidden;
  if (error.status === 503) return said.storage;
  return said.failed(error.message);
}
