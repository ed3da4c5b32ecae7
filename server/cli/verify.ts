/**
 * `npm run verify [--head SEQ:HASH]`: re-folds the whole ledger in DATA_DIR
 * (default ./data) from its baseline, checks its hash chain and its stored
 * figures, records the verdict, and prints it in one line. Exits 0 when the
 * ledger is sound, 1 naming the first bad seq when it is not, 2 when there is
 * nothing to verify or the arguments are wrong. Safe beside a running server.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ChainHead } from '../domain/chain';
import { LedgerUnavailable, verifyLedgerFile } from '../store/ledgerFile';
import { parseAnchor, verifyLine } from './verifyReport';

async function main(): Promise<number> {
  let anchor: ChainHead | undefined;
  try {
    const { values } = parseArgs({ options: { head: { type: 'string' } }, strict: true, allowPositionals: false });
    if (values.head !== undefined) anchor = parseAnchor(values.head);
  } catch (error) {
    console.error(`verify: ${(error as Error).message}`);
    return 2;
  }
  const file = join(resolve(process.env.DATA_DIR || './data'), 'wall.sqlite');
  try {
    const { result, sealed } = await verifyLedgerFile(file, { by: 'npm run verify', ...(anchor ? { anchor } : {}) });
    const line = verifyLine(result, sealed);
    if (result.ok) console.log(line);
    else console.error(line);
    return result.ok ? 0 : 1;
  } catch (error) {
    // Nothing was checked: neither a pass nor a verdict against the log.
    const reason = error instanceof LedgerUnavailable ? error.message : `could not read ${file}: ${(error as Error).message}`;
    console.error(`verify: ${reason}`);
    return 2;
  }
}

process.exitCode = await main();
