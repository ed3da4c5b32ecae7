/** Serves the built screen, with its index page for every page path (/, /console, /kiosk ...). */
import express, { Router, type Request } from 'express';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { withBootData, type BootData } from './bootData';
import { sendError } from './errors';

/** Pages that show the live figures and so get them written into the page (the console, admin and desk pages show none). */
const FIGURE_PAGES = /^\/(?!(?:console|admin|desk)(?:\/|$))/;

/** `bootData` is given the page's request, whose `?mode=` says which store's figures to write in. */
export function serveScreen(dir: string, bootData?: (req: Request) => BootData): Router {
  const router = Router();
  const index = indexPage(join(dir, 'index.html'));
  // Hashed asset names change with their content, so they may be cached for good.
  router.use('/assets', express.static(join(dir, 'assets'), { immutable: true, maxAge: '365d' }));
  router.use('/assets', (_req, res) => sendError(res, 404, 'not_found', 'no such asset'));
  router.use(express.static(dir, { index: false }));
  router.get('/{*splat}', (req, res) => {
    const html = index();
    if (html === null) return sendError(res, 503, 'screen_not_built', 'the screen is not built yet: run npm run build');
    const page = bootData && FIGURE_PAGES.test(req.path) ? withBootData(html, bootData(req)) : html;
    // Written per request with the figures of the moment: never cached.
    res.set('Cache-Control', 'no-store').type('html').send(page);
  });
  return router;
}

/** The built index page, read again only when a new build replaces it (`npm run build` while the server runs). */
function indexPage(file: string): () => string | null {
  let cached: { mtimeMs: number; html: string } | null = null;
  return () => {
    try {
      const { mtimeMs } = statSync(file);
      if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, html: readFileSync(file, 'utf8') };
      return cached.html;
    } catch {
      return null;
    }
  };
}
