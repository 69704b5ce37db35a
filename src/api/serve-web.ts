/**
 * The built web app (dist/web, made by `vite build` from web/) → GET / and GET /assets/*, from the API's own origin,
 * so the browser needs no other server and no network. Files are read once when the server starts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';

/** dist/src/api/serve-web.js → dist/web/ */
export const WEB_ROOT = fileURLToPath(new URL('../../web/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

// The page runs only its own scripts and stylesheets (elements are styled through the DOM, which a policy does not
// govern); MapLibre draws on blob: images and may start its worker from a blob:. Article text can then never load or
// run anything, even if some future code slipped it into markup.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function registerWebApp(app: FastifyInstance, root: string = WEB_ROOT): void {
  const index = path.join(root, 'index.html');
  if (!existsSync(index)) {
    app.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply.code(404).send({ error: 'not_found', message: `the web app is not built (no ${index}); run npm run build` }),
    );
    return;
  }
  const indexHtml = readFileSync(index);
  app.get('/', { schema: { hide: true } }, async (_request, reply) =>
    reply.type(TYPES['.html']!).header('cache-control', 'no-cache').header('content-security-policy', CONTENT_SECURITY_POLICY).send(indexHtml),
  );

  // Asset names carry a content hash, so they can be cached for good; only names Vite wrote are served.
  const assetsDir = path.join(root, 'assets');
  const assets = new Map<string, Buffer>();
  if (existsSync(assetsDir)) for (const name of readdirSync(assetsDir)) assets.set(name, readFileSync(path.join(assetsDir, name)));
  app.get('/assets/:name', { schema: { hide: true } }, async (request, reply) => {
    const { name } = request.params as { name: string };
    const body = assets.get(name);
    if (!body) return reply.code(404).send({ error: 'not_found', message: `no web asset named ${name}` });
    const type = TYPES[path.extname(name)] ?? 'application/octet-stream';
    return reply.type(type).header('cache-control', 'public, max-age=31536000, immutable').send(body);
  });
}
