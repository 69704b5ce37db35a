/**
 * Which places a gazetteer name met in running text may stand for. Gazetteers list thousands of villages named
 * like ordinary words or people (المال، الطريق، محمد), so a name counts as a small place only when the words
 * around it support that: a place cue, a direction or "near" word, a list it is joined to, or — for a name of
 * several words — a locative preposition (في، إلى، بـ). Big towns, provincial capitals, regions and hand-kept names need no support; an ordinary word
 * needs a cue; far from the covered countries only a sizeable city will do.
 */
import type { Gazetteer, NotNameKind, Place } from '../gazetteer/index.js';
import type { ArticleDoc } from './article-doc.js';

/** Places this size or larger are known well enough to be named bare. */
const KNOWN_POPULATION = 5_000;
/** Outside the covered countries, only cities this size are worth a guess. */
const MIN_FOREIGN_POPULATION = 50_000;
const CAPITAL_CODES = new Set(['PPLC', 'PPLA', 'PPLA2']);
/** How many words a dateline's place may be followed by before its dash or bracket ("دبي، الإمارات العربية المتحدة"). */
const DATELINE_WORDS = 5;

export interface NameInContext {
  first: number;
  last: number;
  /** Characters of clitic prefix on the first token (ب in بصرواح). */
  offset: number;
  /** A place cue introduces it, or it is joined by و to a cued name. */
  isCued: boolean;
  /** Its cue is shared across a comma (", وكتاف"): enough for a name, not for an ordinary word. */
  isSharedAfterComma: boolean;
}

/** `ids` are read from the store only once the words around the name allow it to be a place at all. */
export function supportedCandidates(doc: ArticleDoc, gazetteer: Gazetteer, name: NameInContext, ids: readonly number[]): Place[] {
  // ك ("as, like") does not stand before a place: كميات is not ك + ميات.
  if (doc.tokens[name.first]!.text.slice(0, name.offset).includes('ك')) return [];
  const word = name.first === name.last ? notNameKind(doc, gazetteer, name.first) : null;
  if (word === 'stop') return [];
  // A word that begins names (باب، سوق، عين) or an ordinary word is a place alone only after a cue (بلدة الباب).
  const isCommon = word === 'common' || word === 'part';
  if (isCommon && (!name.isCued || name.isSharedAfterComma)) return [];
  // A preposition alone supports only a name of several words: "في المقابل" and "بالمسجد" are not villages.
  const isSupported = name.isCued || hasDirectionBefore(doc, name) || opensListOfPlaces(doc, name) || (name.last > name.first && hasLocativeBefore(doc, name));
  return ids.map(gazetteer.place).filter((p) => {
    // Far away, only a sizeable city spelled whole: باروا is not ب + اروا (Arua, Uganda).
    // ...and named as a place: after a cue, a preposition or a direction ("عضته الأفعى ذات الجرس" is no Cascavel).
    if (!gazetteer.covered.has(p.country)) return !isCommon && name.offset === 0 && p.population >= MIN_FOREIGN_POPULATION && (name.isCued || isPlacedByWordBefore(doc, name));
    if (isCommon) return name.isCued;
    return isSupported || isWellKnown(p);
  });
}

export function isWellKnown(p: Place): boolean {
  return p.id < 0 || p.population >= KNOWN_POPULATION || CAPITAL_CODES.has(p.featureCode) || p.kind === 'region' || p.kind === 'country';
}

/** "في البقع، ومديريات باقم وكتاف": a name right before a cued place joined by و heads a list of places. */
function opensListOfPlaces(doc: ArticleDoc, name: { last: number }): boolean {
  return doc.hits['place-cue'].some((h) => h.first === name.last + 1 && h.offset > 0 && doc.tokens[h.first]!.text.startsWith('و'));
}

/** A locative preposition or a direction right before: في الصومال، جنوب ليبيا، بسوريا. */
export function isPlacedByWordBefore(doc: ArticleDoc, name: { first: number; offset: number }): boolean {
  return hasLocativeBefore(doc, name) || hasDirectionBefore(doc, name);
}

/** في X، إلى X، بـX just before. */
function hasLocativeBefore(doc: ArticleDoc, name: { first: number; offset: number }): boolean {
  const prefix = doc.tokens[name.first]!.text.slice(0, name.offset);
  return prefix.includes('ب') || doc.hits.locative.some((h) => h.last === name.first - 1);
}

/** A direction or "near" word just before: جنوب X، قرب X، أطراف X. */
function hasDirectionBefore(doc: ArticleDoc, name: { first: number }): boolean {
  const endsBefore = (h: { last: number }) => h.last === name.first - 1;
  return doc.hits.direction.some(endsBefore) || doc.hits['place-cue'].some((h) => endsBefore(h) && h.value.kind === 'near');
}

/** A word that only begins names (أبو، بيت، عين): "منطقة أبو دوار" is an unknown place, not the village أبو. */
export function isNamePart(doc: ArticleDoc, gazetteer: Gazetteer, i: number): boolean {
  return doc.stemsOf(i).some((v) => gazetteer.notNames.get(v.stem) === 'part');
}

/** How the not-names list reads a word in any of its readings (الحكومة، حكومة، بالحكومة); very short words are common. */
function notNameKind(doc: ArticleDoc, gazetteer: Gazetteer, i: number): NotNameKind | null {
  let found: NotNameKind | null = null;
  for (const v of doc.stemsOf(i)) {
    const kind = gazetteer.notNames.get(v.stem) ?? gazetteer.notNames.get('ال' + v.stem) ?? (v.stem.length <= 2 ? 'common' : null);
    if (kind === 'stop') return kind;
    found ??= kind;
  }
  return found;
}

/**
 * "دبي - العربية.نت", "دبي، الإمارات العربية المتحدة (CNN)—": the place a report was filed from opens a line and a
 * dash or a bracket follows within a few words; it is where the reporter sat, not where the event was.
 */
export function isDateline(doc: ArticleDoc, first: number, last: number): boolean {
  const lineStart = first === 0 || doc.nt.text.slice(doc.tokens[first - 1]!.end, doc.tokens[first]!.start).includes('\n');
  if (!lineStart) return false;
  const end = doc.tokens[Math.min(doc.tokens.length - 1, last + DATELINE_WORDS)]!.end;
  const rest = doc.nt.text.slice(doc.tokens[last]!.end, end);
  const stop = rest.search(/[-–—(]/);
  return stop >= 0 && !rest.slice(0, stop).includes('\n');
}
