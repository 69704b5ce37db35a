/** Great-circle distance and offsets, for "95 كم جنوب سرت" and for scoring places against gold. */
const R = 6371;
const rad = (d: number) => (d * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const a = Math.sin(rad(lat2 - lat1) / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lon2 - lon1) / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The point `km` away from (lat, lon) on `bearing` degrees from north. */
export function offsetPoint(lat: number, lon: number, km: number, bearing: number): { latitude: number; longitude: number } {
  const d = km / R;
  const b = rad(bearing);
  const la = Math.asin(Math.sin(rad(lat)) * Math.cos(d) + Math.cos(rad(lat)) * Math.sin(d) * Math.cos(b));
  const lo = rad(lon) + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(rad(lat)), Math.cos(d) - Math.sin(rad(lat)) * Math.sin(la));
  return { latitude: Math.round(deg(la) * 1e4) / 1e4, longitude: Math.round(deg(lo) * 1e4) / 1e4 };
}
