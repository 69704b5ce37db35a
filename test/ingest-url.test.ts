/** Ingest from URLs: a real HTTP server on a random port serves a web page, feeds, and a missing page. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSources } from '../src/ingest/index.js';

const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const fixture = (name: string) => readFileSync(path.join(root, 'test', 'fixtures', name));
const ROUTES: Record<string, [string, Buffer]> = {
  '/news/idlib': ['text/html; charset=utf-8', fixture('ingest/page.html')],
  '/news/idlib-1256': ['text/html; charset=windows-1256', fixture('web/page-windows-1256.html')],
  '/feed': ['application/rss+xml', fixture('ingest/feed.rss')],
  // A feed served as plain text is still read as a feed, from its first bytes.
  '/atom.txt': ['text/plain', fixture('ingest/feed.atom')],
};
let server: Server;
let base: string;

before(async () => {
  server = createServer((request, response) => {
    const route = ROUTES[request.url ?? ''];
    if (!route) return void response.writeHead(404).end('not here');
    response.writeHead(200, { 'content-type': route[0] }).end(route[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
after(() => server.close());

test('a page URL gives its main text with its stated date, the URL and the host as outlet', async () => {
  const [page] = await readSources([`${base}/news/idlib`]);
  assert.ok(page && 'article' in page);
  assert.equal(page.article.published, '2024-03-16');
  assert.equal(page.article.url, `${base}/news/idlib`);
  assert.equal(page.article.outlet, '127.0.0.1');
  assert.match(page.article.text, /قصفت الطائرات الحربية/);
});

test('a page served in windows-1256 is decoded by the charset its server names', async () => {
  const [page] = await readSources([`${base}/news/idlib-1256`]);
  assert.ok(page && 'article' in page);
  assert.match(page.article.text, /قصفت الطائرات الحربية مواقع للمسلحين/);
});

test('feed URLs give one article per item, by content type or by their first bytes', async () => {
  const items = await readSources([`${base}/feed`, `${base}/atom.txt`], { published: '2024-07-01' });
  assert.deepEqual(items.map((i) => i.origin), [`${base}/feed#1`, `${base}/feed#2`, `${base}/atom.txt#1`]);
  assert.ok(items.every((i) => 'article' in i));
});

test('a URL that answers 404 or not at all fails alone, with the reason', async () => {
  const [missing, refused, page] = await readSources([`${base}/gone`, 'http://127.0.0.1:1/nothing', `${base}/news/idlib`]);
  assert.deepEqual(missing, { origin: `${base}/gone`, problem: `cannot fetch ${base}/gone: HTTP 404` });
  assert.ok(refused && 'problem' in refused && /cannot fetch http:\/\/127\.0\.0\.1:1\/nothing/.test(refused.problem));
  assert.ok(page && 'article' in page);
});
