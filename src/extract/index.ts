/**
 * Article + Lexicon + Gazetteer → EventRecord[]: every trigger that reports news of the day becomes an event
 * frame (actors, place, date, toll, claimant), and tellings of the same event merge into one record.
 */
import type { Gazetteer } from '../gazetteer/index.js';
import { phraseWords, type Lexicon } from '../lexicon/index.js';
import { readArticleContext } from './article-context.js';
import { readArticleDoc } from './article-doc.js';
import { assignTolls } from './assign-tolls.js';
import { describeEvent } from './describe-event.js';
import type { Article, EventRecord } from './event-record.js';
import { frameTrigger } from './frame-trigger.js';
import { checkArticle, type Rejection } from './input-check.js';
import { mergeDrafts } from './merge-events.js';

export type { Article, ActorRef, EventEvidence, EventRecord, EventSpans, GeoPrecision, TimePrecision } from './event-record.js';
export type { Rejection } from './input-check.js';
export { checkArticle, MAX_ARTICLE_CHARS } from './input-check.js';
export { isValidIsoDate } from './calendar.js';
export { articleLineSchema } from './article-schema.js';

export interface ExtractionResult {
  events: EventRecord[];
  rejection: Rejection | null;
}

export { createGeocoder, type GeocodedMention } from './geocode.js';

/** Distance units (كم، كلم، ميل…) → kilometres per unit, from the lexicon. */
export function distanceUnitsOf(lexicon: Lexicon): Map<string, number> {
  return new Map(lexicon.spellings.filter((s) => s.kind === 'distance-unit').map((s) => [lexicon.fold(s.text), s.value as number]));
}

/**
 * A quick test on the folded text: could any trigger be in it? Every trigger's first word, without its article,
 * must appear somewhere as a substring (clitics only add letters around it).
 */
function triggerPrefilter(lexicon: Lexicon): RegExp {
  const stems = new Set(
    lexicon.spellings.filter((s) => s.kind === 'trigger').map((s) => phraseWords(lexicon.fold(s.text))[0]!.replace(/\*$/, '').replace(/^ال(?=..)/, '')),
  );
  return new RegExp([...stems].sort((a, b) => b.length - a.length).join('|'));
}

export function createExtractor(lexicon: Lexicon, gazetteer: Gazetteer): (article: Article) => ExtractionResult {
  const units = distanceUnitsOf(lexicon);
  const mayHoldTrigger = triggerPrefilter(lexicon);

  return (article) => {
    const rejection = checkArticle(article.text, article.published);
    if (rejection) return { events: [], rejection };
    // Most news is not about violence: stop before the costlier stages when nothing could be an event.
    const nt = lexicon.normalize(article.text);
    if (!mayHoldTrigger.test(nt.text)) return { events: [], rejection: null };
    const doc = readArticleDoc(lexicon, nt);
    if (doc.hits.trigger.length === 0) return { events: [], rejection: null };
    const ctx = readArticleContext(article, doc, lexicon, gazetteer, units);
    // A weak word (a killing, a bare "attack") is framed only where no strong trigger shares its sentence.
    const strongSentences = new Set(doc.hits.trigger.filter((t) => t.value.isStrong).map((t) => doc.sentenceOf[t.first]));
    const drafts = doc.hits.trigger
      .filter((t) => t.value.isStrong || !strongSentences.has(doc.sentenceOf[t.first]))
      .flatMap((t) => frameTrigger(ctx, lexicon, t));
    assignTolls(doc, drafts, lexicon.numbers);
    for (const d of drafts) d.record.notes = describeEvent(d.record);
    return { events: mergeDrafts(drafts), rejection: null };
  };
}
