/**
 * The wall-text editor's calls, as the signed-in operator (the session
 * cookie). A 401 means the session is over: the page is told through
 * `onSignedOut`, then the call fails as usual. A refused save carries the
 * server's problems, so they can be shown beside their fields.
 */
import type { WallContent, WallContentMessage, WallContentVersionLine } from '../../../common/wallContent';
import type { ContentProblem } from '../../../common/wallContentRules';
import { ApiError, requestJson, asSignedIn } from '../../components/auth/apiRequest';

export interface VersionList {
  current: number;
  versions: WallContentVersionLine[];
}

/** A refused save: the server's code and, for invalid content, its problems. */
export class ContentSaveError extends ApiError {
  constructor(
    status: number,
    message: string,
    code: string,
    readonly problems: ContentProblem[],
  ) {
    super(status, message, code);
  }
}

async function send<T>(method: 'PUT' | 'POST', path: string, json: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
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
    const problems = Array.isArray(answer?.problems) ? (answer.problems as ContentProblem[]) : [];
    throw new ContentSaveError(response.status, said('message') || response.statusText, said('error'), problems);
  }
  return answer as T;
}

export function contentApi(onSignedOut: () => void) {
  const call = asSignedIn(onSignedOut);
  return {
    current: () => call(() => requestJson<WallContentMessage>('/api/content')),
    versions: () => call(() => requestJson<VersionList>('/api/content/versions')),
    save: (version: number, content: WallContent) => call(() => send<WallContentMessage>('PUT', '/api/content', { version, content })),
    restore: (n: number, version: number) =>
      call(() => send<WallContentMessage>('POST', `/api/content/versions/${n}/restore`, { version })),
  };
}

export type ContentApi = ReturnType<typeof contentApi>;
