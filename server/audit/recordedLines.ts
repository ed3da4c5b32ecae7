/**
 * Which accepted events the audit trail names: every correction, whoever sent
 * it, and what a person entered by hand. A machine feed's thousands of events
 * a day are in the ledger, each with its sender, not repeated here.
 */
import type { DomainEvent } from '../../common/events';
import type { Principal } from '../auth/principal';
import { actorName, principalOf } from '../auth/principal';
import type { StorageHealth } from '../store/storageHealth';
import type { Response } from 'express';
import type { AuditLine } from './auditTrail';

/** Pure: the lines for one accepted request (time and address are the caller's). */
export function recordedLines(
  principal: Principal | null,
  events: readonly DomainEvent[],
  accepted: number,
): Array<Omit<AuditLine, 'at' | 'from'>> {
  if (accepted === 0) return [];
  const actor = actorName(principal);
  const corrections = events.flatMap((event) =>
    event.type === 'metric.corrected'
      ? [
          {
            actor,
            kind: 'correction' as const,
            what: `corrected ${event.metric} to ${event.value}: ${event.reason}`,
            outcome: 'applied' as const,
          },
        ]
      : [],
  );
  const entered = events.length - corrections.length;
  if (principal?.kind !== 'account' || entered === 0) return corrections;
  const types = [...new Set(events.filter((e) => e.type !== 'metric.corrected').map((e) => e.type))].join(', ');
  return [
    ...corrections,
    { actor, kind: 'record', what: `recorded ${entered} event${entered === 1 ? '' : 's'} (${types})`, outcome: 'applied' },
  ];
}

/** The ingest router's `recorded` hook: writes the lines of each accepted request. */
export function auditRecorded(write: (line: AuditLine) => void, storage: StorageHealth, now: () => number) {
  return (res: Response, events: readonly DomainEvent[], accepted: number): void => {
    // The events are committed and answered: a trail line the disk refuses now is lost, never the events.
    try {
      for (const line of recordedLines(principalOf(res), events, accepted)) {
        write({ ...line, at: new Date(now()).toISOString(), from: res.req.ip ?? 'unknown' });
      }
    } catch (error) {
      if (storage.failed(error) === null) console.error(error);
    }
  };
}
