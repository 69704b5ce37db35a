/**
 * `npm run bench`: extraction speed in one process over real corpora (paths as arguments, or the shared corpora
 * beside the checkout): articles/s, MB/s, p50/p99 per article, events found, and peak memory.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { createPipeline } from '../src/pipeline.js';

const SHARED = path.resolve(process.cwd(), '..', 'shared', 'corpus');
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [path.join(SHARED, 'news-31k-2018.jsonl.gz'), path.join(SHARED, 'conflict-400.jsonl')];

const t0 = performance.now();
const pipeline = createPipeline();
const { names, places } = pipeline.gazetteer.size;
console.log(`start-up (lexicon + gazetteer of ${places} places, ${names} Arabic names): ${(performance.now() - t0).toFixed(0)} ms`);

for (const file of files) {
  if (!existsSync(file)) {
    console.log(`${file}: not found, skipped`);
    continue;
  }
  const raw = readFileSync(file);
  const lines = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8').split('\n').filter(Boolean);
  const articles = lines.map((l) => JSON.parse(l) as { id: string; published: string | null; title?: string; text: string });
  const times: number[] = [];
  let bytes = 0;
  let events = 0;
  let withEvents = 0;
  let rejected = 0;
  const start = performance.now();
  for (const a of articles) {
    const t = performance.now();
    const result = pipeline.extract({ id: String(a.id), published: a.published ?? '2018-01-01', text: a.text ?? '' });
    times.push(performance.now() - t);
    bytes += Buffer.byteLength(a.text ?? '');
    events += result.events.length;
    if (result.events.length) withEvents++;
    if (result.rejection) rejected++;
  }
  const seconds = (performance.now() - start) / 1000;
  // Geocoding alone (place mentions, candidates, choice) on the same articles, as `rasd geocode` does it.
  const geoStart = performance.now();
  for (const a of articles) if (a.text) pipeline.geocode(a.text, a.published ?? '2018-01-01');
  const geocodeMs = (performance.now() - geoStart) / articles.length;
  times.sort((x, y) => x - y);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
  console.log(
    `${path.basename(file)}: ${articles.length} articles, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s → ` +
      `${(articles.length / seconds).toFixed(0)} articles/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s; ` +
      `p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms per article; ${events} events from ${withEvents} articles; ${rejected} rejected; ` +
      `geocoding alone ${geocodeMs.toFixed(3)} ms per article`,
  );
}
console.log(`peak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
