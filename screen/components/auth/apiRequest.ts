/**
 * JSON calls to the server as the signed-in person: the session is an
 * HttpOnly cookie the browser sends by itself, so no secret is kept or sent
 * by the page's scripts. Shared by the console and the admin page.
 */

/** A refused or failed call; `status` is 0 when the server could not be reached, `code` the server's `error`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code = '',
    /** Seconds the server asked to wait (`Retry-After`), when it said. */
    readonly retryAfterS: number | null = null,
  ) {
    super(message);
  }
}

export interface JsonRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  json?: unknown;
}

function retryAfterOf(response: Response): number | null {
  const value = Number(response.headers.get('retry-after'));
  return Number.isFinite(value) && value > 0 ? value : null;
}

/** Calls `path` with the session cookie; resolves to the parsed answer (undefined for 204), or throws an ApiError. */
export async function requestJson<T>(path: string, request: JsonRequest = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: request.method ?? 'GET',
      cache: 'no-store',
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...(request.json === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(request.json === undefined ? {} : { body: JSON.stringify(request.json) }),
    });
  } catch {
    throw new ApiError(0, 'the server could not be reached');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: unknown; error?: unknown } | null;
    const detail = typeof body?.message === 'string' ? body.message : response.statusText;
    throw new ApiError(response.status, detail, typeof body?.error === 'string' ? body.error : '', retryAfterOf(response));
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/**
 * Runs requests as the signed-in page: a 401 from any of them means the session is over, so
 * `onSignedOut` is told before the failure goes on to the caller as usual.
 */
export function asSignedIn(onSignedOut: () => void) {
  return async function call<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) onSignedOut();
      throw error;
    }
  };
}
