/**
 * Article + Lexicon + Gazetteer → EventRecord[]: every trigger that reports news of the day becomes an event
 * frame (actors, place, date, toll, claimant), and tellings of the same event merge into one record.
 */
import type { Gazetteer } from '../gazetteer/index.js';
import type { Lexicon } from '../lexicon/index.js';
import { readArticleContext } from './article-context.js';
import { isDefinite, readArticleDoc } from './article-doc.js';
import { assignTolls } from './assign-tolls.js';
import { applyAirForce, findAirForces } from './air-strike-sides.js';
import { withoutStateBombers } from './bombing-sides.js';
import { applyClaims, findClaims } from './claimed-attacks.js';
import { describeEvent } from './describe-event.js';
import type { Article, EventRecord } from './event-record.js';
import { whyNotEvent } from './event-filters.js';
import { frameTrigger } from './frame-trigger.js';
import { checkArticle, type Rejection } from './input-check.js';
import { mergeDrafts } from './merge-events.js';
import { triggerPrefilter } from './trigger-prefilter.js';
import { withoutVagueBackground } from './news-window.js';

export type { Article, ActorRef, EventEvidence, EventRecord, EventSpans, GeoPrecision, TimePrecision } from './event-record.js';
export type { Rejection } from './input-check.js';
export { checkArticle, MAX_ARTICLE_CHARS } from './input-check.js';
export { addDays, daysBetween, isValidIsoDate } from './calendar.js';
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
    // A weak word (a killing, a bare "attack") is framed only where no strong trigger shares its sentence; a
    // definite one ("هذه الغارات") recalls an event told before and leaves the sentence's weak words their say.
    const reporting = doc.hits.trigger.filter((t) => !whyNotEvent(doc, t));
    const strongSentences = new Set(reporting.filter((t) => t.value.isStrong && !isDefinite(doc, t)).map((t) => doc.sentenceOf[t.first]));
    const triggers = reporting.filter((t) => t.value.isStrong || !strongSentences.has(doc.sentenceOf[t.first]));
    if (triggers.length === 0) return { events: [], rejection: null };
    const ctx = readArticleContext(article, doc, lexicon, gazetteer, units);
    const drafts = triggers.flatMap((t) => frameTrigger(ctx, lexicon, t));
    assignTolls(doc, drafts, ctx.tollsIn);
    // Notes describe the merged event: its toll, place and date may come from any of its tellings.
    const events = withoutVagueBackground(mergeDrafts(drafts), article.published);
    withoutStateBombers(events);
    applyClaims(events, findClaims(doc, ctx.actors));
    applyAirForce(events, findAirForces(doc, ctx.actors));
    for (const e of events) e.notes = describeEvent(e);
    return { events, rejection: null };
  };
}
