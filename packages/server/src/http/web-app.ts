/**
 * Serves the web app's built files at `/`. Hashed assets are cached for a year; the page itself and
 * the service worker are checked on every visit, so an update reaches people at once. Any other path
 * that is not a file gets the app's page, which shows the screen itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './env.js';

export function hasWebApp(root: string | undefined): root is string {
  return root !== undefined && existsSync(path.join(root, 'index.html'));
}

export function mountWebApp(app: Hono<AppEnv>, root: string): void {
  app.use('/assets/*', async (c, next) => {
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    await next();
  });
  app.use('*', async (c, next) => {
    if (!c.req.path.startsWith('/assets/')) c.header('Cache-Control', 'no-cache');
    await next();
  });
  app.use('*', serveStatic({ root }));
  app.get('*', (c) => {
    // Only pages fall back to the app; a missing file, or an API path, stays a 404.
    if (path.extname(c.req.path) !== '' || c.req.path.startsWith('/api/')) return c.notFound();
    // Read each time (the OS caches it): a rebuild while the server runs must not leave an old page
    // pointing at assets that are gone.
    return c.html(readFileSync(path.join(root, 'index.html'), 'utf8'));
  });
}
