/**
 * The endpoints of the operator's desk: today at a glance, undoing a
 * correction, and (with its own router) spreadsheet imports. Every figure
 * they change goes through the ledger like a feed's, named after the person.
 */
import { Router, type Response } from 'express';
import type { Catalog } from '../../common/catalog';
import type { EntrySource } from '../../common/desk';
import type { createEventSchemas, DomainEvent } from '../../common/events';
import type { AuditLine } from '../audit/auditTrail';
import type { AccessControl } from '../auth/accessControl';
import type { AuthStore } from '../auth/authStore';
import { principalOf, requesterOf, senderName } from '../auth/principal';
import type { Ledger } from '../domain/ledger';
import type { Hub } from '../realtime/hub';
import type { Store } from '../store/store';
import type { StorageHealth } from '../store/storageHealth';
import { deskRouter } from './deskRouter';
import { importRouter } from './importRouter';
import { importUndoRouter } from './importUndoRouter';
import { playlistRouter } from './playlistRouter';
import type { ControlService } from '../control/controlService';

export interface DeskRoutesDeps {
  access: AccessControl;
  authStore: AuthStore;
  ledger: Ledger;
  store: Store;
  hub: Pick<Hub, 'publish' | 'registry'>;
  file: string;
  catalog: Catalog;
  schemas: ReturnType<typeof createEventSchemas>;
  storage: StorageHealth;
  now: () => number;
  /** The walls' channels, whose playlists the desk edits. */
  control: Pick<ControlService, 'playlists' | 'setPlaylist'>;
}

export function deskRoutes(deps: DeskRoutesDeps): Router {
  const { ledger, hub, storage, now } = deps;
  const requireRecord = deps.access.require({ permission: 'record' });
  /** One transaction, as the requester, pushed to the walls at once; throws (nothing committed) when the disk refuses. */
  const ingestAs = (events: readonly DomainEvent[], sender: string, source: EntrySource) => {
    const result = ledger.ingest(events, { receivedAt: new Date(now()), source, sender });
    if (result.update) {
      storage.succeeded();
      hub.publish(result.update);
    }
    return result;
  };
  const audit = (res: Response, line: Pick<AuditLine, 'kind' | 'what' | 'outcome'>) => {
    // The change is committed and answered: a trail line the disk refuses now is lost, never the change.
    try {
      deps.authStore.audit({ at: new Date(now()).toISOString(), ...requesterOf(res.req, res), ...line });
    } catch (error) {
      if (storage.failed(error) === null) throw error;
    }
  };
  const router = Router();
  router.use(
    deskRouter({
      requireRecord,
      ledger,
      store: deps.store,
      file: deps.file,
      screens: () => hub.registry.list(),
      schemas: deps.schemas,
      ingest: (res, events) => ingestAs(events, senderName(principalOf(res)), 'desk'),
      audit,
      storage,
      now,
    }),
  );
  router.use(
    importRouter({
      requireRecord,
      schemas: deps.schemas,
      catalog: deps.catalog,
      existingIds: (ids) => deps.store.existingIds(ids),
      ingest: (events, sender) => {
        const { accepted, duplicates, seq } = ingestAs(events, sender, 'import');
        return { accepted, duplicates, seq };
      },
      audit: (_res, line) => {
        try {
          deps.authStore.audit(line);
        } catch (error) {
          if (storage.failed(error) === null) throw error;
        }
      },
      senderOf: (res) => senderName(principalOf(res)),
      storage,
      now,
    }),
  );
  router.use(
    importUndoRouter({
      requireRecord,
      ledger,
      store: deps.store,
      file: deps.file,
      schemas: deps.schemas,
      ingest: (res, events) => ingestAs(events, senderName(principalOf(res)), 'desk'),
      audit,
      storage,
    }),
  );
  router.use(playlistRouter({ control: deps.control, requireRecord, storage }));
  return router;
}
