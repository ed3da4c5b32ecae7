/**
 * Where the presenter's state and audit log live: a small SQLite file of its
 * own, so that a restarted server shows the scene the presenter left.
 */
import type { AuditKind } from '../../common/auth';
import type { ChannelState } from '../../common/control';
import { ensureAuditTable, openAuditTrail, type AuditLine, type AuditTrail } from '../audit/auditTrail';
import type { DeviceRecord, DeviceStore } from '../realtime/pairing';
import { openPrivateDatabase } from '../store/privateFiles';

/** A line of the trail as the presenter's console reads it. */
export interface AuditEntry {
  id: number;
  at: string;
  from: string;
  /** Who: the account's name, `control token`, or `` when nobody could be identified. */
  actor: string;
  kind: AuditKind;
  /**
   * `throttled`: refused after too many wrong tokens; `failed`: valid, but the server could not carry it out;
   * `unreached`: valid, but its target had no connected screen, so nothing was changed.
   */
  outcome: AuditLine['outcome'];
  command: string;
}

/** What one presenter command writes: channels saved (state) or removed (null), its audit line, and a welcome line it showed. */
export interface CommandRecord {
  changes: Array<{ key: string; state: ChannelState | null }>;
  audit: AuditLine;
  banner?: string;
}

export interface ControlStore extends DeviceStore {
  channels(): Map<string, ChannelState>;
  /** Saves a command's channel change and its audit line in one transaction: both or neither. */
  commit(record: CommandRecord): void;
  /** The welcome lines shown lately, newest first, for the presenter to pick again. */
  recentBanners(limit: number): string[];
  audit(line: AuditLine): void;
  /** The presenter's part of the trail: commands and refusals, newest first. */
  auditLog(limit: number): AuditEntry[];
  /** The whole trail, for the admin. */
  readonly trail: AuditTrail;
  /** A small setting kept across restarts (the hall's mode), or null when never saved. */
  setting(key: string): string | null;
  saveSetting(key: string, value: string): void;
  close(): void;
}

/** Opens (creating if needed) `dataDir/control.sqlite`; `readOnly` when the folder cannot be written and it was opened read-only. */
export function openControlStore(dataDir: string): ControlStore & { readonly readOnly: boolean } {
  const db = openPrivateDatabase(dataDir, 'control.sqlite');
  // A read-only store has the schema it was given when it was written; it could not create one anyway.
  if (!db.readonly)
    db.exec(`
    CREATE TABLE IF NOT EXISTS channels (key TEXT PRIMARY KEY, state TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS devices (
      name TEXT PRIMARY KEY, grp TEXT NOT NULL, kind TEXT NOT NULL, credential_hash TEXT NOT NULL UNIQUE, paired_at TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS banners (text TEXT PRIMARY KEY, used_at TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);`);
  if (!db.readonly) ensureAuditTable(db);
  const trail = openAuditTrail(db);
  const save = db.prepare('INSERT INTO channels (key, state) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET state = excluded.state');
  const remove = db.prepare('DELETE FROM channels WHERE key = ?');
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
  // A store written before settings existed, opened read-only, has none saved.
  const hasSettings = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'").get() !== undefined;
  const readSetting = hasSettings ? db.prepare('SELECT value FROM settings WHERE key = ?').pluck() : null;
  const writeSetting = hasSettings
    ? db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
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
      trail.append(record.audit);
    }),
    recentBanners: (limit) => (readBanners?.all(limit) as Array<{ text: string }> | undefined)?.map((row) => row.text) ?? [],
    audit: (line) => trail.append(line),
    auditLog: (limit) => trail.query({ kind: ['command', 'refusal'], limit }).map(({ what, ...line }) => ({ ...line, command: what })),
    trail,
    deviceByCredentialHash: (hash) => (deviceByHash?.get(hash) as DeviceRecord | undefined) ?? null,
    deviceByName: (name) => (deviceByName?.get(name) as DeviceRecord | undefined) ?? null,
    saveDevice: (d) => {
      if (!insertDevice) throw Object.assign(new Error('the control store is read-only'), { code: 'SQLITE_READONLY' });
      insertDevice.run(d.name, d.group, d.kind, d.credentialHash, d.pairedAt);
    },
    setting: (key) => (readSetting?.get(key) as string | undefined) ?? null,
    saveSetting: (key, value) => {
      if (!writeSetting) throw Object.assign(new Error('the control store is read-only'), { code: 'SQLITE_READONLY' });
      writeSetting.run(key, value);
    },
    readOnly: db.readonly,
    close: () => db.close(),
  };
}
