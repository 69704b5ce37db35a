/**
 * A trigger → the places of its event: the first town named after it in its sentence (not one that only locates
 * another place) and the places coordinated with it ("غارات على مديريات باقم وكتاف ورازح" is one event in each),
 * else a country named after it ("غارة أمريكية في الصومال"), else the last town before it, else — unless its
 * sentence names a place the gazetteer lacks — the latest town of the three sentences before, else the country its
 * sentence places it in.
 */
import type { ArticleDoc, Hit } from './article-doc.js';
import type { PlaceMention } from './place-mention.js';
import type { ResolvedPlace } from './resolve-place.js';

const CONTEXT_SENTENCES = 3;

export interface EventPlace {
  resolved: ResolvedPlace;
  /** True when the place came from an earlier sentence, not the trigger's own. */
  isFromContext: boolean;
}

export function choosePlacesFor(doc: ArticleDoc, mentions: readonly PlaceMention[], places: ReadonlyMap<PlaceMention, ResolvedPlace>, trigger: Hit<unknown>): EventPlace[] {
  const sentence = doc.sentenceOf[trigger.first]!;
  const heads = mentions.filter((m) => !m.isAnchor && !m.isQualifier && places.has(m));
  const inSentence = heads.filter((m) => doc.sentenceOf[m.first] === sentence);
  // A country ("في الصومال") places an event only when its sentence names no town, and no earlier one does either.
  const isCountry = (m: PlaceMention) => m.candidates?.[0]?.kind === 'country';
  const towns = inSentence.filter((m) => !isCountry(m));
  const after = towns.filter((m) => m.first > trigger.last);
  if (after.length) return coordinated(doc, after).map((m) => ({ resolved: places.get(m)!, isFromContext: false }));
  const countryAfter = inSentence.find((m) => isCountry(m) && m.first > trigger.last);
  if (countryAfter) return [{ resolved: places.get(countryAfter)!, isFromContext: false }];
  const before = towns.filter((m) => m.last < trigger.first).pop();
  if (before) return [{ resolved: places.get(before)!, isFromContext: false }];
  // "في مدينة كوي سنجق", a place the gazetteer lacks: the event is there, not at a place of earlier sentences.
  const namedButUnknown = mentions.some((m) => doc.sentenceOf[m.first] === sentence && m.first > trigger.last && !places.has(m));
  if (namedButUnknown) return [];
  const earlier = heads.filter((m) => !isCountry(m) && doc.sentenceOf[m.first]! < sentence && doc.sentenceOf[m.first]! >= sentence - CONTEXT_SENTENCES).pop();
  if (earlier) return [{ resolved: places.get(earlier)!, isFromContext: true }];
  const country = inSentence.find(isCountry);
  return country ? [{ resolved: places.get(country)!, isFromContext: false }] : [];
}

/** The first place and those joined to it by و or a comma, with nothing else between. */
function coordinated(doc: ArticleDoc, after: PlaceMention[]): PlaceMention[] {
  const chain = [after[0]!];
  for (const next of after.slice(1)) {
    const prev = chain[chain.length - 1]!;
    const gap = doc.nt.text.slice(doc.tokens[prev.last]!.end, doc.tokens[next.first]!.start);
    const joined = next.first === prev.last + 1 && (doc.tokens[next.first]!.text.startsWith('و') || /^\s*[،,]\s*$/.test(gap));
    if (!joined) break;
    if (!chain.some((m) => places(m) === places(next))) chain.push(next);
  }
  return chain;
}

const places = (m: PlaceMention) => m.key;
