/**
 * Who may do what: the roles, the session and account shapes, feed keys, the
 * audit trail and the ledger's status, as the server sends them and the
 * console and admin pages read them.
 */

/** `admin` manages accounts and feed keys and may do all the rest; `operator` keeps the figures; `presenter` drives the walls. */
export type Role = 'admin' | 'operator' | 'presenter';

export const ROLES: readonly Role[] = ['admin', 'operator', 'presenter'];

/** What a signed-in person may do; each protected endpoint needs one. */
export type Permission = 'manage' | 'record' | 'present' | 'trace';

const GRANTS: Record<Role, readonly Permission[]> = {
  admin: ['manage', 'record', 'present', 'trace'],
  operator: ['record', 'trace'],
  presenter: ['present'],
};

/** Pure: whether a role carries a permission. */
export function roleMay(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** An account name: 1 to 32 letters, digits, CJK characters, `.`, `_` or `-`; no spaces, so that it reads the same in every log. */
export const ACCOUNT_NAME = /^[\p{L}\p{N}._-]{1,32}$/u;

/** Shortest and longest password accepted. */
export const PASSWORD_LENGTH = { min: 10, max: 200 } as const;

/** `GET /api/session`, and the answer to a sign-in. */
export interface SessionInfo {
  name: string;
  role: Role;
  /** When the session ends even if used (ISO), and when it ends if left idle (ISO). */
  expiresAt: string;
  idleExpiresAt: string;
}

/** One account, as `GET /api/accounts` lists it: never its password or hash. */
export interface AccountInfo {
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
  lastSignInAt: string | null;
  /** Changes with every edit: a `PATCH` naming an older version is refused with 409, so no edit is lost silently. */
  version: number;
}

/** One feed key, as `GET /api/keys` lists it: never the key itself. */
export interface FeedKeyInfo {
  id: number;
  name: string;
  createdAt: string;
  /** The account that made it, or `environment` for `INGEST_TOKEN`. */
  createdBy: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  /** The `env` key is `INGEST_TOKEN`: it is changed in the environment, not revoked here. */
  fromEnvironment: boolean;
}

/** `POST /api/keys`: the key itself, shown this once. */
export interface CreatedFeedKey extends FeedKeyInfo {
  key: string;
}

export type AuditKind =
  'session' | 'account' | 'key' | 'command' | 'correction' | 'record' | 'import' | 'ledger' | 'refusal' | 'mode' | 'content';

export type AuditOutcome = 'applied' | 'invalid' | 'unauthorized' | 'forbidden' | 'throttled' | 'failed' | 'unreached';

/** One line of the audit trail: who, when, from where, what, outcome. Append-only. */
export interface AuditRecord {
  id: number;
  at: string;
  /** The account or feed key name, `control token`, or `` when nobody could be identified. */
  actor: string;
  kind: AuditKind;
  /** The client address. */
  from: string;
  /** What was done or tried, in a line. */
  what: string;
  outcome: AuditOutcome;
}

/** The outcome of re-folding the whole log from the baseline and checking its hash chain. */
export interface VerifyResult {
  ok: boolean;
  /** How many events were checked, and the head they end at. */
  events: number;
  headSeq: number;
  headHash: string;
  /** The first seq where the log or a figure disagrees, when not ok. */
  firstBadSeq?: number;
  /** What disagrees, in a sentence. */
  problem?: string;
  at: string;
  /** `server` or `npm run verify`. */
  by: string;
}

/** `GET /api/ledger`: the head of the chain and the last verification. */
export interface LedgerStatus {
  headSeq: number;
  headHash: string;
  lastVerified: VerifyResult | null;
}

/** One event as `GET /api/ledger/events` traces it. */
export interface TracedEvent {
  seq: number;
  receivedAt: string;
  /** `key:<name>` or `account:<name>` (a demo feed sends with a key, and its events are marked demo besides). */
  sender: string;
  /** How it entered: `feed`, `desk`, `import` or `demo`. */
  source: string;
  hash: string;
  type: string;
  /** The event as it was accepted. */
  event: unknown;
}

/** Pure: why a password cannot be used, in a sentence, or null when it can. */
export function passwordProblem(password: unknown): string | null {
  if (typeof password !== 'string') return 'the password must be text';
  const length = [...password].length;
  if (length < PASSWORD_LENGTH.min) return `the password must be at least ${PASSWORD_LENGTH.min} characters long`;
  if (length > PASSWORD_LENGTH.max) return `the password must be at most ${PASSWORD_LENGTH.max} characters long`;
  return null;
}

/** Pure: whether this is a name an account may have. */
export function isAccountName(name: unknown): name is string {
  return typeof name === 'string' && ACCOUNT_NAME.test(name);
}

/** A feed key's name: 1 to 60 characters, spaces allowed ("12345 hotline bridge"). */
export function isFeedKeyName(name: unknown): name is string {
  return typeof name === 'string' && name.trim() === name && [...name].length >= 1 && [...name].length <= 60 && !/[\p{Cc}]/u.test(name);
}
