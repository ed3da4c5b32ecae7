/**
 * Checking a name and password: the same answer and about the same time
 * whether the name is unknown, disabled or the password wrong, and a limit on
 * failures per name and per client, so that guessing is slow from anywhere.
 */
import type { Role } from '../../common/auth';
import { createFailureCounter } from '../http/limits';
import type { AuthStore } from './authStore';
import { passwordMatches, UNMATCHABLE_HASH } from './passwords';

export type SignInOutcome =
  | { ok: true; name: string; role: Role }
  | { ok: false; reason: 'bad_credentials' }
  | { ok: false; reason: 'throttled' | 'busy'; retryAfterS: number };

export interface SignInLimits {
  /** Failures for one name from one address: the guesser is stopped, the account's owner elsewhere is not. */
  perNameAndClient: number;
  /** Failures for one name from anywhere: guessing spread over many addresses is stopped too. */
  perName: number;
  /** Failures from one address, whatever the names. */
  perClient: number;
  windowMs: number;
}

/**
 * One anonymous client can lock only its own attempts at a name, never the name itself: locking an admin out
 * would take 50 failures from three or more addresses within the window.
 */
export const SIGN_IN_LIMITS: SignInLimits = { perNameAndClient: 5, perName: 50, perClient: 20, windowMs: 15 * 60_000 };

/** Each check holds 32 MB for about 100 ms: more at once would let a crowd of guesses exhaust the server's memory. */
const MAX_CHECKS_AT_ONCE = 4;

export function createSignIn(store: AuthStore, limits: SignInLimits = SIGN_IN_LIMITS, now: () => number = Date.now) {
  const byNameAndClient = createFailureCounter(limits.perNameAndClient, limits.windowMs, now);
  const byName = createFailureCounter(limits.perName, limits.windowMs, now);
  const byClient = createFailureCounter(limits.perClient, limits.windowMs, now);
  let checking = 0;

  return async function signIn(name: string, password: string, client: string): Promise<SignInOutcome> {
    const nameKey = name.normalize('NFC').toLowerCase();
    const pairKey = `${nameKey}\u0000${client}`;
    for (const verdict of [byNameAndClient.check(pairKey), byName.check(nameKey), byClient.check(client)]) {
      if (!verdict.ok) return { ok: false, reason: 'throttled', retryAfterS: verdict.retryAfterS };
    }
    if (checking >= MAX_CHECKS_AT_ONCE) return { ok: false, reason: 'busy', retryAfterS: 1 };
    checking += 1;
    try {
      const account = store.account(name);
      const matches = await passwordMatches(password, account?.passwordHash ?? UNMATCHABLE_HASH);
      if (account && matches && !account.disabled) return { ok: true, name: account.name, role: account.role };
      byNameAndClient.fail(pairKey);
      byName.fail(nameKey);
      byClient.fail(client);
      return { ok: false, reason: 'bad_credentials' };
    } finally {
      checking -= 1;
    }
  };
}

export type SignIn = ReturnType<typeof createSignIn>;
