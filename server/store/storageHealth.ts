/**
 * Whether the stores can write. A full or read-only disk is a state of the
 * hall, not a bug: requests that need a write are answered 503 with the
 * reason, health says `degraded`, and the log says so once when it starts and
 * once when it ends, never once per request.
 */

/** The reason a storage error gives, in words an IT person acts on; null when it is not a storage error. */
export function storageProblem(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'the data disk is full';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM')
    return 'the data folder cannot be written';
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return 'the data disk reported an I/O error';
  if (code.startsWith('SQLITE_CANTOPEN')) return 'the data files cannot be opened';
  return null;
}

export interface StorageHealth {
  /** The current problem, or null while writes succeed. */
  readonly problem: string | null;
  /** Records a failed write; returns its reason, or null when the error is not about storage. */
  failed(error: unknown): string | null;
  /** Records a write that succeeded, which ends any problem. */
  succeeded(): void;
}

export function createStorageHealth(log: (line: string) => void = (line) => console.error(line)): StorageHealth {
  let problem: string | null = null;
  return {
    get problem() {
      return problem;
    },
    failed(error) {
      const reason = storageProblem(error);
      if (reason === null) return null;
      if (problem !== reason)
        log(`storage: ${reason}; writes are refused with 503 until it is fixed (${String((error as Error).message ?? error)})`);
      problem = reason;
      return reason;
    },
    succeeded() {
      if (problem === null) return;
      log(`storage: writing again (${problem} no more)`);
      problem = null;
    },
  };
}
