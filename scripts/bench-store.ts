/**
 * `npm run bench:store`: figures, not tests. Ingests the shared conflict corpus into a fresh embedded store
 * (articles/s, with extraction and storing apart), ingests it again (it must add nothing), ingests it in reverse
 * order into another store (the exports must be the same), deletes every 20th article from that one (it must then
 * hold what a store that never had them holds), and times GET /events filtered by country and date
 * range over real HTTP. Then ingests with extraction on worker threads, as `rasd ingest` does for big inputs: the
 * conflict corpus and the first 10,000 articles of the news corpus. With RASD_DATABASE_URL set, the single-thread
 * runs go against that PostgreSQL database too (one rasd may create schemas in). The conflict corpus path may be
 * given as an argument; the shared folder beside the checkout is the default.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/api/index.js';
import { openDatabase } from '../src/db/index.js';
import { availableParallelism } from 'node:os';
import { createExtractPool, ingestCandidates, readSources, type Candidate, type Extract } from '../src/ingest/index.js';
import { formatEvents } from '../src/output/index.js';
import { createPipeline } from '../src/pipeline.js';
import { MAX_LIMIT, openStore, parseEventQuery, type Store, type StoredEvent } from '../src/store/index.js';
import { tuneV8ForBatches } from '../src/tune-v8.js';

// Timed as the CLI runs, with its V8 tiering; RASD_BENCH_V8_DEFAULTS=1 times V8's defaults instead.
if (!process.env.RASD_BENCH_V8_DEFAULTS) tuneV8ForBatches();

const SHARED = path.resolve(process.cwd(), '..', 'shared', 'corpus');
const corpus = process.argv[2] ?? path.join(SHARED, 'conflict-400.jsonl');
const NEWS = path.join(SHARED, 'news-31k-2018.jsonl.gz');
const NEWS_SAMPLE = 10_000;
if (!existsSync(corpus)) {
  console.log(`${corpus}: not found, store benchmark skipped`);
  process.exit(0);
}
const work = mkdtempSync(path.join(tmpdir(), 'rasd-bench-store-'));
const pipeline = createPipeline({ dbPath: path.join(work, 'gazetteer.db') });
let extractMs = 0;
const extract: typeof pipeline.extract = (a) => {
  const t = performance.now();
  const result = pipeline.extract(a);
  extractMs += performance.now() - t;
  return result;
};
// Warm the extractor (lazy gazetteer reads, JIT) so the first store's figure is not a cold start's.
const candidates = await readSources([corpus]);
for (const c of candidates.slice(0, 50)) if ('article' in c) pipeline.extract({ id: null, published: c.article.published, text: c.article.text });

async function exportAll(store: Store): Promise<{ csv: string; events: StoredEvent[] }> {
  const events: StoredEvent[] = [];
  for (let cursor: string | null = null; ; ) {
    const page = await store.listEvents(parseEventQuery({ limit: String(MAX_LIMIT), ...(cursor ? { cursor } : {}) }));
    events.push(...page.events);
    if (!(cursor = page.next_cursor)) break;
  }
  return { csv: formatEvents(events, 'csv'), events };
}

async function ingestTimed(label: string, store: Store, input: readonly Candidate[], extractWith: Extract = extract): Promise<void> {
  extractMs = 0;
  const t = performance.now();
  const summary = await ingestCandidates(input, store, extractWith);
  const seconds = (performance.now() - t) / 1000;
  const rate = (summary.added + summary.skipped.length) / seconds;
  const storeMs = seconds * 1000 - extractMs;
  const split = extractWith === extract ? ` (extraction ${extractMs.toFixed(0)} ms; the store's part ${storeMs.toFixed(0)} ms, ${((input.length / storeMs) * 1000).toFixed(0)} articles/s)` : '';
  console.log(`  ${label}: added ${summary.added}, skipped ${summary.skipped.length}, failed ${summary.failed.length} in ${seconds.toFixed(2)} s → ${rate.toFixed(0)} articles/s${split}`);
}

/** Extraction on every core while the main thread stores; the workers' start-up is timed apart. */
async function benchPool(): Promise<void> {
  const size = availableParallelism();
  const t = performance.now();
  const pool = createExtractPool({ dbPath: pipeline.db.name, dataDir: pipeline.lexicon.dataDir }, size);
  const sample = candidates.find((c) => 'article' in c);
  if (sample && 'article' in sample) await Promise.all(Array.from({ length: size }, () => pool.extract({ id: null, published: sample.article.published, text: sample.article.text })));
  console.log(`SQLite, extraction on ${size} worker threads (started in ${((performance.now() - t) / 1000).toFixed(1)} s):`);
  try {
    await ingestTimed(path.basename(corpus), await openStore({ sqlite: openDatabase(path.join(work, 'pooled.db')), fold: pipeline.lexicon.fold }), candidates, pool.extract);
    if (!existsSync(NEWS)) console.log(`  ${NEWS}: not found, skipped`);
    else {
      const news = (await readSources([NEWS])).slice(0, NEWS_SAMPLE);
      await ingestTimed(`${path.basename(NEWS)}, first ${news.length} lines`, await openStore({ sqlite: openDatabase(path.join(work, 'news.db')), fold: pipeline.lexicon.fold }), news, pool.extract);
    }
  } finally {
    await pool.close();
  }
}

async function timeQueries(store: Store): Promise<void> {
  const { events } = await exportAll(store);
  const counts = new Map<string, number>();
  for (const e of events) if (e.country) counts.set(e.country, (counts.get(e.country) ?? 0) + 1);
  const [country] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  const dates = events.filter((e) => e.country === country).map((e) => e.event_date).sort();
  const url = `/events?country=${country}&start_date=${dates[0]}&end_date=${dates[dates.length - 1]}`;
  const app = await buildApp({ store, extract });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const times: number[] = [];
  let count = 0;
  for (let i = 0; i < 220; i++) {
    const t = performance.now();
    const body = (await (await fetch(base + url)).json()) as { count: number };
    if (i >= 20) times.push(performance.now() - t);
    count = body.count;
  }
  await app.close();
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
  console.log(`  GET ${url} (${count} events a page of at most 100, ${events.length} stored): p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms over ${times.length} requests`);
}

async function benchEngine(label: string, open: (name: string) => Promise<Store>): Promise<void> {
  console.log(`${label}: ${path.basename(corpus)}, ${candidates.length} lines`);
  const store = await open('forward');
  await ingestTimed('first ingest', store, candidates);
  const first = await exportAll(store);
  await ingestTimed('second ingest', store, candidates);
  const second = await exportAll(store);
  console.log(`  second ingest changed the events: ${first.csv === second.csv ? 'no' : 'YES'} (${first.events.length} events from ${first.events.reduce((n, e) => n + e.num_articles, 0)} article tellings)`);
  const reversed = await open('reversed');
  await ingestTimed('reverse-order ingest into an empty store', reversed, [...candidates].reverse());
  const back = await exportAll(reversed);
  console.log(`  reverse order gives the same events (CSV export, ids included): ${back.csv === first.csv ? 'yes' : 'NO'}`);
  // Every 20th article withdrawn from the reversed store must leave what a store that never had them holds.
  const withdrawn = new Set(candidates.flatMap((c, i) => ('article' in c && i % 20 === 0 ? [c.article.text.trim()] : [])));
  for (const text of withdrawn) await reversed.deleteArticle((await reversed.findArticleId(text))!);
  const without = await open('without');
  await ingestCandidates(candidates.filter((c) => !('article' in c && withdrawn.has(c.article.text.trim()))), without, extract);
  const same = (await exportAll(reversed)).csv === (await exportAll(without)).csv;
  console.log(`  deleting ${withdrawn.size} articles leaves the events of a store that never had them: ${same ? 'yes' : 'NO'}`);
  await without.close();
  // The extractor has now coded the corpus three times: what a long-running ingest sustains once V8 has compiled
  // its hot paths (the first ingest above pays that warm-up, about half a second of extraction).
  const steady = await open('steady');
  await ingestTimed('steady state, the same articles into an empty store', steady, candidates);
  await steady.close();
  await timeQueries(store);
  await store.close();
  await reversed.close();
}

await benchEngine('SQLite', async (name) => openStore({ sqlite: openDatabase(path.join(work, `${name}.db`)), fold: pipeline.lexicon.fold }));
await benchPool();
const url = process.env.RASD_DATABASE_URL;
if (url) {
  // Each store in a schema of its own, dropped afterwards.
  const pg = (await import('pg')).default;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const schemas: string[] = [];
  await benchEngine('PostgreSQL', async (name) => {
    const schema = `rasd_bench_${name}_${process.pid}`;
    await admin.query(`CREATE SCHEMA ${schema}`);
    schemas.push(schema);
    const scoped = new URL(url);
    scoped.searchParams.set('options', `-c search_path=${schema},public`);
    return openStore({ databaseUrl: scoped.toString(), sqlite: pipeline.db, fold: pipeline.lexicon.fold });
  });
  for (const schema of schemas) await admin.query(`DROP SCHEMA ${schema} CASCADE`);
  await admin.end();
}
