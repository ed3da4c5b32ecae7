/**
 * The ingest and control tokens: from the environment, or generated once and
 * kept in the data folder so that feeds and consoles survive a restart.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Tokens {
  ingest: string;
  control: string;
  /** Which tokens were generated here rather than given, so the entry can print them. */
  generated: Array<'ingest' | 'control'>;
}

const newToken = () => randomBytes(24).toString('base64url');

export function resolveTokens(dataDir: string, given: { ingest?: string | undefined; control?: string | undefined }): Tokens {
  const file = join(dataDir, 'tokens.json');
  const saved = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<Record<'ingest' | 'control', string>>) : {};
  const generated: Tokens['generated'] = [];
  const pick = (kind: 'ingest' | 'control'): string => {
    const fromEnv = given[kind];
    if (fromEnv) return fromEnv;
    const kept = saved[kind];
    if (kept) return kept;
    generated.push(kind);
    return newToken();
  };
  const tokens = { ingest: pick('ingest'), control: pick('control'), generated };
  if (generated.length > 0) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(
      file,
      JSON.stringify({ ...saved, ingest: saved.ingest ?? tokens.ingest, control: saved.control ?? tokens.control }, null, 2),
      { mode: 0o600 },
    );
  }
  return tokens;
}

/** Compares in constant time, so that response timing reveals nothing of the token. */
export function tokenMatches(presented: string | undefined, expected: string): boolean {
  if (presented === undefined) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token of an `Authorization: Bearer <token>` header. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
