/** Great-circle distance between a predicted place and a gold place, in kilometres. */
const EARTH_RADIUS_KM = 6371.0088;

export interface LatLon {
  latitude: number;
  longitude: number;
}

export function haversineKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Null when the prediction has no coordinates: such a place can never be within any limit. */
export function distanceKm(predicted: { latitude: number | null; longitude: number | null }, gold: LatLon): number | null {
  if (predicted.latitude === null || predicted.longitude === null) return null;
  return haversineKm({ latitude: predicted.latitude, longitude: predicted.longitude }, gold);
}

/** Gold's radius_km widens a limit for vague places but never narrows it. */
export function isWithin(distance: number | null, limitKm: number, radiusKm: number): boolean {
  return distance !== null && distance <= Math.max(limitKm, radiusKm);
}
