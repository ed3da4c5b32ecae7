/**
 * Feed keys: long random secrets for machine feeds, kept only as SHA-256
 * hashes (a key has far too much entropy to guess, so a slow hash buys
 * nothing and would cost every ingest request).
 */
import { createHash, randomBytes } from 'node:crypto';
import { tokenMatches } from '../tokens';
import { ENVIRONMENT_KEY_NAME, type AuthStore, type FeedKeyRecord } from './authStore';

export const feedKeyHash = (key: string) => createHash('sha256').update(key).digest('hex');

/** A new key: a prefix that says what it is when found in a script, then 192 random bits. */
export const newFeedKey = () => `wallfeed_${randomBytes(24).toString('base64url')}`;

/** "Last used" is written at most this often per key, so that a busy feed is not a write per request. */
const NOTE_USE_EVERY_MS = 60_000;

/**
 * Resolves a presented key. INGEST_TOKEN is the key named `env`; it is kept in the store so that it is listed and its
 * use noted, and is also recognised from memory, so that a disk too full to store it at start cannot lock the feeds out.
 */
export function createFeedKeyResolver(store: AuthStore, ingestToken: string, now: () => number = Date.now) {
  const noted = new Map<number, number>();
  const startedAt = new Date(now()).toISOString();
  try {
    if (!store.readOnly) store.keepEnvironmentKey(feedKeyHash(ingestToken), startedAt);
  } catch {
    // Written at the next start; meanwhile the key works from memory, unlisted.
  }
  // Looked up once: the env key is never revoked here, and its id is all a request needs of it.
  const environmentKey: FeedKeyRecord = store.feedKeyByHash(feedKeyHash(ingestToken)) ?? {
    id: 0,
    name: ENVIRONMENT_KEY_NAME,
    keyHash: feedKeyHash(ingestToken),
    createdAt: startedAt,
    createdBy: 'environment',
    lastUsedAt: null,
    revokedAt: null,
    fromEnvironment: true,
  };
  return function resolve(presented: string): FeedKeyRecord | null {
    const key = tokenMatches(presented, ingestToken) ? environmentKey : store.feedKeyByHash(feedKeyHash(presented));
    if (!key || key.revokedAt !== null) return null;
    const t = now();
    if (key.id > 0 && t - (noted.get(key.id) ?? 0) >= NOTE_USE_EVERY_MS && !store.readOnly) {
      if (noted.size > 10_000) noted.clear();
      noted.set(key.id, t);
      try {
        store.noteFeedKeyUse(key.id, new Date(t).toISOString());
      } catch {
        // A full disk must not refuse the feed's data over a "last used" time: the next request tries again.
        noted.delete(key.id);
      }
    }
    return key;
  };
}
