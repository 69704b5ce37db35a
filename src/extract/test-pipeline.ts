/** One extractor per test process, and a shorthand to code a hand-written sentence. Used only by tests. */
import { DEFAULT_DATA_DIR } from '../data-dir.js';
import { openDatabase } from '../db/index.js';
import { loadGazetteer } from '../gazetteer/index.js';
import { loadLexicon } from '../lexicon/index.js';
import type { Article, EventRecord } from './event-record.js';
import { createExtractor, type ExtractionResult } from './index.js';

let shared: ((article: Article) => ExtractionResult) | null = null;

export function codeText(text: string, published = '2024-03-16'): EventRecord[] {
  if (!shared) {
    const lexicon = loadLexicon(DEFAULT_DATA_DIR);
    shared = createExtractor(lexicon, loadGazetteer(lexicon, openDatabase(':memory:')));
  }
  const result = shared({ id: 't', published, text });
  if (result.rejection) throw new Error(`${result.rejection.code}: ${result.rejection.message}`);
  return result.events;
}
