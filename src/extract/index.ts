/**
 * Article + Lexicon + Gazetteer → EventRecord[]: every trigger that reports news of the day becomes an event
 * frame (actors, place, date, toll, claimant), and tellings of the same event merge into one record.
 */
import type { Gazetteer } from '../gazetteer/index.js';
import type { Lexicon, Trigger } from '../lexicon/index.js';
import { toOriginalSpan } from '../text/index.js';
import { assignRoles } from './actor-roles.js';
import { hitSpan, readArticleDoc, type ArticleDoc, type Hit } from './article-doc.js';
import { topCountry, weighCountries } from './article-country.js';
import { addDays } from './calendar.js';
import { findClaim } from './claims.js';
import { findTemporalItems, governingDate } from './dates.js';
import type { Article, EventRecord } from './event-record.js';
import { whyNotEvent } from './event-filters.js';
import { findTolls } from './fatalities.js';
import { checkArticle, type Rejection } from './input-check.js';
import { mergeDrafts, type EventDraft } from './merge-events.js';
import { findPlaceMentions } from './place-mentions.js';
import { choosePlacesFor } from './place-for-event.js';
import { resolvePlaces } from './resolve-place.js';
import { chooseActor, isArmed, toActorRef, type ActorMention } from './resolve-actor.js';
import { refineSubEvent } from './sub-event.js';
import { resolvePronounActors } from './pronoun-actors.js';
import { describeEvent } from './describe-event.js';

export type { Article, ActorRef, EventEvidence, EventRecord, EventSpans, GeoPrecision, TimePrecision } from './event-record.js';
export type { Rejection } from './input-check.js';
export { checkArticle, MAX_ARTICLE_CHARS } from './input-check.js';
export { isValidIsoDate } from './calendar.js';

export interface ExtractionResult {
  events: EventRecord[];
  rejection: Rejection | null;
}

/** Events older than this many days before publication are background, not news. */
const NEWS_WINDOW_DAYS = 30;

export function createExtractor(lexicon: Lexicon, gazetteer: Gazetteer): (article: Article) => ExtractionResult {
  const units = new Map(lexicon.spellings.filter((s) => s.kind === 'distance-unit').map((s) => [lexicon.fold(s.text), s.value as number]));
  const covered = new Set(gazetteer.countries.keys());
  const countryName = (iso2: string) => gazetteer.countries.get(iso2)?.name;

  return (article) => {
    const rejection = checkArticle(article.text, article.published);
    if (rejection) return { events: [], rejection };
    const doc = readArticleDoc(lexicon, article.text);
    if (doc.hits.trigger.length === 0) return { events: [], rejection: null };

    const gazMatches = gazetteer.matcher.findAll(doc.tokens, (i) => doc.stems[i]!);
    const weights = weighCountries(gazMatches, doc.hits.actor, covered);
    const top = topCountry(weights);
    const named = doc.hits.actor.flatMap((h): ActorMention[] => {
      const alias = chooseActor(h.value, article.published, weights);
      if (!alias) return [];
      const span = hitSpan(doc, h);
      const ref = toActorRef(alias, article.text.slice(span.start, span.end), span, top, countryName);
      return [{ first: h.first, last: h.last, prefixLength: h.offset, ref, isPejorative: alias.isPejorative }];
    });
    const actors = [...named, ...resolvePronounActors(doc, named)].sort((a, b) => a.first - b.first);
    const mentions = findPlaceMentions(doc, gazetteer, gazMatches, lexicon.numbers, units);
    const places = resolvePlaces(mentions, {
      gazetteer, countryWeights: weights, topCountry: top, covered,
      mentionText: (m) => {
        const span = hitSpan(doc, { first: m.nameFirst, last: m.nameLast, offset: m.nameOffset });
        return { text: article.text.slice(span.start, span.end), span };
      },
    });
    const temporal = findTemporalItems(doc, article.published);
    const strongSentences = new Set(doc.hits.trigger.filter((t) => t.value.isStrong).map((t) => doc.sentenceOf[t.first]!));

    const frames: Array<{ trigger: Hit<Trigger>; draft: EventDraft }> = [];
    for (const trigger of doc.hits.trigger) {
      const sentence = doc.sentenceOf[trigger.first]!;
      if (!trigger.value.isStrong && strongSentences.has(sentence)) continue;
      if (whyNotEvent(doc, trigger)) continue;
      const date = governingDate(doc, temporal, trigger.first, article.published);
      if (date.isBackground || date.date < addDays(article.published, -NEWS_WINDOW_DAYS) || date.date > addDays(article.published, 1)) continue;
      const inSentence = actors.filter((a) => doc.sentenceOf[a.first] === sentence);
      const claim = findClaim(doc, trigger, inSentence);
      const roles = assignRoles(doc, inSentence, trigger, claim?.actor ?? null);
      const sub = refineSubEvent(doc, trigger, roles);
      const eventPlaces = choosePlacesFor(doc, mentions, places, trigger);
      const place = eventPlaces[0] ?? null;
      const isTerritory = trigger.value.flags.has('territory');
      if (isTerritory && (!place || !roles.actor1 || !isArmed(roles.actor1.ref))) continue;
      const hasContext = roles.actor1 || roles.actor2 || doc.hits.instrument.some((h) => doc.sentenceOf[h.first] === sentence);
      if (!trigger.value.isStrong && !hasContext && findTolls(doc, sentence, lexicon.numbers).length === 0) continue;
      const type = lexicon.acledTypes.get(sub)!;
      const sentenceRange = doc.sentences[sentence]!;
      const sentenceSpan = toOriginalSpan(doc.nt, sentenceRange.start, sentenceRange.end);
      const spans = {
        trigger: hitSpan(doc, trigger),
        ...(roles.actor1 && { actor1: roles.actor1.ref.span }),
        ...(roles.actor2 && { actor2: roles.actor2.ref.span }),
        ...(place && { place: place.resolved.span }),
        ...(date.span && { date: date.span }),
        ...(claim && { claimant: claim.span }),
      };
      const quote = article.text.slice(sentenceSpan.start, sentenceSpan.end);
      const hedges = doc.hits.hedging.filter((h) => doc.sentenceOf[h.first] === sentence).reduce((s, h) => s + h.value, 0);
      const confidence = Math.max(0.1, Math.min(1, 0.9 - hedges - (trigger.value.isStrong ? 0 : 0.15) - (place ? 0 : 0.2) - (roles.actor1 ? 0 : 0.1) - (place?.isFromContext ? 0.1 : 0)));
      for (const place of eventPlaces.length ? eventPlaces : [null]) {
        const r = place?.resolved;
        const eventSpans = r ? { ...spans, place: r.span } : { ...spans };
        const record: EventRecord = {
          article_id: article.id,
          event_type: type.eventType,
          sub_event_type: sub,
          cameo: type.cameo,
          event_date: date.date,
          time_precision: date.precision,
          actor1: roles.actor1?.ref ?? null,
          actor2: roles.actor2?.ref ?? null,
          assoc_actor_1: [],
          assoc_actor_2: [],
          fatalities: 0,
          location: r?.location ?? null,
          location_ar: r?.locationAr ?? null,
          admin1: r?.admin1 ?? null,
          country: r?.country ?? top,
          latitude: r?.latitude ?? null,
          longitude: r?.longitude ?? null,
          geo_precision: r?.precision ?? (top ? 3 : null),
          radius_km: r?.radiusKm ?? null,
          claimant: claim?.text ?? null,
          source: article.outlet ?? null,
          notes: '',
          quote,
          spans: eventSpans,
          evidence: [{ quote, sentence: sentenceSpan, spans: eventSpans }],
          confidence: Math.round(confidence * 100) / 100,
          warnings: place ? [] : ['no place named near the event: coded to the country only'],
        };
        frames.push({ trigger, draft: { record, placeKey: r ? r.placeId + ':' + r.locationAr : null, isDated: date.isExplicit, isWeak: !trigger.value.isStrong, sentence } });
      }
    }
    assignTolls(doc, frames, lexicon);
    for (const f of frames) f.draft.record.notes = describeEvent(f.draft.record);
    return { events: mergeDrafts(frames.map((f) => f.draft)), rejection: null };
  };
}

/**
 * Each toll goes to the event whose trigger is nearest to its killing word in the same sentence; a joint toll for
 * several places is split between their events (the first takes the remainder).
 */
function assignTolls(doc: ArticleDoc, frames: Array<{ trigger: Hit<Trigger>; draft: EventDraft }>, lexicon: Lexicon): void {
  for (const sentence of new Set(frames.map((f) => f.draft.sentence))) {
    const here = frames.filter((f) => f.draft.sentence === sentence);
    for (const toll of findTolls(doc, sentence, lexicon.numbers)) {
      const nearest = here.reduce((a, b) => (Math.abs(b.trigger.first - toll.at) < Math.abs(a.trigger.first - toll.at) ? b : a));
      const sharing = here.filter((f) => f.trigger === nearest.trigger);
      sharing.forEach((f, i) => {
        const r = f.draft.record;
        r.fatalities += Math.floor(toll.value / sharing.length) + (i === 0 ? toll.value % sharing.length : 0);
        r.spans.fatalities ??= toll.span;
      });
    }
  }
}
export { articleLineSchema } from './article-schema.js';
