/**
 * `rasd ingest PATH…`: files, folders, feeds and URLs into the store, with a progress bar and a summary. A big
 * ingest codes articles on every core (worker threads) while the main thread stores them.
 */
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { availableParallelism } from 'node:os';
import { createExtractPool, formatIngestSummary, ingestCandidates, MIN_ARTICLES_FOR_POOL, readSources } from '../ingest/index.js';
import type { Pipeline } from '../pipeline.js';
import { isoDate } from './iso-date-option.js';
import { openEventStore } from './open-event-store.js';

export function registerIngestCommand(program: Command, openPipeline: () => Pipeline): void {
  program
    .command('ingest')
    .description('store articles and their events: .txt, .html, .jsonl (.gz too), RSS/Atom feeds (file or URL), web pages, folders; the same text twice is stored once')
    .argument('<paths...>', 'files, folders or http(s) URLs')
    .option('--published <date>', 'publication date for .txt files and for pages or feed items that state none, YYYY-MM-DD', isoDate)
    .action(async (paths: string[], opts: { published?: string }) => {
      const pipeline = openPipeline();
      const store = await openEventStore(pipeline);
      try {
        const started = performance.now();
        const candidates = await readSources(paths, { published: opts.published });
        const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ format: 'ingest |{bar}| {value}/{total} articles | {duration_formatted}', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic) : null;
        bar?.start(candidates.length, 0);
        const articles = candidates.filter((c) => 'article' in c).length;
        const pool = articles >= MIN_ARTICLES_FOR_POOL && availableParallelism() > 1 ? createExtractPool({ dbPath: pipeline.db.name, dataDir: pipeline.lexicon.dataDir }) : null;
        const summary = await ingestCandidates(candidates, store, pool?.extract ?? pipeline.extract, (done) => bar?.update(done)).finally(() => pool?.close());
        bar?.stop();
        const seconds = (performance.now() - started) / 1000;
        process.stdout.write(formatIngestSummary(summary));
        process.stderr.write(`rasd: ${candidates.length} inputs in ${seconds.toFixed(1)} s into ${store.engine}\n`);
        if (summary.failed.length > 0) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}
