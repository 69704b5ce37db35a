/**
 * The store against real engines (SQLite and PostgreSQL, see store-engines.ts), fed by real ingest and extraction
 * of hand-written articles: idempotence, merging across outlets, order independence, every filter, paging, sync.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { ingestCandidates, readSources, type Candidate } from '../src/ingest/index.js';
import { createPipeline } from '../src/pipeline.js';
import { parseEventQuery, type Store, type StoredEvent } from '../src/store/index.js';
import { engines } from './store-engines.js';

const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const ARTICLES = path.join(root, 'test', 'fixtures', 'store', 'articles.jsonl');
const pipeline = createPipeline({ dbPath: path.join(mkdtempSync(path.join(tmpdir(), 'rasd-pipeline-')), 'rasd.db') });

const all = (store: Store, filters: Record<string, string> = {}) => store.listEvents(parseEventQuery(filters)).then((p) => p.events);
const content = (events: StoredEvent[]) => events.map(({ created_at: _c, updated_at: _u, ...rest }) => rest);

for (const engine of engines) {
  describe(`store on ${engine.name}`, { skip: engine.skip }, () => {
    let store: Store;
    let candidates: Candidate[];
    before(async () => {
      store = await engine.open(pipeline.lexicon.fold);
      candidates = await readSources([ARTICLES]);
    });
    after(async () => {
      await store?.close();
      await engine.cleanup();
    });

    test('the store runs on the engine asked for', () => {
      assert.equal(store.engine, engine.name);
    });

    test('ingesting the same articles twice adds nothing the second time', async () => {
      const first = await ingestCandidates(candidates, store, pipeline.extract);
      assert.equal(first.added, 6);
      assert.deepEqual(first.failed, []);
      const before = await all(store);
      const again = await ingestCandidates(candidates, store, pipeline.extract);
      assert.equal(again.added, 0);
      assert.equal(again.skipped.length, 6);
      assert.deepEqual(await all(store), before);
    });

    test("two outlets' reports of one strike are one event with both articles' evidence and the lower toll", async () => {
      const [idlib] = await all(store, { location: 'Idlib' });
      assert.ok(idlib);
      assert.equal(idlib.num_articles, 2);
      assert.equal(idlib.num_sources, 2);
      assert.equal(idlib.fatalities, 5);
      assert.deepEqual(idlib.fatality_claims.map((c) => c.fatalities).sort(), [5, 7]);
      assert.equal(new Set(idlib.evidence.map((e) => e.article_id)).size, 2);
      assert.equal((await all(store)).length, 5);
    });

    test('ingesting in reverse order gives the same events, ids included', async () => {
      const reversed = await engine.open(pipeline.lexicon.fold);
      try {
        await ingestCandidates([...candidates].reverse(), reversed, pipeline.extract);
        assert.deepEqual(content(await all(reversed)), content(await all(store)));
      } finally {
        await reversed.close();
      }
    });

    test('a batch is clustered once its articles are in: in either order no event is made and dropped within it, and each article, a repeat too, answers with events that stay', async () => {
      const coded = candidates.flatMap((c) => {
        if (!('article' in c)) return [];
        const article = { ...c.article, text: c.article.text.trim() };
        return [{ article, events: pipeline.extract({ id: article.source_id, published: article.published, text: article.text }).events }];
      });
      for (const batch of [coded, [...coded].reverse()]) {
        const fresh = await engine.open(pipeline.lexicon.fold);
        try {
          const results = await fresh.addArticles([...batch, batch[0]!]);
          const everything = await all(fresh, { since: '1970-01-01T00:00:00Z' });
          assert.deepEqual(everything.filter((e) => e.deleted_at !== null).map((e) => e.id), []);
          assert.deepEqual([...new Set(results.flatMap((r) => r.event_ids))].sort(), everything.map((e) => e.id).sort());
          assert.equal(results.at(-1)!.status, 'duplicate');
          assert.deepEqual(results.at(-1)!.event_ids, results[0]!.event_ids);
        } finally {
          await fresh.close();
        }
      }
    });

    test('filters: country and dates, types, actor on either side, inter, fatalities, bbox', async () => {
      const locations = async (filters: Record<string, string>) => (await all(store, filters)).map((e) => e.location).sort();
      assert.deepEqual(await locations({ country: 'LY' }), ['Benghazi', 'Tripoli']);
      assert.deepEqual(await locations({ country: 'sy', start_date: '2024-06-01', end_date: '2024-06-30' }), ['As Sukhnah', 'As Sukhnah']);
      assert.deepEqual(await locations({ sub_event_type: 'Armed clash' }), ['Tripoli']);
      assert.deepEqual(await locations({ event_type: 'Explosions/Remote violence', admin1: 'Benghazi' }), ['Benghazi']);
      assert.deepEqual(await locations({ actor: 'sy.islamic-state' }), ['As Sukhnah', 'As Sukhnah']);
      assert.deepEqual(await locations({ actor: 'ly.lna', inter: '1' }), ['Tripoli']);
      assert.deepEqual(await locations({ fatalities: '4' }), ['Idlib', 'Tripoli']);
      assert.deepEqual(await locations({ bbox: '36,35,37,36.5' }), ['Idlib']);
      assert.deepEqual(await locations({ location: 'بنغازي' }), ['Benghazi']);
    });

    test('text search folds Arabic: قتل finds قُتل, ادلب finds إدلب', async () => {
      assert.deepEqual((await all(store, { q: 'قتل سبعة' })).map((e) => e.location), ['Idlib']);
      assert.deepEqual((await all(store, { q: 'ادلب' })).map((e) => e.location), ['Idlib']);
      assert.deepEqual(await all(store, { q: '100%_' }), []);
    });

    test('pages follow one another by cursor without overlap, newest first', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await store.listEvents(parseEventQuery({ limit: '2', ...(cursor ? { cursor } : {}) }));
        assert.ok(page.events.length <= 2);
        seen.push(...page.events.map((e) => e.event_date));
        cursor = page.next_cursor;
      } while (cursor);
      assert.equal(seen.length, 5);
      assert.deepEqual(seen, [...seen].sort().reverse());
    });

    test('an event with its articles; actors with their counts; who controlled a town and when', async () => {
      const [idlib] = await all(store, { location: 'Idlib' });
      const found = await store.getEvent(idlib!.id);
      assert.deepEqual(found!.articles.map((a) => a.id).sort(), [...idlib!.article_ids].sort());
      const actors = await store.listActors();
      assert.equal(actors.find((a) => a.id === 'sy.islamic-state')?.events, 2);
      const [taken] = await all(store, { sub_event_type: 'Non-state actor overtakes territory' });
      const control = await store.placeControl(taken!.location_id!);
      assert.equal(control!.place.name, 'As Sukhnah');
      assert.deepEqual(control!.control.map((c) => [c.from, c.controller_id]), [['2024-06-09', 'sy.islamic-state'], ['2024-06-20', 'sy.regime-forces']]);
      assert.equal(await store.placeControl('pnothing'), null);
    });

    test('deleting an article re-clusters its event; a sync with since sees the old id deleted and the new one; ingesting it again restores it', async () => {
      const full = content(await all(store));
      const [idlib] = await all(store, { location: 'Idlib' });
      const mark = new Date().toISOString();
      await new Promise((r) => setTimeout(r, 5));
      const firstArticle = idlib!.evidence[0]!.article_id;
      assert.equal(await store.deleteArticle(firstArticle), true);
      assert.equal(await store.deleteArticle(firstArticle), false);
      const [now] = await all(store, { location: 'Idlib' });
      assert.notEqual(now!.id, idlib!.id);
      assert.equal(now!.num_articles, 1);
      const changed = await all(store, { since: mark });
      assert.deepEqual(changed.map((e) => [e.id, e.deleted_at !== null]).sort(), [[idlib!.id, true], [now!.id, false]].sort());
      assert.ok((await store.getArticle(firstArticle))!.deleted_at);
      // Withdrawing an article leaves the events a store that never had it would have, ids included.
      const { text } = (await store.getArticle(firstArticle))!;
      const without = await engine.open(pipeline.lexicon.fold);
      try {
        await ingestCandidates(candidates.filter((c) => !('article' in c) || c.article.text.trim() !== text), without, pipeline.extract);
        const live = (events: StoredEvent[]) => content(events).map(({ deleted_at: _d, ...e }) => e);
        assert.deepEqual(live(await all(without)), live(await all(store)));
      } finally {
        await without.close();
      }
      const again = await ingestCandidates(candidates, store, pipeline.extract);
      assert.equal(again.added, 1);
      assert.deepEqual(content(await all(store)), full);
    });
  });
}
