/**
 * `npm run bench`: figures, not tests. Imports the shared GeoNames + Who's On First files into a fresh store (time,
 * peak memory), then, with the embedded default gazetteer and with the imported one, extracts events from the shared
 * corpora in one process: articles/s, MB/s, p50/p99 per article, geocoding per article, events found.
 * Corpus paths may be given as arguments; the shared folder beside the checkout is the default.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { DEFAULT_DATA_DIR } from '../src/data-dir.js';
import { openDatabase } from '../src/db/index.js';
import { importGazetteerFiles } from '../src/gazetteer/index.js';
import { loadLexicon } from '../src/lexicon/index.js';
import { createPipeline, type Pipeline } from '../src/pipeline.js';
import { tuneV8ForBatches } from '../src/tune-v8.js';

// Timed as the CLI runs, with its V8 tiering; RASD_BENCH_V8_DEFAULTS=1 times V8's defaults instead.
if (!process.env.RASD_BENCH_V8_DEFAULTS) tuneV8ForBatches();

const SHARED = path.resolve(process.cwd(), '..', 'shared');
const corpora = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [path.join(SHARED, 'corpus', 'news-31k-2018.jsonl.gz'), path.join(SHARED, 'corpus', 'conflict-400.jsonl')];
const work = mkdtempSync(path.join(tmpdir(), 'rasd-bench-'));
const rssMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);

interface CorpusArticle {
  id: string;
  published: string | null;
  text: string | null;
}

function readCorpus(file: string): CorpusArticle[] {
  const raw = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as CorpusArticle);
}

async function benchImport(): Promise<string | null> {
  const sources = [path.join(SHARED, 'data', 'geonames'), path.join(SHARED, 'data', 'wof')].filter(existsSync);
  if (sources.length === 0) return null;
  const dbPath = path.join(work, 'imported.db');
  const db = openDatabase(dbPath);
  const t = performance.now();
  const summaries = await importGazetteerFiles(db, sources, { fold: loadLexicon(DEFAULT_DATA_DIR).fold });
  const rows = summaries.reduce((n, s) => n + s.rowsRead, 0);
  console.log(`gazetteer import (${summaries.length} files, ${rows} records from ${sources.map((s) => path.basename(s)).join(' + ')}): ${((performance.now() - t) / 1000).toFixed(1)} s, peak memory so far ${rssMb()} MB`);
  db.close();
  return dbPath;
}

function benchExtraction(label: string, pipeline: Pipeline): void {
  for (const file of corpora) {
    if (!existsSync(file)) {
      console.log(`  ${file}: not found, skipped`);
      continue;
    }
    const articles = readCorpus(file);
    const times: number[] = [];
    let bytes = 0;
    let events = 0;
    let withEvents = 0;
    const start = performance.now();
    for (const a of articles) {
      const t = performance.now();
      const result = pipeline.extract({ id: String(a.id), published: a.published ?? '2018-01-01', text: a.text ?? '' });
      times.push(performance.now() - t);
      bytes += Buffer.byteLength(a.text ?? '');
      events += result.events.length;
      if (result.events.length) withEvents++;
    }
    const seconds = (performance.now() - start) / 1000;
    const geoStart = performance.now();
    for (const a of articles) if (a.text) pipeline.geocode(a.text, a.published ?? '2018-01-01');
    const geocodeMs = (performance.now() - geoStart) / articles.length;
    times.sort((x, y) => x - y);
    const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
    console.log(
      `  [${label}] ${path.basename(file)}: ${articles.length} articles, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s → ` +
        `${(articles.length / seconds).toFixed(0)} articles/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s; p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms; ` +
        `geocoding ${geocodeMs.toFixed(3)} ms/article; ${events} events from ${withEvents} articles`,
    );
  }
}

const imported = await benchImport();
for (const [label, dbPath] of [['embedded default', path.join(work, 'default.db')], ['imported GeoNames+WOF', imported]] as const) {
  if (!dbPath) continue;
  const t0 = performance.now();
  const pipeline = createPipeline({ dbPath });
  const { names, places } = pipeline.gazetteer.size;
  console.log(`${label}: start-up ${(performance.now() - t0).toFixed(0)} ms (${places} places, ${names} Arabic names)`);
  benchExtraction(label, pipeline);
}
console.log(`peak memory (max RSS) over the whole run: ${rssMb()} MB`);
