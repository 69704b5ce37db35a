/** rasd's library API: build the pipeline once, then extract events from articles. */
export { createPipeline, type Pipeline, type PipelineOptions } from './pipeline.js';
export type { Article, ActorRef, EventEvidence, EventRecord, EventSpans, ExtractionResult, Rejection } from './extract/index.js';
export { formatEvents, OUTPUT_FORMATS, type OutputFormat } from './output/index.js';
export { RasdError } from './errors.js';
