/**
 * How strongly an article points at each country: country names and adjectives, places found in the text whose
 * namesakes all lie in one country, actors. Only names the text supports as places count: an ordinary word that
 * some gazetteer lists as a village (جنود) says nothing about the country.
 */
import type { GazetteerHit } from '../gazetteer/index.js';
import type { ActorAlias, PhraseMatch } from '../lexicon/index.js';
import type { Hit } from './article-doc.js';
import type { PlaceMention } from './place-mention.js';
import { kindAskedBy } from './resolve-place.js';

export function weighCountries(
  gazetteerMatches: readonly PhraseMatch<GazetteerHit>[],
  mentions: readonly PlaceMention[],
  actorHits: readonly Hit<ActorAlias[]>[],
  covered: ReadonlySet<string>,
): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (iso2: string | null, w: number) => iso2 && weights.set(iso2, (weights.get(iso2) ?? 0) + w);
  for (const m of gazetteerMatches) for (const p of m.payloads) if (p.kind === 'country') add(p.country.iso2, 3);
  for (const m of mentions) {
    // "ولاية زابل": the province its cue asks for speaks for the country, not a town of the same name elsewhere.
    const kind = kindAskedBy(m);
    const asked = (m.candidates ?? []).filter((p) => p.kind === kind);
    const candidates = asked.length > 0 ? asked : (m.candidates ?? []);
    const countries = new Set(candidates.map((p) => p.country).filter((c) => covered.has(c)));
    if (countries.size === 1 && candidates.every((p) => p.kind !== 'country')) add([...countries][0]!, 0.5);
  }
  for (const h of actorHits) {
    const countries = new Set(h.value.map((a) => a.actor.country));
    if (countries.size === 1) add([...countries][0] ?? null, 1);
  }
  return weights;
}

/** The country the article is most about, among those rasd reads news of: "وكالة الأنباء الفرنسية" makes no article French. */
export function topCountry(weights: ReadonlyMap<string, number>, covered: ReadonlySet<string>): string | null {
  let best: string | null = null;
  for (const [c, w] of weights) if (covered.has(c) && (best === null || w > weights.get(best)!)) best = c;
  return best;
}
