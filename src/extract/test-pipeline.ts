/** One extractor per test process, and shorthands to code a hand-written sentence. Used only by tests. */
import assert from 'node:assert/strict';
import { DEFAULT_DATA_DIR } from '../data-dir.js';
import { openDatabase } from '../db/index.js';
import { distanceKm, loadGazetteer } from '../gazetteer/index.js';
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

/** The one event a sentence must yield. */
export function codeOne(text: string, published?: string): EventRecord {
  const events = codeText(text, published);
  assert.equal(events.length, 1, `expected one event in "${text}", found ${events.length}: ${events.map((e) => `${e.sub_event_type} @ ${e.location}`).join('; ')}`);
  return events[0]!;
}

/** How far an event was placed from a point, in km. */
export function kmFrom(e: Pick<EventRecord, 'latitude' | 'longitude'>, lat: number, lon: number): number {
  return distanceKm(e.latitude!, e.longitude!, lat, lon);
}
