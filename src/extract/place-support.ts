/**
 * Which places a gazetteer name met in running text may stand for. Gazetteers list thousands of villages named
 * like ordinary words or people (المال، الطريق، محمد), so a name counts as a small place only when the words
 * around it support that: a place cue, a direction or "near" word, a list it is joined to, or — for a name of
 * several words — a locative preposition (في، إلى، بـ). Big towns, provincial capitals, regions and hand-kept names need no support; an ordinary word
 * needs a cue; far from the covered countries only a sizeable city will do.
 */
import type { Gazetteer, Place } from '../gazetteer/index.js';
import type { ArticleDoc } from './article-doc.js';

/** Places this size or larger are known well enough to be named bare. */
const KNOWN_POPULATION = 5_000;
/** Outside the covered countries, only cities this size are worth a guess. */
const MIN_FOREIGN_POPULATION = 50_000;
const CAPITAL_CODES = new Set(['PPLC', 'PPLA', 'PPLA2']);

export interface NameInContext {
  first: number;
  last: number;
  /** Characters of clitic prefix on the first token (ب in بصرواح). */
  offset: number;
  /** A place cue introduces it, or it is joined by و to a cued name. */
  isCued: boolean;
}

export function supportedCandidates(doc: ArticleDoc, gazetteer: Gazetteer, name: NameInContext, candidates: readonly Place[]): Place[] {
  // ك ("as, like") does not stand before a place: كميات is not ك + ميات.
  if (doc.tokens[name.first]!.text.slice(0, name.offset).includes('ك')) return [];
  const isCommon = name.first === name.last && isCommonWord(doc, gazetteer, name.first);
  // A preposition alone supports only a name of several words: "في المقابل" and "بالمسجد" are not villages.
  const isSupported = name.isCued || hasDirectionBefore(doc, name) || (name.last > name.first && hasLocativeBefore(doc, name));
  return candidates.filter((p) => {
    if (!gazetteer.countries.has(p.country)) return !isCommon && p.population >= MIN_FOREIGN_POPULATION;
    if (isCommon) return name.isCued;
    return isSupported || isWellKnown(p);
  });
}

function isWellKnown(p: Place): boolean {
  return p.id < 0 || p.population >= KNOWN_POPULATION || CAPITAL_CODES.has(p.featureCode) || p.kind === 'region' || p.kind === 'country';
}

/** في X، إلى X، بـX just before. */
function hasLocativeBefore(doc: ArticleDoc, name: NameInContext): boolean {
  const prefix = doc.tokens[name.first]!.text.slice(0, name.offset);
  return prefix.includes('ب') || doc.hits.locative.some((h) => h.last === name.first - 1);
}

/** A direction or "near" word just before: جنوب X، قرب X، أطراف X. */
function hasDirectionBefore(doc: ArticleDoc, name: NameInContext): boolean {
  const endsBefore = (h: { last: number }) => h.last === name.first - 1;
  return doc.hits.direction.some(endsBefore) || doc.hits['place-cue'].some((h) => endsBefore(h) && h.value.kind === 'near');
}

/** A one-word name that is an ordinary word in any of its readings (الحكومة، حكومة، بالحكومة). */
export function isCommonWord(doc: ArticleDoc, gazetteer: Gazetteer, i: number): boolean {
  return doc.stems[i]!.some((v) => gazetteer.notNames.has(v.stem) || gazetteer.notNames.has('ال' + v.stem) || v.stem.length <= 2);
}
