/**
 * Express middleware that keeps the write endpoints safe: a ceiling on
 * request rate and strict UTF-8 JSON bodies (who may ask is `access.ts`).
 */
import express, { type Request, type RequestHandler } from 'express';
import { sendError } from './errors';
import type { LimitVerdict } from './limits';

export interface FailureCounter {
  check(key: string): LimitVerdict;
  fail(key: string): void;
}

/** Bodies up to this size are drained after a refusal, so that the client reads its answer on a kept-alive connection. */
const DRAINED_BODY_BYTES = 64 * 1024;

/** Whether the request declares a body small enough to drain; a larger or undeclared one is not read at all. */
export function smallBody(req: Request): boolean {
  const length = Number(req.get('content-length') ?? 0);
  return req.get('transfer-encoding') === undefined && Number.isFinite(length) && length <= DRAINED_BODY_BYTES;
}

/** Answers 429 with Retry-After once the limiter refuses. */
export function limitRate(take: () => LimitVerdict): RequestHandler {
  return (_req, res, next) => {
    const verdict = take();
    if (verdict.ok) return next();
    res.set('Retry-After', String(verdict.retryAfterS));
    sendError(res, 429, 'rate_limited', 'too many requests; slow down');
  };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Parses JSON bodies up to 1 MB, refusing bytes that are not valid UTF-8 rather than guessing. */
export function jsonBody(): RequestHandler {
  return express.json({
    limit: '1mb',
    strict: false,
    type: () => true,
    verify: (_req, _res, buffer) => {
      try {
        utf8.decode(buffer);
      } catch {
        throw Object.assign(new Error('invalid UTF-8'), { status: 400, type: 'encoding.invalid' });
      }
    },
  });
}
