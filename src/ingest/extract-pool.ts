/**
 * Extraction on worker threads, for big ingests: extraction is most of an ingest's time and one article's
 * coding needs nothing from another's, so each core codes articles while the main thread stores them. Each
 * worker loads the lexicon and gazetteer itself (about a second), which only pays off over many articles.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article, ExtractionResult } from '../extract/index.js';
import type { PipelineOptions } from '../pipeline.js';

export interface ExtractPool {
  extract: (article: Article) => Promise<ExtractionResult>;
  close: () => Promise<void>;
}

/** Below this many articles the workers' start-up costs more than they save. */
export const MIN_ARTICLES_FOR_POOL = 1000;

export function createExtractPool(options: PipelineOptions, size = availableParallelism()): ExtractPool {
  const workers = Array.from({ length: Math.max(1, size) }, () => new Worker(new URL('./extract-worker.js', import.meta.url), { workerData: options }));
  const waiting = new Map<number, { resolve: (r: ExtractionResult) => void; reject: (e: Error) => void }>();
  const load = workers.map(() => 0);
  let nextId = 0;
  workers.forEach((worker, w) => {
    worker.on('message', ({ id, result }: { id: number; result: ExtractionResult }) => {
      load[w]!--;
      waiting.get(id)?.resolve(result);
      waiting.delete(id);
    });
    // A worker that dies (a data file it cannot read) fails every article still waiting: nothing is lost silently.
    worker.on('error', (e) => {
      for (const { reject } of waiting.values()) reject(e);
      waiting.clear();
    });
  });
  return {
    extract(article) {
      const id = nextId++;
      const w = load.indexOf(Math.min(...load));
      load[w]!++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        workers[w]!.postMessage({ id, article });
      });
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
