/**
 * Accounts, sessions and feed keys, in `control.sqlite` beside the audit trail,
 * so that every change and its audit line are written in one transaction.
 * Passwords and keys are kept only as hashes; sessions only as the hash of
 * their cookie.
 */
import type Database from 'better-sqlite3';
import type { AccountInfo, FeedKeyInfo, Role } from '../../common/auth';
import { ensureAuditTable, openAuditTrail, type AuditLine, type AuditTrail } from '../audit/auditTrail';
import { openPrivateDatabase } from '../store/privateFiles';

export interface AccountRecord extends AccountInfo {
  passwordHash: string;
}

export interface SessionRecord {
  account: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  lastSeenAt: number;
}

export interface FeedKeyRecord extends FeedKeyInfo {
  keyHash: string;
}

export interface AccountChanges {
  role?: Role;
  disabled?: boolean;
  passwordHash?: string;
}

export interface AuthStore {
  accounts(): AccountInfo[];
  account(name: string): AccountRecord | null;
  /** Adds an account and its audit line; false when the name is taken. */
  addAccount(account: { name: string; role: Role; passwordHash: string; at: string }, audit: AuditLine): boolean;
  /** Applies changes only if the account is still at `version`; its sessions end when they change who it is. */
  updateAccount(name: string, version: number, changes: AccountChanges, audit: AuditLine): AccountInfo | 'stale' | 'missing';
  enabledAdmins(): number;
  noteSignIn(name: string, at: string): void;

  /** Adds a session, dropping the account's oldest beyond `keep`, so that signing in in a loop cannot grow the table. */
  addSession(tokenHash: string, account: string, now: number, keep: number): void;
  session(tokenHash: string): SessionRecord | null;
  touchSession(tokenHash: string, now: number): void;
  removeSession(tokenHash: string): boolean;
  /** Drops the sessions last seen before `idleBefore` or made before `createdBefore`. */
  purgeSessions(idleBefore: number, createdBefore: number): void;

  feedKeys(): FeedKeyInfo[];
  feedKeyByHash(keyHash: string): FeedKeyRecord | null;
  addFeedKey(key: { name: string; keyHash: string; at: string; createdBy: string }, audit: AuditLine): FeedKeyInfo | null;
  revokeFeedKey(id: number, at: string, audit: AuditLine): void;
  feedKey(id: number): FeedKeyInfo | null;
  noteFeedKeyUse(id: number, at: string): void;
  /** Makes the `env` key hold this hash (INGEST_TOKEN), creating it on first start. */
  keepEnvironmentKey(keyHash: string, at: string): void;

  audit(line: AuditLine): void;
  readonly trail: AuditTrail;
  readonly readOnly: boolean;
  close(): void;
}

/** The feed key that stands for INGEST_TOKEN. */
export const ENVIRONMENT_KEY_NAME = 'env';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS accounts (
  name TEXT PRIMARY KEY COLLATE NOCASE, role TEXT NOT NULL, password_hash TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL, last_sign_in_at TEXT, version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS sessions (
  token_hash TEXT PRIMARY KEY, account TEXT NOT NULL COLLATE NOCASE, created_at INTEGER NOT NULL, last_seen_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_by_account ON sessions (account);
CREATE TABLE IF NOT EXISTS feed_keys (
  id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE COLLATE NOCASE, key_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL, last_used_at TEXT, revoked_at TEXT
);`;

const ACCOUNT = `name, role, disabled, created_at AS createdAt, last_sign_in_at AS lastSignInAt, version`;
const KEY = `id, name, created_at AS createdAt, created_by AS createdBy, last_used_at AS lastUsedAt, revoked_at AS revokedAt`;

const toAccount = <T extends { disabled: number | boolean }>(row: T) => ({ ...row, disabled: Boolean(row.disabled) });
const toKey = <T extends { name: string }>(row: T) => ({ ...row, fromEnvironment: row.name === ENVIRONMENT_KEY_NAME });

/** Opens the people's side of `dataDir/control.sqlite`, creating its tables when the folder is writable. */
export function openAuthStore(dataDir: string): AuthStore {
  const db = openPrivateDatabase(dataDir, 'control.sqlite');
  db.pragma('busy_timeout = 5000');
  if (!db.readonly) {
    db.exec(SCHEMA);
    ensureAuditTable(db);
  }
  return authStoreOn(db);
}

function authStoreOn(db: Database.Database): AuthStore {
  const trail = openAuditTrail(db);
  const q = {
    accounts: db.prepare(`SELECT ${ACCOUNT} FROM accounts ORDER BY name`),
    account: db.prepare(`SELECT ${ACCOUNT}, password_hash AS passwordHash FROM accounts WHERE name = ?`),
    addAccount: db.prepare('INSERT INTO accounts (name, role, password_hash, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING'),
    updateAccount: db.prepare(
      `UPDATE accounts SET role = coalesce(?, role), disabled = coalesce(?, disabled), password_hash = coalesce(?, password_hash),
       version = version + 1 WHERE name = ? AND version = ?`,
    ),
    enabledAdmins: db.prepare("SELECT count(*) FROM accounts WHERE role = 'admin' AND disabled = 0").pluck(),
    noteSignIn: db.prepare('UPDATE accounts SET last_sign_in_at = ? WHERE name = ?'),
    addSession: db.prepare('INSERT INTO sessions (token_hash, account, created_at, last_seen_at) VALUES (?, ?, ?, ?)'),
    trimSessions: db.prepare(
      'DELETE FROM sessions WHERE account = ? AND token_hash NOT IN (SELECT token_hash FROM sessions WHERE account = ? ORDER BY created_at DESC, rowid DESC LIMIT ?)',
    ),
    session: db.prepare('SELECT account, created_at AS createdAt, last_seen_at AS lastSeenAt FROM sessions WHERE token_hash = ?'),
    touchSession: db.prepare('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?'),
    removeSession: db.prepare('DELETE FROM sessions WHERE token_hash = ?'),
    removeSessionsOf: db.prepare('DELETE FROM sessions WHERE account = ?'),
    purgeSessions: db.prepare('DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?'),
    feedKeys: db.prepare(`SELECT ${KEY} FROM feed_keys ORDER BY revoked_at IS NOT NULL, name`),
    feedKey: db.prepare(`SELECT ${KEY} FROM feed_keys WHERE id = ?`),
    feedKeyByHash: db.prepare(`SELECT ${KEY}, key_hash AS keyHash FROM feed_keys WHERE key_hash = ?`),
    addFeedKey: db.prepare('INSERT INTO feed_keys (name, key_hash, created_at, created_by) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING'),
    revokeFeedKey: db.prepare('UPDATE feed_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
    noteFeedKeyUse: db.prepare('UPDATE feed_keys SET last_used_at = ? WHERE id = ?'),
    keepEnvironmentKey: db.prepare(
      `INSERT INTO feed_keys (name, key_hash, created_at, created_by) VALUES (?, ?, ?, 'environment')
       ON CONFLICT (name) DO UPDATE SET key_hash = excluded.key_hash, revoked_at = NULL`,
    ),
  };
  const account = (name: string) => {
    const row = q.account.get(name) as (AccountRecord & { disabled: number }) | undefined;
    return row ? toAccount(row) : null;
  };
  const feedKey = (id: number) => {
    const row = q.feedKey.get(id) as FeedKeyInfo | undefined;
    return row ? toKey(row) : null;
  };
  return {
    accounts: () => (q.accounts.all() as Array<AccountInfo & { disabled: number }>).map(toAccount),
    account,
    addAccount: db.transaction((a: { name: string; role: Role; passwordHash: string; at: string }, audit: AuditLine) => {
      if (q.addAccount.run(a.name, a.role, a.passwordHash, a.at).changes === 0) return false;
      trail.append(audit);
      return true;
    }),
    updateAccount: db.transaction((name: string, version: number, changes: AccountChanges, audit: AuditLine) => {
      const disabled = changes.disabled === undefined ? null : Number(changes.disabled);
      const updated = q.updateAccount.run(changes.role ?? null, disabled, changes.passwordHash ?? null, name, version).changes;
      if (updated === 0) return account(name) ? 'stale' : 'missing';
      q.removeSessionsOf.run(name);
      trail.append(audit);
      const { passwordHash: _hash, ...info } = account(name) ?? ({} as AccountRecord);
      return info;
    }),
    enabledAdmins: () => q.enabledAdmins.get() as number,
    noteSignIn: (name, at) => void q.noteSignIn.run(at, name),
    addSession: db.transaction((tokenHash: string, name: string, now: number, keep: number) => {
      q.addSession.run(tokenHash, name, now, now);
      q.trimSessions.run(name, name, keep);
    }),
    session: (tokenHash) => (q.session.get(tokenHash) as SessionRecord | undefined) ?? null,
    touchSession: (tokenHash, now) => void q.touchSession.run(now, tokenHash),
    removeSession: (tokenHash) => q.removeSession.run(tokenHash).changes > 0,
    purgeSessions: (idleBefore, createdBefore) => void q.purgeSessions.run(idleBefore, createdBefore),
    feedKeys: () => (q.feedKeys.all() as FeedKeyInfo[]).map(toKey),
    feedKeyByHash: (keyHash) => {
      const row = q.feedKeyByHash.get(keyHash) as FeedKeyRecord | undefined;
      return row ? toKey(row) : null;
    },
    addFeedKey: db.transaction((k: { name: string; keyHash: string; at: string; createdBy: string }, audit: AuditLine) => {
      const { changes, lastInsertRowid } = q.addFeedKey.run(k.name, k.keyHash, k.at, k.createdBy);
      if (changes === 0) return null;
      trail.append(audit);
      return feedKey(Number(lastInsertRowid));
    }),
    revokeFeedKey: db.transaction((id: number, at: string, audit: AuditLine) => {
      q.revokeFeedKey.run(at, id);
      trail.append(audit);
    }),
    feedKey,
    noteFeedKeyUse: (id, at) => void q.noteFeedKeyUse.run(at, id),
    keepEnvironmentKey: (keyHash, at) => void q.keepEnvironmentKey.run(ENVIRONMENT_KEY_NAME, keyHash, at),
    audit: (line) => trail.append(line),
    trail,
    readOnly: db.readonly,
    close: () => db.close(),
  };
}
