import type { ErrorRequestHandler, Response } from 'express';
import type { ErrorResponse, FieldError } from '../../common/protocol';
import { storageProblem } from '../store/storageHealth';

/** Sends a JSON error every client can read the same way. */
export function sendError(res: Response, status: number, error: string, message: string, errors?: FieldError[]): void {
  const body: ErrorResponse = { error, message, ...(errors ? { errors } : {}) };
  res.status(status).json(body);
}

interface BodyParserError {
  type?: string;
  status?: number;
}

/** How long a client should wait before retrying a write the disk refused. */
export const STORAGE_RETRY_AFTER_S = 30;

/** Answers a write the stores refused: 503 with the reason and when to retry; nothing was changed. */
export function sendStorageUnavailable(res: Response, reason: string): void {
  res.set('Retry-After', String(STORAGE_RETRY_AFTER_S));
  sendError(res, 503, 'storage_unavailable', `${reason}; nothing was changed, try again later`);
}

/**
 * Turns body-parser failures into clear 4xx answers, storage failures (full or
 * read-only disk) into 503, and anything else into a 500 that hides internals.
 */
export const handleErrors: ErrorRequestHandler = (err: unknown, _req, res, _next) => {
  const { type, status } = (err ?? {}) as BodyParserError;
  if (type === 'entity.too.large') return sendError(res, 413, 'payload_too_large', 'the body is over the 1 MB limit');
  if (type === 'entity.parse.failed') return sendError(res, 400, 'malformed_json', 'the body is not valid JSON');
  if (type === 'encoding.invalid') return sendError(res, 400, 'invalid_utf8', 'the body is not valid UTF-8');
  if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
    return sendError(res, 415, 'unsupported_encoding', 'send the body as UTF-8 JSON');
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return sendError(res, status, 'bad_request', 'the request could not be read');
  }
  const storage = storageProblem(err);
  if (storage) return sendStorageUnavailable(res, storage);
  console.error(err);
  sendError(res, 500, 'internal_error', 'the server failed; nothing was changed');
};
