/**
 * Wires the wall's content together: its store in the data folder, the
 * service, its router, the audit trail and the push to every screen. Returns
 * the current content for the boot data, so a wall's first picture already
 * says the latest words.
 */
import type { Response, Router } from 'express';
import type { Catalog } from '../../common/catalog';
import type { WallContentMessage } from '../../common/wallContent';
import type { AuditLine } from '../audit/auditTrail';
import type { AccessControl } from '../auth/accessControl';
import type { AuthStore } from '../auth/authStore';
import { requesterOf } from '../auth/principal';
import { createContentService } from '../content/contentService';
import { openContentStore } from '../content/contentStore';
import type { ScreenServer } from '../realtime/hub';
import type { StorageHealth } from '../store/storageHealth';
import { contentRouter } from './contentRouter';

export interface ContentRoutesDeps {
  dataDir: string;
  catalog: Catalog;
  access: AccessControl;
  authStore: Pick<AuthStore, 'audit'>;
  io: Pick<ScreenServer, 'emit'>;
  storage: StorageHealth;
  now: () => number;
}

export interface ContentRoutes {
  router: Router;
  current(): WallContentMessage;
  close(): void;
}

export function contentRoutes(deps: ContentRoutesDeps): ContentRoutes {
  const { storage, now } = deps;
  const store = openContentStore(deps.dataDir);
  if (store.readOnly) storage.failed(Object.assign(new Error(`content.sqlite in ${deps.dataDir} was opened read-only`), { code: 'EROFS' }));
  const content = createContentService(store, deps.catalog, now);
  const audit = (res: Response, line: Pick<AuditLine, 'kind' | 'what' | 'outcome'>) => {
    // The save is committed and pushed: a trail line the disk refuses now is lost, never the save.
    try {
      deps.authStore.audit({ at: new Date(now()).toISOString(), ...requesterOf(res.req, res), ...line });
    } catch (error) {
      if (storage.failed(error) === null) throw error;
    }
  };
  const router = contentRouter({
    content,
    store,
    requireRecord: deps.access.require({ permission: 'record' }),
    publish: (message) => deps.io.emit('content', message),
    audit,
    storage,
  });
  return { router, current: () => content.current(), close: () => store.close() };
}
