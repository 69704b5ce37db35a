/** Great-circle distance between a predicted place and a gold place, in kilometres. */
import { distanceKm as greatCircleKm } from '../gazetteer/index.js';

export interface LatLon {
  latitude: number;
  longitude: number;
}

/** Null when the prediction has no coordinates: such a place can never be within any limit. */
export function distanceKm(predicted: { latitude: number | null; longitude: number | null }, gold: LatLon): number | null {
  if (predicted.latitude === null || predicted.longitude === null) return null;
  return greatCircleKm(predicted.latitude, predicted.longitude, gold.latitude, gold.longitude);
}

/** Gold's radius_km widens a limit for vague places but never narrows it. */
export function isWithin(distance: number | null, limitKm: number, radiusKm: number): boolean {
  return distance !== null && distance <= Math.max(limitKm, radiusKm);
}
