/** Serves the built screen, with its index page for every page path (/, /console, /kiosk ...). */
import express, { Router } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sendError } from './errors';

export function serveScreen(dir: string): Router {
  const router = Router();
  // Hashed asset names change with their content, so they may be cached for good.
  router.use('/assets', express.static(join(dir, 'assets'), { immutable: true, maxAge: '365d' }));
  router.use('/assets', (_req, res) => sendError(res, 404, 'not_found', 'no such asset'));
  router.use(express.static(dir, { index: false }));
  router.get('/{*splat}', (_req, res) => {
    if (!existsSync(join(dir, 'index.html'))) {
      return sendError(res, 503, 'screen_not_built', 'the screen is not built yet: run npm run build');
    }
    // A root, not an absolute path: `send` refuses absolute paths that pass through a dot-folder.
    res.set('Cache-Control', 'no-cache').sendFile('index.html', { root: dir });
  });
  return router;
}
