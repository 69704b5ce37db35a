/**
 * The table of contents: data/ → text tools + lexicon (src/text, src/lexicon) → gazetteer (src/gazetteer) →
 * extraction (src/extract) → output formats (src/output). Each stage is built once; extraction is then a pure
 * function of the article.
 */
import { DEFAULT_DATA_DIR } from './data-dir.js';
import { createExtractor, type ExtractionResult } from './extract/index.js';
import type { Article } from './extract/index.js';
import { loadGazetteer, type Gazetteer } from './gazetteer/index.js';
import { loadLexicon, type Lexicon } from './lexicon/index.js';

export interface Pipeline {
  lexicon: Lexicon;
  gazetteer: Gazetteer;
  extract: (article: Article) => ExtractionResult;
}

export interface PipelineOptions {
  dataDir?: string;
  /** A gazetteer file in the default format, instead of the one built into dist/. */
  gazetteerFile?: string;
}

export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const lexicon = loadLexicon(options.dataDir ?? DEFAULT_DATA_DIR);
  const gazetteer = loadGazetteer(lexicon, options.gazetteerFile);
  return { lexicon, gazetteer, extract: createExtractor(lexicon, gazetteer) };
}
