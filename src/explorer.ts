// The graph explorer page at /explorer: static files built into public/explorer by `npm run build:explorer`,
// served with a Content-Security-Policy that lets the page talk to nothing but this service.
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { REPO_ROOT } from './config';

export const EXPLORER_DIR = path.join(REPO_ROOT, 'public', 'explorer');

/** Scripts, styles, images and requests from this origin only; no inline code, no framing, no plugins. */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function securityHeaders(_req: express.Request, res: express.Response, next: express.NextFunction): void {
  res.setHeader('Content-Security-Policy', EXPLORER_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
  next();
}

/**
 * Mounts the explorer. Call before the GraphQL middleware, which is mounted on `/` and would otherwise answer
 * every /explorer request. `/explorer` and `/explorer/` both serve the page without a redirect, so a shared
 * `/explorer?entity=…` keeps its query string.
 */
export function mountExplorer(app: express.Express, dir: string = EXPLORER_DIR): void {
  const router = express.Router({ strict: true });
  router.use(securityHeaders);
  const page = (_req: express.Request, res: express.Response) => {
    if (!fs.existsSync(path.join(dir, 'explorer.js'))) {
      res.status(503).type('text/plain').send('The explorer is not built: run `npm run build:explorer`.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(dir, 'index.html'));
  };
  router.get(['/', '/index.html'], page);
  router.use(express.static(dir, { index: false, redirect: false, fallthrough: true, maxAge: 0 }));
  router.use((_req, res) => { res.status(404).type('text/plain').send('Not found'); });
  app.use('/explorer', router);
}
