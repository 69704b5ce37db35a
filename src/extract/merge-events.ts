/**
 * One article's event drafts → its events. A report tells one incident many times (headline, lead, quotes), so
 * tellings merge into one event with every telling as evidence when they agree on place and day:
 * - the same sub-event type, or the same event type within one sentence ("هجوم انتحاري… انفجار");
 * - a weak telling ("مقتل خمسة") joins the strong one it belongs to ("انفجار عبوة ناسفة");
 * - the fighting for a town joins its capture.
 * A telling with no date, or no place, agrees with any.
 */
import type { EventRecord } from './event-record.js';
import { distanceKm } from '../gazetteer/index.js';
import { daysBetween } from './calendar.js';
import { isBombing, isViolent } from './event-types.js';

export interface EventDraft {
  record: EventRecord;
  /** Where the event was placed, to tell two tellings of one event from two events. */
  placeKey: string | null;
  isDated: boolean;
  /** Dated only by the day its source spoke: a telling a day earlier may be the same event, and dates it better. */
  isDayOfSaying: boolean;
  /** Made from a weak trigger (a killing word, a bare "attack"). */
  isWeak: boolean;
  /** Made from a killing word (مقتل): it says people died, not how, so any other telling of the event leads. */
  isKilling: boolean;
  sentence: number;
  /** The trigger's first token, to hand a sentence's death toll to the nearest event. */
  triggerAt: number;
  /** "جراء القصف": a definite event noun with no place of its own names an event told before. */
  isAnaphoric: boolean;
  /** A definite event noun with no date or toll of its own: it may add to an event, never stand alone. */
  isJoinOnly: boolean;
  /** Its sentence opens another incident ("وفي حادث منفصل"): it joins no telling of another sentence. */
  isSeparate: boolean;
  /** How its toll was told: none, vague (سقوط قتلى، عدد من، عشرات), a count, or a count of more dead ("آخران"). */
  tollKind: 'none' | 'vague' | 'counted' | 'additional';
}

const UNDATED_REACH_DAYS = 7;
/** Two places this close (a town and the district around it, two spellings of one place) may hold one event. */
const SAME_PLACE_KM = 15;
/** How far a place told only as "near" or "south of" a town (precision 2) may lie from that town. */
const NEAR_PLACE_KM = 75;
/** How far from a province's centre a town may lie and still be in it, when the gazetteers disagree on its name. */
const PROVINCE_REACH_KM = 150;
/** "انتحاري شن هجوما بسيارة مفخخة" and later "سيارة مفخخة انفجرت": one bombing, the suicide telling the more exact. */
const TERRITORY = new Set(['Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory']);

export function mergeDrafts(drafts: readonly EventDraft[]): EventRecord[] {
  const kept: EventDraft[] = [];
  // The sentence each kept event's toll was read from: tolls of one sentence count different dead and add up.
  const tollSentence = new Map<EventDraft, number>();
  // Captures lead, then strong tellings, so whatever is told first the most specific telling codes the event.
  const rank = (d: EventDraft) => (d.isJoinOnly ? 4 : TERRITORY.has(d.record.sub_event_type) ? 0 : !d.isWeak ? 1 : d.isKilling ? 3 : 2);
  for (const d of [...drafts].sort((a, b) => rank(a) - rank(b))) {
    // A telling joins an event placed where it is placed before one told only at its province's level.
    const candidates = kept.filter((k) => isSameEvent(k, d)).sort((a, b) => Number(b.placeKey === d.placeKey) - Number(a.placeKey === d.placeKey));
    // "وقتل جنديان آخران": more dead belong to the event told just before them.
    const nearestBefore = (k: EventDraft) => (k.sentence <= d.sentence ? d.sentence - k.sentence : Number.MAX_SAFE_INTEGER);
    const same = d.tollKind === 'additional' ? [...candidates].sort((a, b) => nearestBefore(a) - nearestBefore(b))[0] : candidates[0];
    if (same) {
      absorb(same, d);
      addToll(same, d, tollSentence);
    } else if (!d.isJoinOnly) {
      const copy = { ...d, record: { ...d.record, evidence: d.record.evidence.map((e) => ({ ...e })), warnings: [...d.record.warnings] } };
      kept.push(copy);
      if (d.record.fatalities > 0) tollSentence.set(copy, d.sentence);
    }
  }
  for (const k of kept) keepLowestAccount(k.record);
  return kept.sort((a, b) => a.record.spans.trigger.start - b.record.spans.trigger.start).map((k) => k.record);
}

/** Below this share of the highest figure, a smaller count is a breakdown of the dead ("بينهم ثلاثة أطفال"), not another account. */
const ACCOUNT_RATIO = 0.5;

/**
 * Sources that disagree on the dead ("23 قتيلا" says a local official, "20 قتيلا" says the rebels' channel): ACLED
 * codes the lowest figure. Only attributed tellings count, and only when the event's toll is one of them (not a sum).
 */
function keepLowestAccount(r: EventRecord): void {
  const accounts = r.evidence.filter((e) => e.claimant !== null && e.fatalities > 0).map((e) => e.fatalities);
  if (accounts.length < 2 || !accounts.includes(r.fatalities)) return;
  const lowest = Math.min(...accounts);
  if (lowest < r.fatalities && lowest >= ACCOUNT_RATIO * Math.max(...accounts)) r.fatalities = lowest;
}

function isSameEvent(a: EventDraft, b: EventDraft): boolean {
  if (b.isAnaphoric && a.record.event_type === b.record.event_type && isDateCompatible(a, b)) return true;
  const subA = a.record.sub_event_type;
  const subB = b.record.sub_event_type;
  const sameKind =
    subA === subB ||
    (isBombing(subA) && isBombing(subB)) ||
    (a.sentence === b.sentence && a.record.event_type === b.record.event_type) ||
    (b.isWeak && isViolent(a.record.event_type) && isViolent(b.record.event_type));
  // The fighting for a town joins its capture only where it is placed at that town, not "in eastern Libya".
  const isFightForTown = TERRITORY.has(subA) && subB === 'Armed clash' && a.placeKey !== null && b.placeKey !== null;
  if (!sameKind && !isFightForTown) return false;
  if (a.sentence !== b.sentence && (a.isSeparate || b.isSeparate)) return false;
  // "ردا على هجوم نفذته هيئة تحرير الشام" beside the regime's air strikes: a weak telling of another kind whose
  // attacker differs is another event.
  if (b.isWeak && !b.isKilling && a.record.event_type !== b.record.event_type && a.record.actor1 && b.record.actor1 && a.record.actor1.id !== b.record.actor1.id) return false;
  // "الانفجارات التي وقعت في بلدة موبي" after "في ولاية أداماوا": the event told before, placed more precisely; and
  // "مقتل شرطيين في هجوم بمحافظة شمال سيناء" beside "تفجير عبوة في مدينة الشيخ زويد": a weak telling of the province.
  const isOneIncident = (b.isJoinOnly && liesIn(b.record, a.record)) || (b.isWeak && liesIn(a.record, b.record));
  if (a.placeKey && b.placeKey && a.placeKey !== b.placeKey && !areNear(a.record, b.record) && !isOneIncident && !isSameTollNearby(a.record, b.record)) return false;
  if (a.record.country && b.record.country && a.record.country !== b.record.country) return false;
  return isDateCompatible(a, b);
}

/** The same day, or within a week when one telling is undated (a headline, "the attack" carries no date). */
function isDateCompatible(a: EventDraft, b: EventDraft): boolean {
  const gap = Math.abs(daysBetween(a.record.event_date, b.record.event_date));
  return gap === 0 || (gap <= UNDATED_REACH_DAYS && (!a.isDated || !b.isDated)) || (gap === 1 && (a.isDayOfSaying || b.isDayOfSaying));
}

function areNear(a: EventRecord, b: EventRecord): boolean {
  // One name written the same: صعدة the town and صعدة the province.
  if (a.location_ar !== null && a.location_ar === b.location_ar) return true;
  if (a.latitude === null || a.longitude === null || b.latitude === null || b.longitude === null) return false;
  return distanceKm(a.latitude, a.longitude, b.latitude, b.longitude) <= SAME_PLACE_KM;
}

/**
 * "هجوم انتحاري في جنوب العاصمة" and "عملية انتحارية في بولي علم" with six dead each: a place told only as near
 * a town, the same count of dead and a town of that region are one event told twice.
 */
function isSameTollNearby(a: EventRecord, b: EventRecord): boolean {
  if (a.fatalities === 0 || a.fatalities !== b.fatalities || (a.geo_precision !== 2 && b.geo_precision !== 2)) return false;
  if (a.latitude === null || a.longitude === null || b.latitude === null || b.longitude === null) return false;
  return distanceKm(a.latitude, a.longitude, b.latitude, b.longitude) <= NEAR_PLACE_KM;
}

/** "في ولاية أداماوا" and "في بلدة موبي": a town in the province another telling names is that place, told more precisely. */
function liesIn(town: EventRecord, province: EventRecord): boolean {
  if (province.geo_precision !== 3 || province.admin1 === null || (town.geo_precision !== 1 && town.geo_precision !== 2) || town.country !== province.country) return false;
  // Gazetteers name a town's province in their own ways (Bama "in Maiduguri"), so nearness to its centre counts too.
  const isNear = town.latitude !== null && town.longitude !== null && province.latitude !== null && province.longitude !== null &&
    distanceKm(town.latitude, town.longitude, province.latitude, province.longitude) <= PROVINCE_REACH_KM;
  return town.admin1 === province.admin1 || isNear;
}

/** The leading telling keeps its fields; a later one adds evidence and fills what the leader left empty. */
function absorb(into: EventDraft, other: EventDraft): void {
  const r = into.record;
  const o = other.record;
  // A telling that can only join ("هذه الغارات ردا على هجوم … السبت") may carry another clause's day.
  // "اندلع العنف الأسبوع الماضي" dates the onset vaguely: only a day re-dates an event told without one.
  const datesBetter = !other.isJoinOnly && other.isDated && o.time_precision === 1 && (!into.isDated || (into.isDayOfSaying && !other.isDayOfSaying));
  if (datesBetter) {
    into.isDayOfSaying = other.isDayOfSaying;
    r.event_date = o.event_date;
    r.time_precision = o.time_precision;
    into.isDated = true;
  }
  if (r.sub_event_type === 'Remote explosive/landmine/IED' && o.sub_event_type === 'Suicide bomb') Object.assign(r, { sub_event_type: o.sub_event_type, cameo: o.cameo });
  r.actor1 ??= o.actor1;
  // A later telling's sides fill empty ones, but never put one side on both ends.
  const other2 = o.actor2 && o.actor2.id !== r.actor1?.id ? o.actor2 : o.actor1 && o.actor1.id !== r.actor1?.id ? o.actor1 : null;
  r.actor2 ??= other2;
  r.claimant ??= o.claimant;
  // A place named exactly refines one told only as near a town ("في جنوب العاصمة" … "في بولي علم").
  const refines = (other.isJoinOnly && liesIn(o, r)) || (r.geo_precision === 2 && o.geo_precision === 1 && other.placeKey !== null);
  if ((into.placeKey === null && other.placeKey !== null) || refines) {
    Object.assign(r, { location: o.location, location_ar: o.location_ar, admin1: o.admin1, country: o.country, latitude: o.latitude, longitude: o.longitude, geo_precision: o.geo_precision, radius_km: o.radius_km });
    into.placeKey = other.placeKey;
  }
  for (const e of o.evidence) {
    // Two tellings in one sentence ("شنت غارة … قتل فيها اثنان") are one piece of evidence with both their tolls.
    const same = r.evidence.find((x) => x.sentence.start === e.sentence.start);
    if (!same) r.evidence.push({ ...e });
    else if (same !== e) same.fatalities += e.fatalities;
  }
  r.confidence = Math.min(1, Math.max(r.confidence, o.confidence) + 0.05);
}

/**
 * A later telling's toll fills an empty one or replaces a vague plural; within the sentence the toll came from,
 * another counted toll adds ("في صفوفنا مقتل جندي … وفي صفوف العدو مقتل عشرة"), as do "more dead" told anywhere
 * ("وقتل جنديان آخران"), while a toll told again in another sentence does not.
 */
function addToll(into: EventDraft, other: EventDraft, tollSentence: Map<EventDraft, number>): void {
  const r = into.record;
  const o = other.record;
  if (o.fatalities === 0) return;
  const isCounted = other.tollKind === 'counted' || other.tollKind === 'additional';
  if (r.fatalities === 0 || (into.tollKind === 'vague' && isCounted)) {
    r.fatalities = o.fatalities;
    if (o.spans.fatalities) r.spans = { ...r.spans, fatalities: o.spans.fatalities };
    tollSentence.set(into, other.sentence);
    into.tollKind = other.tollKind === 'additional' ? 'counted' : other.tollKind;
  } else if (o.spans.fatalities?.start !== r.spans.fatalities?.start && (tollSentence.get(into) === other.sentence || other.tollKind === 'additional')) {
    r.fatalities += o.fatalities;
  }
}
