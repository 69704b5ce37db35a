/**
 * The HTTP API as a client meets it: the real Fastify server on a random port over a real store (SQLite and
 * PostgreSQL), filled by real ingest of hand-written articles, a web page and feeds.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/api/index.js';
import { ingestCandidates, readSources } from '../src/ingest/index.js';
import { createPipeline } from '../src/pipeline.js';
import type { Store, StoredEvent } from '../src/store/index.js';
import { engines } from './store-engines.js';

const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const fixture = (...p: string[]) => path.join(root, 'test', 'fixtures', ...p);
const pipeline = createPipeline({ dbPath: path.join(mkdtempSync(path.join(tmpdir(), 'rasd-api-')), 'rasd.db') });
const KEY = 'test-key-0123456789';

for (const engine of engines) {
  describe(`API on ${engine.name}`, { skip: engine.skip }, () => {
    let store: Store;
    let app: FastifyInstance;
    let base: string;
    const get = (url: string) => fetch(base + url);
    const json = async <T>(url: string) => {
      const r = await get(url);
      assert.equal(r.status, 200, `${url}: ${r.status} ${await r.clone().text()}`);
      return (await r.json()) as T;
    };
    const post = (body: unknown, key?: string) =>
      fetch(`${base}/articles`, { method: 'POST', headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) }, body: JSON.stringify(body) });

    before(async () => {
      store = await engine.open(pipeline.lexicon.fold);
      const candidates = await readSources([fixture('store', 'articles.jsonl'), fixture('ingest', 'page.html')]);
      await ingestCandidates(candidates, store, pipeline.extract);
      app = await buildApp({ store, extract: pipeline.extract, apiKey: KEY });
      base = await app.listen({ port: 0, host: '127.0.0.1' });
    });
    after(async () => {
      await app?.close();
      await store?.close();
      await engine.cleanup();
    });

    test('GET /events filters by country and date range and cuts events to the fields asked', async () => {
      const page = await json<{ count: number; next_cursor: string | null; events: Array<Partial<StoredEvent>> }>('/events?country=LY&start_date=2024-01-01&end_date=2024-12-31&fields=id,location,num_articles');
      assert.equal(page.count, 2);
      assert.equal(page.next_cursor, null);
      assert.deepEqual(page.events.map((e) => e.location).sort(), ['Benghazi', 'Tripoli']);
      assert.deepEqual(Object.keys(page.events[0]!), ['id', 'location', 'num_articles']);
    });

    test('limit and cursor page through every event once', async () => {
      const ids: string[] = [];
      let url = '/events?limit=2';
      for (;;) {
        const page = await json<{ next_cursor: string | null; events: StoredEvent[] }>(url);
        ids.push(...page.events.map((e) => e.id));
        if (!page.next_cursor) break;
        url = `/events?limit=2&cursor=${page.next_cursor}`;
      }
      assert.equal(ids.length, new Set(ids).size);
      assert.equal(ids.length, (await json<{ count: number }>('/events?limit=100')).count);
    });

    for (const [what, url, message] of [
      ['an unknown filter', '/events?colour=red', /unknown filter "colour"; expected one of/],
      ['a bad date', '/events?start_date=2024-13-01', /start_date must be a date as YYYY-MM-DD/],
      ['a bbox out of range', '/events?bbox=10,20,200,30', /longitudes must lie within -180\.\.180/],
      ['a huge limit', '/events?limit=100000', /limit must be at most 5000/],
      ['a forged cursor', '/events?cursor=bm90LWEtY3Vyc29y', /cursor must be the next_cursor of an earlier page/],
      ['a bad id', '/events/%3Cscript%3E', /id must be an id rasd gave/],
    ] as const) {
      test(`${what} gets 400 with a message saying what was expected`, async () => {
        const r = await get(url);
        assert.equal(r.status, 400);
        const body = (await r.json()) as { error: string; message: string };
        assert.match(body.message, message);
      });
    }

    test('unknown ids and routes get 404', async () => {
      assert.equal((await get('/events/e0000000000000000')).status, 404);
      assert.equal((await get('/articles/a0000000000000000')).status, 404);
      assert.equal((await get('/places/p000000000000/control')).status, 404);
      assert.equal((await get('/nowhere')).status, 404);
    });

    test("GET /events/:id gives its articles and each telling highlighted, the page's markup escaped", async () => {
      const [idlib] = (await json<{ events: StoredEvent[] }>('/events?location=Idlib')).events;
      const r = await get(`/events/${idlib!.id}`);
      const raw = await r.text();
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
      assert.ok(!raw.includes('<script'), 'raw markup in the response');
      const body = JSON.parse(raw) as { articles: Array<{ id: string; text?: string }>; evidence: Array<{ article_id: string; highlighted: string }> };
      assert.ok(body.articles.length >= 2);
      assert.ok(body.articles.every((a) => a.text === undefined));
      const dangerous = body.evidence.find((e) => e.highlighted.includes('alert(1)'));
      assert.ok(dangerous, 'the page sentence with markup in its text is evidence');
      assert.match(dangerous.highlighted, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
      assert.match(dangerous.highlighted, /<mark data-role="trigger">قصفت<\/mark>/);
      for (const e of body.evidence) assert.doesNotMatch(e.highlighted.replace(/<\/?mark[^>]*>/g, ''), /[<>]/);
      const article = await get(`/articles/${dangerous.article_id}`);
      const articleRaw = await article.text();
      assert.ok(!articleRaw.includes('<'), 'raw markup in the article response');
      assert.match((JSON.parse(articleRaw) as { text: string }).text, /<script>alert\(1\)<\/script>/);
    });

    test('events as ACLED CSV with a BOM, as GeoJSON and as JSON lines', async () => {
      const csv = await get('/events.csv?country=SY');
      assert.match(csv.headers.get('content-type')!, /^text\/csv/);
      // fetch's text() drops a BOM: read the bytes.
      const text = Buffer.from(await csv.arrayBuffer()).toString('utf8');
      assert.ok(text.startsWith('\uFEFFevent_id_cnty,event_date'));
      assert.equal(text.trim().split('\r\n').length, 1 + 3);
      const geo = JSON.parse(await (await get('/events.geojson?country=LY')).text()) as { type: string; features: Array<{ geometry: { type: string } }> };
      assert.equal(geo.type, 'FeatureCollection');
      assert.equal(geo.features.length, 2);
      const lines = (await (await get('/events.jsonl?limit=2')).text()).trim().split('\n');
      assert.equal(lines.length, 2);
    });

    test('GET /actors and GET /places/:id/control', async () => {
      const { actors } = await json<{ actors: Array<{ id: string; events: number }> }>('/actors');
      assert.equal(actors.find((a) => a.id === 'sy.islamic-state')?.events, 2);
      const [taken] = (await json<{ events: StoredEvent[] }>('/events?sub_event_type=Government%20regains%20territory')).events;
      const control = await json<{ control: Array<{ controller_id: string }> }>(`/places/${taken!.location_id}/control`);
      assert.deepEqual(control.control.map((c) => c.controller_id), ['sy.islamic-state', 'sy.regime-forces']);
    });

    test('POST /articles needs the key; with it an article is ingested once, and a bad one is refused with its reason', async () => {
      const article = { id: 'p1', published: '2024-08-02', outlet: 'وكالة الشمال', text: 'قصفت الطائرات الحربية مواقع للمسلحين في مدينة إدلب الخميس، ما أسفر عن مقتل ثلاثة منهم.' };
      assert.equal((await post(article)).status, 401);
      assert.equal((await post({ nonsense: true })).status, 401, 'without the key, not even the body is judged');
      assert.equal((await post(article, 'wrong-key-0123456789')).status, 401);
      const added = await post(article, KEY);
      assert.equal(added.status, 201);
      const result = (await added.json()) as { status: string; event_ids: string[] };
      assert.equal(result.status, 'added');
      assert.equal(result.event_ids.length, 1);
      const again = await post(article, KEY);
      assert.equal(again.status, 200);
      assert.deepEqual(((await again.json()) as { event_ids: string[] }).event_ids, result.event_ids);
      assert.equal((await get(`/events/${result.event_ids[0]}`)).status, 200);
      const english = await post({ published: '2024-08-02', text: 'Heavy fighting was reported near the city on Thursday, officials said.' }, KEY);
      assert.equal(english.status, 422);
      assert.match(((await english.json()) as { message: string }).message, /not_arabic/);
      const both = await post({ published: '2024-08-02', text: 'نص', html: '<p>نص</p>' }, KEY);
      assert.equal(both.status, 400);
      assert.match(((await both.json()) as { message: string }).message, /exactly one of text or html/);
    });

    test('POST /articles takes a web page and reads its date and main text', async () => {
      const html = '<html><head><meta property="article:published_time" content="2024-09-05T10:00:00Z"></head><body><nav>الرئيسية</nav><article><p>انفجرت سيارة مفخخة وسط مدينة بنغازي مساء الأربعاء، ما أدى إلى مقتل ستة مدنيين، حسب مصدر أمني.</p></article></body></html>';
      const r = await post({ html, url: 'https://example.org/a' }, KEY);
      assert.equal(r.status, 201, await r.clone().text());
      const { article_id } = (await r.json()) as { article_id: string };
      const stored = await json<{ published: string; text: string }>(`/articles/${article_id}`);
      assert.equal(stored.published, '2024-09-05');
      assert.ok(stored.text.startsWith('انفجرت سيارة مفخخة'));
    });

    test('DELETE /articles/:id needs the key, hides the article from its events, and a sync sees the change', async () => {
      const [benghazi] = (await json<{ events: StoredEvent[] }>('/events?location=Benghazi&end_date=2024-06-01')).events;
      const articleId = benghazi!.article_ids[0]!;
      const del = (key?: string) => fetch(`${base}/articles/${articleId}`, { method: 'DELETE', headers: key ? { authorization: `Bearer ${key}` } : {} });
      const mark = new Date().toISOString();
      assert.equal((await del()).status, 401);
      assert.equal((await del(KEY)).status, 204);
      assert.equal((await del(KEY)).status, 404);
      assert.deepEqual((await json<{ events: StoredEvent[] }>('/events?location=Benghazi&end_date=2024-06-01')).events, []);
      const synced = await json<{ events: StoredEvent[] }>(`/events?since=${encodeURIComponent(mark)}`);
      assert.deepEqual(synced.events.map((e) => [e.id, e.deleted_at !== null]), [[benghazi!.id, true]]);
    });

    test('the OpenAPI document lists every filter, and /docs serves a page', async () => {
      const doc = await json<{ paths: Record<string, { get?: { parameters?: Array<{ name: string }> } }> }>('/docs/json');
      const names = doc.paths['/events']!.get!.parameters!.map((p) => p.name);
      for (const filter of ['start_date', 'country', 'actor', 'bbox', 'q', 'since', 'fields', 'limit', 'cursor']) assert.ok(names.includes(filter), filter);
      assert.ok(doc.paths['/places/{id}/control']);
      const page = await get('/docs');
      assert.equal(page.status, 200);
    });
  });
}
