/**
 * The desk's playlist editor: each group's scenes, their order and durations.
 * A save names the version it was edited from, so that two people editing at
 * once never lose an update silently: the second is told, and nothing changes.
 */
import { Router, type RequestHandler } from 'express';
import { isScreenName } from '../../common/controlCommand';
import type { ControlService } from '../control/controlService';
import { parsePlaylistEdit } from '../control/playlistEdit';
import type { StorageHealth } from '../store/storageHealth';
import { requesterOf } from '../auth/principal';
import { sendError, sendStorageUnavailable } from './errors';
import { jsonBody } from './guards';

export interface PlaylistRouterDeps {
  control: Pick<ControlService, 'playlists' | 'setPlaylist'>;
  /** Lets through operators and admins; refuses and audits everyone else. */
  requireRecord: RequestHandler;
  storage: StorageHealth;
}

const REFUSAL_STATUS = { unknown_group: 404, stale: 409, no_change: 400 } as const;

export function playlistRouter({ control, requireRecord, storage }: PlaylistRouterDeps): Router {
  const router = Router();
  router.use('/playlists', requireRecord);
  router.get('/playlists', (_req, res) => {
    res.set('Cache-Control', 'no-store').json(control.playlists());
  });
  router.put('/playlists/:group', jsonBody(), (req, res) => {
    const group = req.params.group;
    if (typeof group !== 'string' || !isScreenName(group)) return sendError(res, 404, 'unknown_group', 'no such group');
    const parsed = parsePlaylistEdit(req.body);
    if (!parsed.ok) return sendError(res, 400, 'invalid_playlist', parsed.message);
    try {
      const saved = control.setPlaylist(group, parsed.edit, requesterOf(req, res));
      if (!saved.ok) return sendError(res, REFUSAL_STATUS[saved.error], saved.error, saved.message);
      storage.succeeded();
      res.json({ group: saved.group, playlist: saved.playlist, version: saved.version });
    } catch (error) {
      const reason = storage.failed(error);
      if (reason === null) throw error;
      sendStorageUnavailable(res, reason);
    }
  });
  return router;
}
