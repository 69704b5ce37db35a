/** One extraction thread: builds the pipeline on the main thread's gazetteer, then codes each article it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../extract/index.js';
import { createPipeline, type PipelineOptions } from '../pipeline.js';

const pipeline = createPipeline(workerData as PipelineOptions);
parentPort!.on('message', ({ id, article }: { id: number; article: Article }) => {
  parentPort!.postMessage({ id, result: pipeline.extract(article) });
});
