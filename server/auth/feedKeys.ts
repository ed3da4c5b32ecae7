/**
 * Feed keys: long random secrets for machine feeds, kept only as SHA-256
 * hashes (a key has far too much entropy to guess, so a slow hash buys
 * nothing and would cost every ingest request).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { AuthStore, FeedKeyRecord } from './authStore';

export const feedKeyHash = (key: string) => createHash('sha256').update(key).digest('hex');

/** A new key: a prefix that says what it is when found in a script, then 192 random bits. */
export const newFeedKey = () => `wallfeed_${randomBytes(24).toString('base64url')}`;

/** "Last used" is written at most this often per key, so that a busy feed is not a write per request. */
const NOTE_USE_EVERY_MS = 60_000;

export function createFeedKeyResolver(store: AuthStore, now: () => number = Date.now) {
  const noted = new Map<number, number>();
  return function resolve(presented: string): FeedKeyRecord | null {
    const key = store.feedKeyByHash(feedKeyHash(presented));
    if (!key || key.revokedAt !== null) return null;
    const t = now();
    if (t - (noted.get(key.id) ?? 0) >= NOTE_USE_EVERY_MS && !store.readOnly) {
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
