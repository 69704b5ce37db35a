/** The real `rasd serve` app on a random port over a fresh SQLite store, filled by real ingest of the given files. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/api/index.js';
import { openDatabase } from '../../src/db/index.js';
import { ingestCandidates, readSources } from '../../src/ingest/index.js';
import type { Pipeline } from '../../src/pipeline.js';
import { openStore, type Store } from '../../src/store/index.js';

export interface RunningRasd {
  base: string;
  store: Store;
  articles: number;
  close(): Promise<void>;
}

export async function startRasd(pipeline: Pipeline, sources: readonly string[], published?: string): Promise<RunningRasd> {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasd-web-'));
  const store = await openStore({ sqlite: openDatabase(path.join(dir, 'events.db')), fold: pipeline.lexicon.fold });
  const summary = await ingestCandidates(await readSources(sources, { published }), store, pipeline.extract);
  const app: FastifyInstance = await buildApp({ store, extract: pipeline.extract });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    base,
    store,
    articles: summary.added,
    async close() {
      await app.close();
      await store.close();
    },
  };
}
