/**
 * The server verifies its own ledger: a minute after start and then every day
 * (LEDGER_CHECK_HOURS), so that the admin's page always shows a recent
 * verdict and a tampered log is noticed without anyone asking.
 */
import type { VerifyResult } from '../../common/auth';
import { LedgerUnavailable, verifyLedgerFile } from '../store/ledgerFile';

export interface LedgerChecksOptions {
  file: string;
  everyMs: number;
  /** The first check, after start; a minute unless a test needs it sooner. */
  firstAfterMs?: number;
  onResult: (result: VerifyResult) => void;
}

export function scheduleLedgerChecks({ file, everyMs, firstAfterMs = 60_000, onResult }: LedgerChecksOptions): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const check = () => {
    running = verifyLedgerFile(file, { by: 'server' })
      .then(({ result }) => onResult(result))
      .catch((error: unknown) => {
        // A store not yet sealed or a disk refusing the verdict's record: said, and tried again at the next check.
        console.error(`ledger check: ${error instanceof LedgerUnavailable ? error.message : String(error)}`);
      })
      .finally(() => {
        running = undefined;
        if (!stopped) timer = setTimeout(check, everyMs).unref();
      });
  };
  timer = setTimeout(check, Math.min(firstAfterMs, everyMs)).unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
