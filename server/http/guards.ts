/**
 * Express middleware that keeps the write endpoints safe: bearer tokens with
 * a brute-force limit, a ceiling on request rate, and strict UTF-8 JSON bodies.
 */
import express, { type Request, type RequestHandler } from 'express';
import { bearerToken, tokenMatches } from '../tokens';
import { sendError } from './errors';
import type { LimitVerdict } from './limits';

interface FailureCounter {
  check(key: string): LimitVerdict;
  fail(key: string): void;
}

/** Requires `Authorization: Bearer <token>`; a client that fails too often is refused for a while. */
export function requireToken(
  expected: () => string,
  failures: FailureCounter,
  onRefused: (req: Request) => void = () => {},
): RequestHandler {
  return (req, res, next) => {
    const client = req.ip ?? 'unknown';
    const verdict = failures.check(client);
    if (!verdict.ok) {
      res.set('Retry-After', String(verdict.retryAfterS));
      return sendError(res, 429, 'too_many_failures', 'too many failed authentications; try again later');
    }
    if (!tokenMatches(bearerToken(req.get('authorization')), expected())) {
      failures.fail(client);
      onRefused(req);
      res.set('WWW-Authenticate', 'Bearer');
      return sendError(res, 401, 'unauthorized', 'a valid "Authorization: Bearer <token>" header is required');
    }
    next();
  };
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
