/**
 * ArticleContext + one trigger that passed the event filters → its event drafts (one per place it names), or none
 * when it does not report news of the day: background, too old or in the future, a capture with no armed actor or
 * no place, or a weak word with nothing around it to make it an event.
 */
import type { Lexicon, Trigger } from '../lexicon/index.js';
import { toOriginalSpan } from '../text/index.js';
import { assignRoles } from './actor-roles.js';
import type { ArticleContext } from './article-context.js';
import { hitSpan, isDefinite, isHeadlineLine, type Hit } from './article-doc.js';
import { findClaim } from './claims.js';
import { governingDate } from './dates.js';
import type { EventRecord, EventSpans } from './event-record.js';
import { followsUndergoVerb } from './event-filters.js';
import { isBombing, isViolent } from './event-types.js';
import type { EventDraft } from './merge-events.js';
import { isInNewsWindow } from './news-window.js';
import { choosePlacesFor } from './place-for-event.js';
import { isArmed } from './resolve-actor.js';
import { refineSubEvent } from './sub-event.js';


/** A single event's toll stays below this; a larger figure sums a war or a year. */
const TALLY_TOLL = 1000;

export function frameTrigger(ctx: ArticleContext, lexicon: Lexicon, trigger: Hit<Trigger>): EventDraft[] {
  const { doc, article } = ctx;
  const sentence = doc.sentenceOf[trigger.first]!;
  const date = governingDate(doc, ctx.temporal, trigger.first, article.published);
  if (date.isBackground || !isInNewsWindow(date.date, article.published)) return [];
  const inSentence = ctx.actors.filter((a) => doc.sentenceOf[a.first] === sentence);
  const claim = findClaim(doc, trigger, inSentence);
  // "… بحسب الشرطة": the force named as the source of a report is no side of the event.
  // "أعلنت الشرطة مقتل 20 شخصا في انفجارين": who announces a bombing is its claimant, not its bomber.
  const isBombingReporter = claim?.actor && claim.actor.last < trigger.first && isBombing(trigger.value.subEventType);
  const sides = (claim?.isAttribution || isBombingReporter) && claim?.actor ? inSentence.filter((a) => a !== claim.actor) : inSentence;
  const roles = assignRoles(doc, sides, trigger, claim?.actor ?? null, lexicon.numbers);
  const sub = refineSubEvent(doc, trigger, roles);
  const places = choosePlacesFor(doc, ctx.mentions, ctx.places, trigger);
  // Ground changes hands in a town or a region, not in a whole country ("انسحاب أميركا من الاتفاق مع إيران").
  const hasGround = places.some((p) => p.resolved.kind !== 'country');
  if (trigger.value.flags.has('territory') && (!hasGround || !isArmed(roles.actor1?.ref))) return [];
  // "أدت الحرب إلى مقتل 10 آلاف شخص", "مقتل 1450 مسلحا جراء الغارات": a toll in the thousands is a war's or a
  // campaign's tally, and its sentence tells no single event.
  if (ctx.tollsIn(sentence).some((t) => t.value >= TALLY_TOLL)) return [];
  // A weapon other than the trigger word itself (صاروخ is both) lends a weak trigger its context.
  const hasWeapon = doc.hits.instrument.some((h) => doc.sentenceOf[h.first] === sentence && (h.last < trigger.first || h.first > trigger.last));
  // "ما أسفر عن إصابة طفلين": the wounded make a weak word an event as the dead do.
  const hasInjured = doc.hits.injury.some((h) => doc.sentenceOf[h.first] === sentence);
  const hasContext = roles.actor1 || roles.actor2 || hasWeapon || hasInjured;
  // A counted toll makes a killing word an event; "سقوط قتلى" alone does not.
  if (!trigger.value.isStrong && !hasContext && !ctx.tollsIn(sentence).some((t) => !t.isVague)) return [];

  const type = lexicon.acledTypes.get(sub)!;
  // "جراء القصف", "وأدى الانفجار": the event noun with its article, and no place in its own sentence.
  const isAnaphoric = isDefinite(doc, trigger) && (places.length === 0 || places[0]!.isFromContext);
  // "الهجوم", "القصف" name an event the reader already knows of unless their sentence dates or counts it
  // ("التفجير الانتحاري الذي ضرب السوق الجمعة … 45 قتيلا") or it befell someone (تعرضت لـ…).
  const isJoinOnly =
    // A definite participant (المتظاهرين) names people, not an event told before.
    (isDefinite(doc, trigger) && isViolent(trigger.value.eventType) && !date.isExplicit && !ctx.tollsIn(sentence).some((t) => !t.isVague) && !followsUndergoVerb(doc, trigger, true)) ||
    // "وقال مسؤول إن الانفجار أوقع 11 قتيلا": deaths told with no place of their own are the toll of an event told.
    (trigger.value.flags.has('kills') && (places.length === 0 || places[0]!.isFromContext)) ||
    // A title or a link to another story names an event the body tells, or one the article is not about.
    isHeadlineLine(doc, sentence);
  const isSeparate = doc.hits['separate-incident'].some((h) => doc.sentenceOf[h.first] === sentence);
  const range = doc.sentences[sentence]!;
  const sentenceSpan = toOriginalSpan(doc.nt, range.start, range.end);
  const quote = article.text.slice(sentenceSpan.start, sentenceSpan.end);
  const hedging = doc.hits.hedging.filter((h) => doc.sentenceOf[h.first] === sentence).reduce((sum, h) => sum + h.value, 0);
  const first = places[0];
  const confidence = 0.9 - hedging - (trigger.value.isStrong ? 0 : 0.15) - (first ? 0 : 0.2) - (roles.actor1 ? 0 : 0.1) - (first?.isFromContext ? 0.1 : 0);

  return (places.length ? places : [null]).map((place): EventDraft => {
    const r = place?.resolved;
    const spans: EventSpans = {
      trigger: hitSpan(doc, trigger),
      ...(roles.actor1 && { actor1: roles.actor1.ref.span }),
      ...(roles.actor2 && { actor2: roles.actor2.ref.span }),
      ...(r && { place: r.span }),
      ...(date.span && { date: date.span }),
      ...(claim && { claimant: claim.span }),
    };
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
      country: r?.country ?? ctx.country,
      latitude: r?.latitude ?? null,
      longitude: r?.longitude ?? null,
      geo_precision: r?.precision ?? (ctx.country ? 3 : null),
      radius_km: r?.radiusKm ?? null,
      claimant: claim?.text ?? null,
      source: article.outlet ?? null,
      notes: '',
      quote,
      spans,
      evidence: [{ quote, sentence: sentenceSpan, spans, claimant: claim?.text ?? null, fatalities: 0 }],
      confidence: Math.round(Math.max(0.1, Math.min(1, confidence)) * 100) / 100,
      warnings: r ? [] : ['no place named near the event: coded to the country only'],
    };
    // A country-wide place says nothing about which event it is, so it never keeps two tellings apart.
    const isCountryWide = r?.kind === 'country';
    return { record, placeKey: r && !isCountryWide ? `${r.placeId}:${r.location}` : null, isDated: date.isExplicit, isDayOfSaying: date.isDayOfSaying, isWeak: !trigger.value.isStrong, isKilling: trigger.value.flags.has('kills'), sentence, triggerAt: trigger.first, isAnaphoric, isJoinOnly, isSeparate, tollKind: 'none' };
  });
}
