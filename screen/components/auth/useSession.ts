import { ref, shallowRef } from 'vue';
import type { SessionInfo } from '../../../common/auth';
import { ApiError } from './apiRequest';
import { sessionApi, type SessionApi } from './sessionApi';
import { signInProblemOf, type SignInProblem } from './signInProblem';

/**
 * Who is signed in on this page. Asks the server once on start; the page
 * keeps no secret of its own (the session is an HttpOnly cookie). When a call
 * elsewhere on the page is refused with 401, `expire()` brings the sign-in back
 * with a calm word, while the page's own state stays as it was.
 */
export function useSession(api: SessionApi = sessionApi) {
  const session = shallowRef<SessionInfo | null>(null);
  /** False until the server has said whether this browser is signed in. */
  const checked = ref(false);
  const problem = shallowRef<SignInProblem | null>(null);
  const busy = ref(false);
  /** Who was signed in before the session ran out, to fill in the form again. */
  const lastName = ref('');

  async function check(): Promise<void> {
    try {
      session.value = await api.current();
      problem.value = null;
    } catch (error) {
      session.value = null;
      if (!(error instanceof ApiError && error.status === 401)) problem.value = signInProblemOf(error);
    } finally {
      checked.value = true;
    }
  }

  /** Resolves to whether the sign-in was accepted; `problem` says why when not. */
  async function signIn(name: string, password: string): Promise<boolean> {
    busy.value = true;
    try {
      session.value = await api.signIn(name, password);
      problem.value = null;
      return true;
    } catch (error) {
      problem.value = signInProblemOf(error);
      return false;
    } finally {
      busy.value = false;
    }
  }

  /** Ends the session; resolves to null when done (or already gone), else the error to show. The session stays if it failed. */
  async function signOut(): Promise<ApiError | null> {
    busy.value = true;
    try {
      await api.signOut();
    } catch (error) {
      const failed = error instanceof ApiError ? error : new ApiError(0, String(error));
      if (failed.status !== 401) return failed;
    } finally {
      busy.value = false;
    }
    session.value = null;
    problem.value = null;
    return null;
  }

  /** A call was refused with 401: the session ended elsewhere or ran out. */
  function expire(): void {
    if (session.value) {
      problem.value = { kind: 'expired' };
      lastName.value = session.value.name;
    }
    session.value = null;
  }

  void check();
  return { session, checked, problem, busy, lastName, check, signIn, signOut, expire };
}

export type Session = ReturnType<typeof useSession>;
