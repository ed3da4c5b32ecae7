/**
 * The ingest and control tokens: from the environment, or generated once and
 * kept in the data folder so that feeds and consoles survive a restart.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { keepToOwner } from './store/privateFiles';

export interface Tokens {
  ingest: string;
  control: string;
  /** Which tokens were generated here rather than given, so the entry can print them. */
  generated: Array<'ingest' | 'control'>;
}

type Kind = 'ingest' | 'control';
type SavedTokens = Partial<Record<Kind, string>>;

const newToken = () => randomBytes(24).toString('base64url');

const ENVIRONMENT_NAMES: Record<Kind, string> = { ingest: 'INGEST_TOKEN', control: 'CONTROL_TOKEN' };

function readSaved(file: string): SavedTokens {
  if (!existsSync(file)) return {};
  keepToOwner(file);
  const unusable = (what: string) =>
    new Error(`${file} ${what}: fix or delete it; tokens missing from it will be generated anew on the next start`);
  let saved: unknown;
  try {
    saved = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw unusable(`is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) throw unusable('must hold an object {"ingest", "control"}');
  for (const kind of ['ingest', 'control'] as const) {
    const token = (saved as Record<string, unknown>)[kind];
    if (token !== undefined && typeof token !== 'string') throw unusable(`holds a ${kind} token that is not a string`);
  }
  return saved as SavedTokens;
}

export function resolveTokens(dataDir: string, given: { ingest?: string | undefined; control?: string | undefined }): Tokens {
  const file = join(dataDir, 'tokens.json');
  const saved = readSaved(file);
  const generated: Tokens['generated'] = [];
  const pick = (kind: Kind): string => {
    const fromEnv = given[kind];
    if (fromEnv) return fromEnv;
    const kept = saved[kind];
    if (kept) return kept;
    generated.push(kind);
    return newToken();
  };
  const tokens = { ingest: pick('ingest'), control: pick('control'), generated };
  if (generated.length > 0) {
    const kept = { ...saved, ingest: saved.ingest || tokens.ingest, control: saved.control || tokens.control };
    try {
      mkdirSync(dataDir, { recursive: true, mode: 0o700 });
      // The mode applies only to a new file; an existing one was narrowed when it was read.
      writeFileSync(file, JSON.stringify(kept, null, 2), { mode: 0o600 });
    } catch (error) {
      // A token that is not kept changes at every start, locking out the feeds and consoles given it: stop and say so.
      throw new Error(
        `${file} cannot be written (${String((error as { code?: unknown }).code)}), so no ${generated.join(' or ')} token can be kept: ` +
          `make the data folder writable, or give ${generated.map((kind) => ENVIRONMENT_NAMES[kind]).join(' and ')} in the environment`,
        { cause: error },
      );
    }
  }
  return tokens;
}

const digest = (token: string) => createHash('sha256').update(token).digest();

/**
 * Compares SHA-256 digests in constant time: both are 32 bytes whatever was presented,
 * so that response timing reveals neither the token nor its length.
 */
export function tokenMatches(presented: string | undefined, expected: string): boolean {
  if (presented === undefined) return false;
  return timingSafeEqual(digest(presented), digest(expected));
}

/** The token of an `Authorization: Bearer <token>` header. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
