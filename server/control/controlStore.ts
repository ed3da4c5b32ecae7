/**
 * Where the presenter's state and audit log live: a small SQLite file of its
 * own, so that a restarted server shows the scene the presenter left.
 */
import type { ChannelState } from '../../common/control';
import type { DeviceRecord, DeviceStore } from '../realtime/pairing';
import { openPrivateDatabase } from '../store/privateFiles';

export interface AuditEntry {
  id: number;
  at: string;
  from: string;
  /**
   * `throttled`: refused after too many wrong tokens; `failed`: valid, but the server could not carry it out;
   * `unreached`: valid, but its target had no connected screen, so nothing was changed.
   */
  outcome: 'applied' | 'invalid' | 'unauthorized' | 'throttled' | 'failed' | 'unreached';
  command: string;
}

/** What one presenter command writes: channels saved (state) or removed (null), its audit line, and a welcome line it showed. */
export interface CommandRecord {
  changes: Array<{ key: string; state: ChannelState | null }>;
  audit: Omit<AuditEntry, 'id'>;
  banner?: string;
}

export interface ControlStore extends DeviceStore {
  channels(): Map<string, ChannelState>;
  /** Saves a command's channel change and its audit line in one transaction: both or neither. */
  commit(record: CommandRecord): void;
  /** The welcome lines shown lately, newest first, for the presenter to pick again. */
  recentBanners(limit: number): string[];
  audit(entry: Omit<AuditEntry, 'id'>): void;
  auditLog(limit: number): AuditEntry[];
  close(): void;
}

/** Longest command text kept in the audit log, so that a flood of junk cannot bloat it. */
const MAX_AUDITED_COMMAND = 1000;

/** Opens (creating if needed) `dataDir/control.sqlite`; `readOnly` when the folder cannot be written and it was opened read-only. */
export function openControlStore(dataDir: string): ControlStore & { readonly readOnly: boolean } {
  const db = openPrivateDatabase(dataDir, 'control.sqlite');
  // A read-only store has the schema it was given when it was written; it could not create one anyway.
  if (!db.readonly)
    db.exec(`
    CREATE TABLE IF NOT EXISTS channels (key TEXT PRIMARY KEY, state TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS audit (
      id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, source TEXT NOT NULL, outcome TEXT NOT NULL, command TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS devices (
      name TEXT PRIMARY KEY, grp TEXT NOT NULL, kind TEXT NOT NULL, credential_hash TEXT NOT NULL UNIQUE, paired_at TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS banners (text TEXT PRIMARY KEY, used_at TEXT NOT NULL);`);
  const save = db.prepare('INSERT INTO channels (key, state) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET state = excluded.state');
  const remove = db.prepare('DELETE FROM channels WHERE key = ?');
  const insertAudit = db.prepare('INSERT INTO audit (at, source, outcome, command) VALUES (?, ?, ?, ?)');
  const readAudit = db.prepare('SELECT id, at, source AS "from", outcome, command FROM audit ORDER BY id DESC LIMIT ?');
  // A store written before welcome lines existed, opened read-only, has none to offer.
  const hasBanners = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'banners'").get() !== undefined;
  const useBanner = hasBanners
    ? db.prepare('INSERT INTO banners (text, used_at) VALUES (?, ?) ON CONFLICT (text) DO UPDATE SET used_at = excluded.used_at')
    : null;
  const readBanners = hasBanners ? db.prepare('SELECT text FROM banners ORDER BY used_at DESC, rowid DESC LIMIT ?') : null;
  const deviceColumns = 'name, grp AS "group", kind, credential_hash AS credentialHash, paired_at AS pairedAt';
  // A store written before pairing existed, opened read-only, has no devices table and cannot get one: no screen is paired.
  const hasDevices = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'devices'").get() !== undefined;
  const deviceByHash = hasDevices ? db.prepare(`SELECT ${deviceColumns} FROM devices WHERE credential_hash = ?`) : null;
  const deviceByName = hasDevices ? db.prepare(`SELECT ${deviceColumns} FROM devices WHERE name = ?`) : null;
  const insertDevice = hasDevices
    ? db.prepare(
        `INSERT INTO devices (name, grp, kind, credential_hash, paired_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET grp = excluded.grp, kind = excluded.kind, credential_hash = excluded.credential_hash, paired_at = excluded.paired_at`,
      )
    : null;
  return {
    channels: () =>
      new Map(
        (db.prepare('SELECT key, state FROM channels').all() as Array<{ key: string; state: string }>).map((row) => [
          row.key,
          JSON.parse(row.state) as ChannelState,
        ]),
      ),
    commit: db.transaction((record: CommandRecord) => {
      for (const change of record.changes) {
        if (change.state) save.run(change.key, JSON.stringify(change.state));
        else remove.run(change.key);
      }
      if (record.banner !== undefined) useBanner?.run(record.banner, record.audit.at);
      insertAudit.run(record.audit.at, record.audit.from, record.audit.outcome, record.audit.command.slice(0, MAX_AUDITED_COMMAND));
    }),
    recentBanners: (limit) => (readBanners?.all(limit) as Array<{ text: string }> | undefined)?.map((row) => row.text) ?? [],
    audit: (entry) => void insertAudit.run(entry.at, entry.from, entry.outcome, entry.command.slice(0, MAX_AUDITED_COMMAND)),
    auditLog: (limit) => readAudit.all(limit) as AuditEntry[],
    deviceByCredentialHash: (hash) => (deviceByHash?.get(hash) as DeviceRecord | undefined) ?? null,
    deviceByName: (name) => (deviceByName?.get(name) as DeviceRecord | undefined) ?? null,
    saveDevice: (d) => {
      if (!insertDevice) throw Object.assign(new Error('the control store is read-only'), { code: 'SQLITE_READONLY' });
      insertDevice.run(d.name, d.group, d.kind, d.credentialHash, d.pairedAt);
    },
    readOnly: db.readonly,
    close: () => db.close(),
  };
}
