/**
 * The desk's calls about the hall's mode, as the signed-in person (the
 * session cookie). A 401 means the session is over: the page is told through
 * `onSignedOut`, then the call fails as usual.
 */
import type { ModeRequest, ModeResponse, WallMode } from '../../../common/mode';
import { requestJson, asSignedIn } from '../../components/auth/apiRequest';

export function modeApi(onSignedOut: () => void) {
  const call = asSignedIn(onSignedOut);
  return {
    load: () => requestJson<ModeResponse>('/api/mode'),
    switchTo: (mode: WallMode) =>
      call(() => requestJson<ModeResponse>('/api/mode', { method: 'PUT', json: { mode } satisfies ModeRequest })),
  };
}
