/**
 * The files of the data folder, the tokens and the SQLite stores: kept from
 * other users of the machine, and still read when the folder cannot be written
 * (a disk remounted read-only after errors), which is a state of the hall, not
 * a reason to stop.
 */
import Database from 'better-sqlite3';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const codeOf = (error: unknown): unknown => (error as { code?: unknown } | null)?.code;

/** Whether an error says that a file or folder cannot be written (read-only filesystem or no permission). */
function cannotWrite(error: unknown): boolean {
  const code = codeOf(error);
  return typeof code === 'string' && (code === 'EROFS' || code === 'EACCES' || code === 'EPERM' || code.startsWith('SQLITE_READONLY'));
}

/**
 * Takes group and other permissions away from a file or folder of ours that has them; does
 * nothing when it does not exist, and nothing on a read-only filesystem, where modes cannot change.
 */
export function keepToOwner(path: string): void {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats || (stats.mode & 0o077) === 0 || stats.uid !== process.getuid?.()) return;
  try {
    chmodSync(path, stats.mode & 0o700);
  } catch (error) {
    if (codeOf(error) !== 'EROFS') throw error;
  }
}

/** SQLITE_CANTOPEN or one of its extended codes. */
const cannotOpen = (error: unknown) => String(codeOf(error)).startsWith('SQLITE_CANTOPEN');

function openWritable(dataDir: string, file: string): Database.Database {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // SQLite opens a file it cannot write read-only without a word: ask first, so that it is known from the start.
  accessSync(dataDir, constants.W_OK);
  if (existsSync(file)) accessSync(file, constants.W_OK);
  keepToOwner(dataDir);
  const db = new Database(file);
  try {
    keepToOwner(file);
    db.pragma('journal_mode = WAL');
    keepToOwner(`${file}-wal`);
    keepToOwner(`${file}-shm`);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * A read-only copy in memory of a WAL database whose changes are all in the file itself. SQLite
 * reads a WAL database in place only beside its `-shm`, which it cannot create on read-only
 * media, and better-sqlite3 is built without URI filenames, so `immutable=1` cannot be asked
 * for. Header bytes 18 and 19 set from 2 (WAL) to 1 (rollback journal) let SQLite read the
 * copy alone. Costs the file's size in memory for as long as the server runs so.
 */
function readIntoMemory(file: string): Database.Database {
  const image = readFileSync(file);
  if (image[18] === 2) image[18] = 1;
  if (image[19] === 2) image[19] = 1;
  return new Database(image, { readonly: true });
}

/** Opens what is in `file` read-only: in place when SQLite can (its `-wal` and `-shm` left by a crash), else in memory. */
function openReadOnly(file: string): Database.Database {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    // The first read opens the write-ahead log, and fails here when the `-shm` is missing.
    db.pragma('schema_version');
    return db;
  } catch (error) {
    db.close();
    if (!cannotOpen(error)) throw error;
  }
  if ((statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0) > 0) {
    throw new Error(
      `${file} cannot be read on a read-only disk: ${file}-wal holds changes that only a writable folder lets SQLite read; make the folder writable and start again`,
    );
  }
  return readIntoMemory(file);
}

/**
 * Opens (creating if needed) `dataDir/fileName` in WAL mode, kept from other users: the folder
 * 0700, the database 0600 before SQLite creates its `-wal` and `-shm` (which take the database's
 * mode), and companions left by an earlier run narrowed too. When the folder or the file cannot
 * be written (a disk remounted read-only after errors), opens what is there read-only instead
 * (`db.readonly`): the figures can still be read, and every write fails with SQLITE_READONLY;
 * a file that is not there yet is kept in memory.
 */
export function openPrivateDatabase(dataDir: string, fileName: string): Database.Database {
  const file = join(dataDir, fileName);
  try {
    return openWritable(dataDir, file);
  } catch (error) {
    // Node's recursive mkdir says ENOENT, not EROFS, for a folder it cannot create on a read-only disk.
    if (!cannotWrite(error) && !cannotOpen(error) && codeOf(error) !== 'ENOENT') throw error;
    if (existsSync(file)) return openReadOnly(file);
    // A store this version adds (the demo store of a folder written before it) on a disk gone read-only: the server
    // still starts and shows the figures it has; while the folder cannot be written every write is refused anyway.
    console.warn(
      `storage: ${file} does not exist and cannot be created (${String(codeOf(error))}): kept in memory until a restart on a writable folder`,
    );
    return new Database(':memory:');
  }
}
