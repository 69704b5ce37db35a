/** EventRecord[] → a GeoJSON FeatureCollection; events without coordinates are kept with a null geometry. */
import type { EventRecord } from '../extract/index.js';

export function toGeoJson(events: readonly EventRecord[]): string {
  const features = events.map((e) => {
    const { latitude, longitude, ...properties } = e;
    return {
      type: 'Feature' as const,
      geometry: latitude !== null && longitude !== null ? { type: 'Point' as const, coordinates: [longitude, latitude] } : null,
      properties,
    };
  });
  return JSON.stringify({ type: 'FeatureCollection', features }, null, 2) + '\n';
}
