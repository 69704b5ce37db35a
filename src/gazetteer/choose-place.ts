/**
 * Ranks namesakes for one place mention: the article's countries first, then nearness to the article's other places
 * and a shared province ("بريف حلب"), the kind of place its cue asks for, curated entries, capitals and size.
 */
import { distanceKm } from './geodesy.js';
import type { Place } from './place.js';

export interface PlaceChoice {
  place: Place;
  score: number;
  /** Why this candidate scored as it did, for `rasd geocode` and the event's notes. */
  reason: string;
}

export interface ChoiceContext {
  /** How strongly the article points at each country (actors, country names, other places). */
  countryWeights: ReadonlyMap<string, number>;
  covered: ReadonlySet<string>;
  /** Places of the same article already resolved without doubt. */
  neighbours: readonly Place[];
  /** The province (or its capital) a hierarchy word ties the mention to: "بلدة بني قيس في محافظة حجة". */
  within: Place | null;
  /** The kind the mention's cue asks for (محافظة → region). */
  kind: Place['kind'] | null;
  /** The country the text names right after the place ("نجران بالسعودية"). */
  country: string | null;
}

const NEAR_KM = 100;
/** A place said to be "in" a province lies within this distance of the province's centre or capital. */
const WITHIN_KM = 150;
const REGION_KM = 300;

export function rankPlaces(candidates: readonly Place[], ctx: ChoiceContext): PlaceChoice[] {
  const top = Math.max(0, ...ctx.countryWeights.values());
  return candidates
    .map((place) => {
      const reasons: string[] = [];
      const add = (points: number, why: string) => {
        score += points;
        reasons.push(why);
      };
      let score = Math.log10(place.population + 10) / 2;
      const weight = ctx.countryWeights.get(place.country) ?? 0;
      if (ctx.country === place.country) add(5, `in ${place.country}, as the text says`);
      if (top > 0 && weight === top) add(4, `in the article's country ${place.country}`);
      else if (weight > 0) add(2, `country ${place.country} is mentioned`);
      if (ctx.covered.has(place.country)) add(1, 'covered region');
      const nearest = Math.min(Infinity, ...ctx.neighbours.filter((n) => n.id !== place.id).map((n) => distanceKm(n.latitude, n.longitude, place.latitude, place.longitude)));
      if (nearest <= NEAR_KM) add(2, `${Math.round(nearest)} km from another place of the article`);
      else if (nearest <= REGION_KM) add(1, `${Math.round(nearest)} km from another place of the article`);
      if (ctx.within && isInside(place, ctx.within)) add(3, `in ${ctx.within.admin1 ?? ctx.within.name}, as the text says`);
      if (ctx.kind && place.kind === ctx.kind) add(1.5, `a ${place.kind}, as its cue says`);
      // A province shares its capital's name; unless the text says province, the town is meant.
      else if (place.kind === 'region' && ctx.kind !== 'region') add(-1.5, 'a province, and the text does not say so');
      if (place.id < 0) add(1, 'hand-kept name');
      if (place.featureCode === 'PPLC') add(1, 'capital');
      else if (place.featureCode === 'PPLA') add(0.5, 'provincial capital');
      return { place, score, reason: reasons.join('; ') || `population ${place.population}` };
    })
    .sort((a, b) => b.score - a.score || b.place.population - a.place.population || a.place.id - b.place.id);
}

/** Whether a place lies in the province (or near the provincial capital) a text names for it. */
export function isInside(place: Place, province: Place): boolean {
  if (place.id === province.id) return false;
  return place.admin1 === province.admin1 || distanceKm(province.latitude, province.longitude, place.latitude, place.longitude) <= WITHIN_KM;
}
