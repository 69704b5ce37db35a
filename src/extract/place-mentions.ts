/**
 * ArticleDoc + Gazetteer → PlaceMention[]: gazetteer names, names introduced by a place cue (known or not), the
 * capital, and the descriptors that tie one place to another ("أبوقرين جنوب مدينة مصراتة", "على بعد 95 كم عن سرت").
 */
import type { Gazetteer, GazetteerHit, Place } from '../gazetteer/index.js';
import type { PhraseMatch, PlaceCue } from '../lexicon/index.js';
import type { NumberReader, Token } from '../text/index.js';
import { hasCommaBetween, type ArticleDoc, type Hit } from './article-doc.js';
import { linkDescriptors } from './place-links.js';
import type { PlaceMention } from './place-mention.js';
import { isDateline, isNamePart, isPlacedByWordBefore, isWellKnown, supportedCandidates } from './place-support.js';

const NOT_PLACE_KINDS = [
  'actor', 'trigger', 'weekday', 'month', 'date-word', 'claim', 'background', 'negation', 'hedging', 'weapon', 'instrument',
  'person', 'injury', 'number-qualifier', 'victims', 'pronoun-force', 'affiliation', 'pluperfect', 'locative', 'patient',
] as const;

const UNREAD = 0;
const YES = 1;
const NO = 2;

/** How many words (a preposition, a cue) may stand between a describing adjective and the place it points to. */
const DESCRIPTION_REACH = 3;

/** How far after a place its country may be named: "مدينة طرابلس شمالي لبنان". */
const COUNTRY_REACH = 3;

/** Words taken after a cue as the name of a place the gazetteer does not know: "منطقة بويرات الحسون". */
const MAX_UNKNOWN_WORDS = 2;

export function findPlaceMentions(
  doc: ArticleDoc,
  gazetteer: Gazetteer,
  gazetteerMatches: PhraseMatch<GazetteerHit>[],
  numbers: NumberReader,
  distanceUnits: ReadonlyMap<string, number>,
): PlaceMention[] {
  const { tokens, hits } = doc;
  // Per-word facts are kept in arrays indexed by token: this stage reads them for every word of every article.
  const blocked = new Uint8Array(tokens.length);
  // Words the lexicon already reads as something else are not place names (عناصر، عشرة، بيان…).
  // The lexicon's readings covering each word.
  const claimsAt: Array<Array<{ first: number; last: number }> | undefined> = new Array(tokens.length);
  for (const kind of NOT_PLACE_KINDS) {
    for (const h of hits[kind]) {
      for (let i = h.first; i <= h.last; i++) {
        blocked[i] = 1;
        (claimsAt[i] ??= []).push(h);
      }
    }
  }
  // A number word (عشرة، آلاف) is no place either; read only for the words a name or a cue reaches.
  const numberWord = new Uint8Array(tokens.length);
  const isNumberWord = (i: number) => {
    if (numberWord[i] === UNREAD) numberWord[i] = !tokens[i]!.isNumber && numbers.readNumber(tokens, i) ? YES : NO;
    return numberWord[i] === YES;
  };
  const isBlocked = (i: number) => blocked[i] === 1 || isNumberWord(i);
  // ...unless a longer name holds the whole of what the lexicon read: "ود مدني" is a town, not a civilian.
  const anyBlocked = (first: number, last: number) => {
    for (let i = first; i <= last; i++) {
      if (isNumberWord(i)) return true;
      const heldWhole = (h: { first: number; last: number }) => first <= h.first && h.last <= last && last - first > h.last - h.first;
      if (claimsAt[i]?.some((h) => !heldWhole(h))) return true;
    }
    return false;
  };
  // The longest gazetteer name starting at each word, over words the lexicon has not claimed.
  const gazAt: Array<PhraseMatch<GazetteerHit> | undefined> = new Array(tokens.length);
  for (const m of gazetteerMatches) {
    if (!m.payloads.some((p) => p.kind === 'place') || anyBlocked(m.first, m.last)) continue;
    const known = gazAt[m.first];
    if (!known || m.last > known.last) gazAt[m.first] = m;
  }
  const cueAt: Array<Hit<PlaceCue> | undefined> = new Array(tokens.length);
  for (const h of hits['place-cue']) cueAt[h.first] = h;
  const hitAt = new Uint8Array(tokens.length);
  for (const list of Object.values(hits)) for (const h of list) hitAt[h.first] = 1;
  // An unknown name ends at a function word, a number, any lexicon word, or a word joined by و (وتتقدم): names
  // rarely continue with a conjunction, except those that begin with وادي.
  const isNameWord = (i: number) => {
    const text = tokens[i]!.text;
    if (tokens[i]!.isNumber || isBlocked(i) || cueAt[i] || hitAt[i]) return false;
    if (gazetteer.notNames.get(tokens[i]!.text) === 'stop') return false;
    return !text.startsWith('و') || text.startsWith('واد');
  };

  const countryAt: Array<string | undefined> = new Array(tokens.length);
  const countryNameAt: Array<(PhraseMatch<GazetteerHit> & { iso2: string; isTerritory: boolean }) | undefined> = new Array(tokens.length);
  for (const m of gazetteerMatches) {
    for (const p of m.payloads) {
      if (p.kind !== 'country') continue;
      countryAt[m.first] = p.country.iso2;
      // "داخل الأراضي السورية": an adjective after a noun of territory names the country as a place.
      const isTerritory = hits['territory-noun'].some((h) => h.last === m.first - 1);
      if (p.isName || isTerritory) countryNameAt[m.first] = { ...m, iso2: p.country.iso2, isTerritory };
    }
  }
  // A country name within a few words after a place, with only a preposition or a direction between.
  const countryStatedAfter = (last: number): string | null => {
    for (let i = last + 1; i <= last + COUNTRY_REACH && i < tokens.length; i++) {
      const country = countryAt[i];
      if (country) return country;
      if (!hits.locative.some((h) => h.first === i) && !hits.direction.some((h) => h.first <= i && h.last >= i)) return null;
    }
    return null;
  };

  /** The last word of a name the gazetteer does not know, after a cue ending at `cueLast` (cueLast if none). */
  const unknownNameEnd = (cueLast: number): number => {
    let last = cueLast;
    while (last + 1 < tokens.length && last - cueLast < MAX_UNKNOWN_WORDS && isNameWord(last + 1) && !isBoundary(doc, last, last + 1)) last++;
    return last;
  };

  const mentions: PlaceMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const cue = cueAt[i];
    // Most words start nothing: no cue, no gazetteer name, no country.
    if (!cue && !gazAt[i] && !countryNameAt[i]) continue;
    const at = cue ? cue.last + 1 : i;
    // "المحيطة بمدينة سرت": the last cue of a chain introduces the name.
    if (cue && cueAt[at]) continue;
    // A gazetteer name may begin with its own cue ("منطقة نجران" is also the region's name): then the region and
    // the town named after the cue are both candidates.
    const spanning = cue ? gazAt[cue.first] : undefined;
    const afterCue = gazAt[at];
    const longest = spanning && spanning.last > cue!.last && (!afterCue || spanning.last >= afterCue.last) ? spanning : afterCue;
    // "منطقة أبو دوار": a word that begins names, followed by more of a name, starts an unknown place instead.
    const beginsLongerName = (m: PhraseMatch<GazetteerHit>) =>
      m.first === m.last && isNamePart(doc, gazetteer, m.first) && m.last + 1 < tokens.length && isNameWord(m.last + 1) && !isBoundary(doc, m.last, m.last + 1);
    // "منطقة غازي عنتاب" where only عنتاب is known: the known end of the name is the place.
    const unknownEnd = cue && !longest ? unknownNameEnd(cue.last) : -1;
    // A one-word tail must name a known town: "باب موسى" is not the village موسى somewhere else.
    const isKnownTail = (m: PhraseMatch<GazetteerHit> | undefined) =>
      m?.last === unknownEnd && (m.last > m.first || m.payloads.some((p) => p.kind === 'place' && p.ids.some((id) => isWellKnown(gazetteer.place(id)))));
    const knownTail = () => {
      if (unknownEnd < 0) return undefined;
      for (let k = cue!.last + 2; k <= unknownEnd; k++) if (isKnownTail(gazAt[k])) return gazAt[k];
      return undefined;
    };
    const named = longest && !beginsLongerName(longest) ? longest : knownTail();
    let mention: PlaceMention | null = null;
    const country = cue || isBlocked(i) ? undefined : countryNameAt[i];
    if (country && (country.isTerritory || isPlacedByWordBefore(doc, country))) {
      // "في الصومال", "جنوب ليبيا": the event is placed in the country only (its centre, precision 3).
      const key = wordsOf(tokens, country.first, country.last);
      mention = newMention(country.first, country.last, country, key, [gazetteer.countryPlace(country.iso2)], null);
    } else if (named) {
      // "مدينتي صعدة وحجة": a name joined by و to a cued name shares its cue.
      const prev = mentions[mentions.length - 1];
      const sharesCue = !cue && prev?.cue && prev.last === named.first - 1 && tokens[named.first]!.text.startsWith('و');
      // A "near" word (قرب الحدود) says where, not what: it does not make an ordinary word a place.
      const isCued = Boolean((cue && cue.value.kind !== 'near') || sharesCue);
      // "مقديشو، وأدى الانفجار": after a comma, و may open a new clause rather than continue a list.
      const isSharedAfterComma = Boolean(!cue && sharesCue && hasCommaBetween(doc, named.first - 1, named.first));
      const isCountryName = named.payloads.some((p) => p.kind === 'country');
      if (!isCued && (isCountryName || isDateline(doc, named.first, named.last))) continue;
      const sameEnd = named === spanning && afterCue?.last === spanning.last ? [afterCue, spanning] : [named];
      const ids = [...new Set(sameEnd.flatMap((m) => m.payloads.flatMap((p) => (p.kind === 'place' ? p.ids : []))))];
      const places = supportedCandidates(doc, gazetteer, { first: afterCue && named === spanning ? afterCue.first : named.first, last: named.last, offset: named.offset, isCued, isSharedAfterComma }, ids);
      if (places.length === 0) continue;
      const key = wordsOf(tokens, named.first, named.last);
      mention = newMention(cue ? cue.first : named.first, named.last, named, key, places, cue?.value ?? (sharesCue ? prev!.cue : null));
    } else if (cue?.value.kind === 'capital') {
      mention = newMention(cue.first, cue.last, cue, 'العاصمه', null, cue.value);
    } else if (cue && cue.value.kind !== 'between') {
      const last = unknownNameEnd(cue.last);
      if (last > cue.last) {
        const key = wordsOf(tokens, cue.last + 1, last);
        mention = newMention(cue.first, last, { first: cue.last + 1, last, offset: 0 }, key, null, cue.value);
      }
    }
    if (!mention) continue;
    mention.statedCountry = countryStatedAfter(mention.last);
    // "مجلس نواب طبرق", "محافظة حجة التابعة لإقليم تهامة": the place qualifies something else.
    const endsBefore = (h: { last: number }) => h.last === mention!.first - 1;
    // "باغا المطلة على بحيرة تشاد والقريبة من الكاميرون": the lake and the country describe Baga.
    const describes = (h: { last: number }) => h.last < mention!.nameFirst && mention!.nameFirst - h.last <= DESCRIPTION_REACH;
    mention.isQualifier = hits.institution.some(endsBefore) || hits.affiliation.some(endsBefore) || (!mention.relation && hits.descriptive.some(describes));
    mentions.push(mention);
    i = mention.last;
  }
  linkDescriptors(doc, mentions, numbers, distanceUnits);
  return mentions;
}

function newMention(first: number, last: number, name: { first: number; last: number; offset: number }, key: string, candidates: Place[] | null, cue: PlaceCue | null): PlaceMention {
  return { first, last, nameFirst: name.first, nameLast: name.last, nameOffset: name.offset, key, candidates, cue, relation: null, between: null, isNear: cue?.kind === 'near', bearing: null, isAnchor: false, statedCountry: null, isQualifier: false };
}

/** A comma, point or bracket between two tokens ends a name; quotation marks do not. */
function isBoundary(doc: ArticleDoc, a: number, b: number): boolean {
  return /[،,.;:()\[\]؛!?؟\n]/.test(doc.nt.text.slice(doc.tokens[a]!.end, doc.tokens[b]!.start));
}

/** The folded words of tokens [first, last], a space between: a mention's key. */
function wordsOf(tokens: readonly Token[], first: number, last: number): string {
  let key = tokens[first]!.text;
  for (let k = first + 1; k <= last; k++) key += ' ' + tokens[k]!.text;
  return key;
}

