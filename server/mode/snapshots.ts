/**
 * The snapshot of each store, as screens and `GET /api/snapshot` read it.
 * Built once per state (a commit replaces it), so that many screens resyncing
 * or switching at once cost one copy.
 */
import type { WallMode } from '../../common/mode';
import type { Snapshot } from '../../common/protocol';
import type { Ledger } from '../domain/ledger';

/** The two ledgers: the hall's real figures, and the demo feed's own. */
export type Ledgers = Readonly<Record<WallMode, Ledger>>;

export function createSnapshots(ledgers: Ledgers): (mode: WallMode) => Snapshot {
  const built = new Map<WallMode, { state: Ledger['state']; body: Omit<Snapshot, 'at'> }>();
  return (mode) => {
    const state = ledgers[mode].state;
    let cached = built.get(mode);
    if (cached?.state !== state) {
      const { seq, values, breakdowns, recent } = state;
      cached = { state, body: { seq, mode, demo: mode === 'demo', values, breakdowns, recent: [...recent] } };
      built.set(mode, cached);
    }
    return { ...cached.body, at: new Date().toISOString() };
  };
}
