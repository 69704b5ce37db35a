/** Picks one place among namesakes: the article's countries first, then curated entries, capitals and size. */
import type { Place } from './place.js';

export interface PlaceChoice {
  place: Place;
  score: number;
  /** Why this candidate won, for `rasd geocode` and the event's notes. */
  reason: string;
}

/** `countryWeights` counts how strongly the article points at each country (actors, country names, other places). */
export function choosePlace(candidates: readonly Place[], countryWeights: ReadonlyMap<string, number>, covered: ReadonlySet<string>): PlaceChoice | null {
  let best: PlaceChoice | null = null;
  const top = Math.max(0, ...countryWeights.values());
  for (const place of candidates) {
    const weight = countryWeights.get(place.country) ?? 0;
    const reasons: string[] = [];
    let score = Math.log10(place.population + 10) / 2;
    if (top > 0 && weight === top) (score += 4), reasons.push(`in the article's country ${place.country}`);
    else if (weight > 0) (score += 2), reasons.push(`country ${place.country} is mentioned`);
    if (covered.has(place.country)) (score += 1), reasons.push('covered region');
    if (place.id < 0) (score += 1), reasons.push('hand-kept name');
    if (place.featureCode === 'PPLC') (score += 1), reasons.push('capital');
    else if (place.featureCode === 'PPLA') score += 0.5;
    if (!best || score > best.score) best = { place, score, reason: reasons.join(', ') || `population ${place.population}` };
  }
  return best;
}
