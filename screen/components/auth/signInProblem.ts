/** Why signing in did not work, or why it must be done again, and how that is said. Pure. */
import type { SignInWords } from '../../content/signIn';
import { ApiError } from './apiRequest';

export type SignInProblem =
  | { kind: 'badCredentials' }
  | { kind: 'throttled'; retryAfterS: number | null }
  | { kind: 'offline' }
  | { kind: 'expired' }
  | { kind: 'failed'; message: string };

/** The problem a failed session call stands for. */
export function signInProblemOf(error: unknown): SignInProblem {
  if (!(error instanceof ApiError)) return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  if (error.status === 0 || error.status === 502 || error.status === 504) return { kind: 'offline' };
  if (error.status === 401) return { kind: 'badCredentials' };
  if (error.status === 429) return { kind: 'throttled', retryAfterS: error.retryAfterS };
  return { kind: 'failed', message: error.message };
}

/** The problem in people's words. */
export function signInProblemText(problem: SignInProblem, words: SignInWords): string {
  const said = words.problems;
  switch (problem.kind) {
    case 'badCredentials':
      return said.badCredentials;
    case 'throttled':
      return problem.retryAfterS === null ? said.throttledLater : said.throttled(Math.max(1, Math.ceil(problem.retryAfterS / 60)));
    case 'offline':
      return said.offline;
    case 'expired':
      return said.expired;
    case 'failed':
      return said.failed(problem.message);
  }
}
