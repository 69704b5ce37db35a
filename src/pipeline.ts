/**
 * The table of contents: data/ → text tools + lexicon (src/text, src/lexicon) → gazetteer (src/gazetteer) →
 * extraction (src/extract) → output formats (src/output). Each stage is built once; extraction is then a pure
 * function of the article.
 */
import { DEFAULT_DATA_DIR } from './data-dir.js';
import { defaultDatabasePath, openDatabase, type Db } from './db/index.js';
import { createExtractor, createGeocoder, distanceUnitsOf, type ExtractionResult, type GeocodedMention } from './extract/index.js';
import type { Article } from './extract/index.js';
import { loadGazetteer, type Gazetteer } from './gazetteer/index.js';
import { loadLexicon, type Lexicon } from './lexicon/index.js';

export interface Pipeline {
  db: Db;
  lexicon: Lexicon;
  gazetteer: Gazetteer;
  extract: (article: Article) => ExtractionResult;
  /** The places a text names, with candidates and reasons (`rasd geocode`). */
  geocode: (text: string, published: string) => { country: string | null; mentions: GeocodedMention[] };
}

export interface PipelineOptions {
  dataDir?: string;
  /** The SQLite file (created and seeded on first use); RASD_DB or the user's data folder when not given. */
  dbPath?: string;
}

export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const lexicon = loadLexicon(options.dataDir ?? DEFAULT_DATA_DIR);
  const db = openDatabase(options.dbPath ?? defaultDatabasePath());
  const gazetteer = loadGazetteer(lexicon, db);
  return { db, lexicon, gazetteer, extract: createExtractor(lexicon, gazetteer), geocode: createGeocoder(lexicon, gazetteer, distanceUnitsOf(lexicon)) };
}
