/** PlaceMention + the article's countries → coordinates and ACLED geo precision, with the reason for the choice. */
import { choosePlace, offsetPoint, type Gazetteer, type Place } from '../gazetteer/index.js';
import type { Span } from '../text/index.js';
import type { PlaceMention } from './place-mentions.js';

export interface ResolvedPlace {
  location: string;
  locationAr: string;
  admin1: string | null;
  country: string;
  latitude: number;
  longitude: number;
  precision: 1 | 2 | 3;
  radiusKm: number | null;
  placeId: number;
  span: Span;
  reason: string;
}

export interface PlaceContext {
  gazetteer: Gazetteer;
  countryWeights: ReadonlyMap<string, number>;
  topCountry: string | null;
  covered: ReadonlySet<string>;
  mentionText: (m: PlaceMention) => { text: string; span: Span };
}

/** Resolves every mention; an unknown name borrows the position another mention of it was given. */
export function resolvePlaces(mentions: readonly PlaceMention[], ctx: PlaceContext): Map<PlaceMention, ResolvedPlace> {
  const out = new Map<PlaceMention, ResolvedPlace>();
  const pick = (m: PlaceMention): Place | null => {
    if (m.candidates) return choosePlace(m.candidates, ctx.countryWeights, ctx.covered)?.place ?? null;
    if (m.cue?.kind === 'capital' && ctx.topCountry) return ctx.gazetteer.capital(ctx.topCountry) ?? null;
    return null;
  };
  for (const m of mentions) {
    const { text, span } = ctx.mentionText(m);
    const own = pick(m);
    if (own) {
      const precision = m.isNear ? 2 : (m.cue?.precision ?? 1);
      out.set(m, fromPlace(own, text, span, precision, null, m.candidates && m.candidates.length > 1 ? 'chosen among namesakes' : 'gazetteer name'));
      continue;
    }
    const anchor = m.relation && pick(m.relation.anchor);
    if (anchor && m.relation) {
      const { km, bearing } = m.relation;
      const point = km !== null && bearing !== null && bearing >= 0 ? offsetPoint(anchor.latitude, anchor.longitude, km, bearing) : anchor;
      const reason = `"${text}" is not in the gazetteer; placed ${km !== null && bearing !== null ? `${km} km on bearing ${bearing}° from` : 'near'} ${anchor.name}`;
      out.set(m, { ...fromPlace(anchor, text, span, 2, km, reason), ...point, location: text });
    }
  }
  // The same unknown name met again without its description: reuse the first resolution.
  const byKey = new Map<string, ResolvedPlace>();
  for (const [m, r] of out) if (!byKey.has(m.key)) byKey.set(m.key, r);
  for (const m of mentions) {
    const known = !out.has(m) && byKey.get(m.key);
    if (known) out.set(m, { ...known, span: ctx.mentionText(m).span });
  }
  return out;
}

function fromPlace(place: Place, text: string, span: Span, precision: 1 | 2 | 3, radiusKm: number | null, reason: string): ResolvedPlace {
  return {
    location: place.name,
    locationAr: text,
    admin1: place.admin1,
    country: place.country,
    latitude: place.latitude,
    longitude: place.longitude,
    precision,
    radiusKm,
    placeId: place.id,
    span,
    reason,
  };
}
