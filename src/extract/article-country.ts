/** How strongly an article points at each country: country names and adjectives, unambiguous places, actors. */
import type { GazetteerHit, Place } from '../gazetteer/index.js';
import type { ActorAlias, PhraseMatch } from '../lexicon/index.js';
import type { Hit } from './article-doc.js';

export function weighCountries(
  gazetteerMatches: readonly PhraseMatch<GazetteerHit>[],
  place: (id: number) => Place,
  actorHits: readonly Hit<ActorAlias[]>[],
  covered: ReadonlySet<string>,
): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (iso2: string | null, w: number) => iso2 && weights.set(iso2, (weights.get(iso2) ?? 0) + w);
  for (const m of gazetteerMatches) {
    for (const p of m.payloads) {
      if (p.kind === 'country') add(p.country.iso2, 3);
      else {
        const countries = new Set(p.ids.map((id) => place(id).country).filter((c) => covered.has(c)));
        if (countries.size === 1) add([...countries][0]!, 0.5);
      }
    }
  }
  for (const h of actorHits) {
    const countries = new Set(h.value.map((a) => a.actor.country));
    if (countries.size === 1) add([...countries][0] ?? null, 1);
  }
  return weights;
}

export function topCountry(weights: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  for (const [c, w] of weights) if (best === null || w > weights.get(best)!) best = c;
  return best;
}
