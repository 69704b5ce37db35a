/**
 * Candidates → store: each article is skipped when its text is already stored (before any extraction), coded by
 * the pipeline's extractor otherwise, refused with the extractor's reason when it is not Arabic news, and saved.
 */
import type { Article, ExtractionResult } from '../extract/index.js';
import type { AddResult, ArticleWithEvents, NewArticle, Store } from '../store/index.js';
import type { Candidate } from './read-sources.js';

/** The pipeline's extractor, or an extraction pool's (which answers later). */
export type Extract = (article: Article) => ExtractionResult | Promise<ExtractionResult>;

const BATCH_SIZE = 100;
/** Articles being read and coded ahead of the one being stored, so a pool's workers never wait for the store. */
const READ_AHEAD = 2 * BATCH_SIZE;

export type IngestResult = AddResult | { status: 'rejected'; reason: string };

export interface IngestSummary {
  added: number;
  /** Event mentions the added articles brought (one article's telling of an event). */
  mentions: number;
  skipped: Array<{ origin: string; reason: string }>;
  failed: Array<{ origin: string; reason: string }>;
}

/** One article in (POST /articles): skipped unread when its text is stored, refused when not Arabic news. */
export async function ingestArticle(given: NewArticle, store: Store, extract: Extract): Promise<IngestResult> {
  const coded = await codeArticle(given, store, extract);
  if ('status' in coded) return coded;
  const [result] = await store.addArticles([coded]);
  return result!;
}

/** Many articles in (rasd ingest): coded ahead of storing, stored a batch per transaction, counted in input order. */
export async function ingestCandidates(candidates: readonly Candidate[], store: Store, extract: Extract, onProgress?: (done: number, total: number) => void): Promise<IngestSummary> {
  const summary: IngestSummary = { added: 0, mentions: 0, skipped: [], failed: [] };
  const count = (origin: string, result: IngestResult) => {
    if (result.status === 'rejected') summary.failed.push({ origin, reason: result.reason });
    else if (result.status === 'duplicate') summary.skipped.push({ origin, reason: `already stored as ${result.article_id}` });
    else {
      summary.added++;
      summary.mentions += result.event_ids.length;
    }
  };
  let batch: Array<{ origin: string; coded: ArticleWithEvents }> = [];
  const flush = async () => {
    const results = await store.addArticles(batch.map((b) => b.coded));
    results.forEach((result, i) => count(batch[i]!.origin, result));
    batch = [];
  };
  const ahead: Array<Promise<ArticleWithEvents | IngestResult | null>> = [];
  let next = 0;
  for (const [i, c] of candidates.entries()) {
    onProgress?.(i, candidates.length);
    while (next < candidates.length && ahead.length < READ_AHEAD) {
      const upcoming = candidates[next++]!;
      ahead.push('article' in upcoming ? codeArticle(upcoming.article, store, extract) : Promise.resolve(null));
    }
    const coded = await ahead.shift()!;
    if ('problem' in c) summary.failed.push({ origin: c.origin, reason: c.problem });
    else if ('passedOver' in c) summary.skipped.push({ origin: c.origin, reason: c.passedOver });
    else if (coded && 'status' in coded) count(c.origin, coded);
    else if (coded) batch.push({ origin: c.origin, coded });
    if (batch.length >= BATCH_SIZE) await flush();
  }
  await flush();
  onProgress?.(candidates.length, candidates.length);
  return summary;
}

/** An article and its events, or why it needs no storing (stored already) or cannot be stored (not Arabic news). */
async function codeArticle(given: NewArticle, store: Store, extract: Extract): Promise<ArticleWithEvents | IngestResult> {
  // A file's final newline or a feed's indentation must not make the same article a different one.
  const article = { ...given, text: given.text.trim() };
  // Extraction is the costly part: a text already stored skips it, and the store answers with its events.
  if (await store.findArticleId(article.text)) return (await store.addArticles([{ article, events: [] }]))[0]!;
  const result = await extract({ id: article.source_id, published: article.published, text: article.text });
  if (result.rejection) return { status: 'rejected', reason: `${result.rejection.code}: ${result.rejection.message}` };
  return { article, events: result.events };
}

export function formatIngestSummary(s: IngestSummary): string {
  const lines = [`added ${s.added} articles (${s.mentions} event mentions), skipped ${s.skipped.length}, failed ${s.failed.length}`];
  // Articles already stored are counted, not listed: re-running an ingest skips them all.
  const stored = s.skipped.filter((k) => k.reason.startsWith('already stored'));
  if (stored.length) lines.push(`  skipped ${stored.length}: already stored (same text)`);
  for (const k of s.skipped) if (!k.reason.startsWith('already stored')) lines.push(`  skipped ${k.origin}: ${k.reason}`);
  for (const f of s.failed) lines.push(`  failed ${f.origin}: ${f.reason}`);
  return lines.join('\n') + '\n';
}
