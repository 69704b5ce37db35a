/**
 * Files, folders, feeds and URLs → articles (text as stored, so spans point into it) → extraction → store.
 * Idempotent by content hash; every input that cannot be an article is listed with its reason.
 */
export { readSources, type Candidate, type ReadOptions } from './read-sources.js';
export { ingestArticle, ingestCandidates, formatIngestSummary, type Extract, type IngestResult, type IngestSummary } from './ingest-articles.js';
export { readHtmlArticle } from './html-text.js';
export { toIsoDay } from './publication-date.js';
export { createExtractPool, MIN_ARTICLES_FOR_POOL, type ExtractPool } from './extract-pool.js';
