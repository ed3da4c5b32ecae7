/**
 * The desk's two calls whose refusals carry details the page shows: a refused
 * entry's field errors and a refused import's rows. The shared `requestJson`
 * keeps only a refusal's code and message, and sends JSON only; a spreadsheet
 * goes up as multipart form data.
 */
import type { ImportRefusal } from '../../common/desk';
import type { FieldError } from '../../common/protocol';
import { ApiError } from '../components/auth/apiRequest';

/** A refusal with what the server listed: field errors (`errors`) or refused rows (`refused`). */
export class DetailedApiError extends ApiError {
  constructor(
    status: number,
    message: string,
    code: string,
    readonly errors: FieldError[],
    readonly refused: ImportRefusal[],
  ) {
    super(status, message, code);
  }
}

/** POSTs JSON or form data with the session cookie; resolves to the answer, or throws a DetailedApiError. */
export async function postWithDetails<T>(path: string, body: { json: unknown } | { form: FormData }): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      cache: 'no-store',
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...('json' in body ? { 'content-type': 'application/json' } : {}) },
      body: 'json' in body ? JSON.stringify(body.json) : body.form,
    });
  } catch {
    throw new DetailedApiError(0, 'the server could not be reached', '', [], []);
  }
  const answer = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (!response.ok) {
    const said = (key: string) => (typeof answer?.[key] === 'string' ? (answer[key] as string) : '');
    const listed = <L>(key: string) => (Array.isArray(answer?.[key]) ? (answer[key] as L[]) : []);
    const message = said('message') || response.statusText;
    throw new DetailedApiError(response.status, message, said('error'), listed<FieldError>('errors'), listed<ImportRefusal>('refused'));
  }
  return answer as T;
}
