/**
 * The endpoints people sign in for beyond the console: their session, the
 * admin's accounts, feed keys and audit trail, and the ledger's head,
 * verification and trace.
 */
import { Router } from 'express';
import { join } from 'node:path';
import type { VerifyResult } from '../../common/auth';
import type { AuditLine } from '../audit/auditTrail';
import type { AccessControl } from '../auth/accessControl';
import type { AuthStore } from '../auth/authStore';
import { requesterOf } from '../auth/principal';
import type { Ledger } from '../domain/ledger';
import type { Store } from '../store/store';
import type { StorageHealth } from '../store/storageHealth';
import { accountsRouter } from './accountsRouter';
import { auditRouter } from './auditRouter';
import { keysRouter } from './keysRouter';
import { ledgerRouter } from './ledgerRouter';
import { sessionRouter } from './sessionRouter';

export interface PeopleRoutesDeps {
  access: AccessControl;
  authStore: AuthStore;
  ledger: Ledger;
  store: Store;
  dataDir: string;
  sessionMaxMs: number;
  storage: StorageHealth;
  now: () => number;
}

/** A trail line for a verification: its verdict, and the head hash an admin can write down as an anchor. */
export function verificationLine(result: VerifyResult): Pick<AuditLine, 'what' | 'outcome'> {
  return result.ok
    ? { what: `verified the ledger: ${result.events} events, head seq ${result.headSeq} hash ${result.headHash}`, outcome: 'applied' }
    : { what: `verified the ledger: failed at seq ${result.firstBadSeq ?? '?'}: ${result.problem ?? ''}`, outcome: 'failed' };
}

export function peopleRoutes({ access, authStore, ledger, store, dataDir, sessionMaxMs, storage, now }: PeopleRoutesDeps): Router {
  const router = Router();
  const requireManage = access.require({ permission: 'manage' });
  router.use(
    sessionRouter({
      signIn: access.signIn,
      sessions: access.sessions,
      audit: (line) => authStore.audit(line),
      refuse: (req, res, actor, outcome) => access.refuse(req, res, outcome, { actor, kind: 'session' }),
      noteSignIn: (name, at) => authStore.noteSignIn(name, at),
      originAllowed: access.originAllowed,
      sessionMaxMs,
      storage,
      now,
    }),
  );
  router.use(accountsRouter({ store: authStore, requireManage, storage, now }));
  router.use(keysRouter({ store: authStore, requireManage, storage, now }));
  router.use(auditRouter({ trail: authStore.trail, requireManage }));
  router.use(
    ledgerRouter({
      ledger,
      store,
      file: join(dataDir, 'wall.sqlite'),
      requireManage,
      requireTrace: access.require({ permission: 'trace' }),
      onVerified: (res, result) => {
        // The verdict stands and is answered even if the disk refuses its trail line.
        try {
          authStore.audit({ at: new Date(now()).toISOString(), ...requesterOf(res.req, res), kind: 'ledger', ...verificationLine(result) });
        } catch (error) {
          if (storage.failed(error) === null) throw error;
        }
      },
    }),
  );
  return router;
}
