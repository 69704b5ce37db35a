/** Control mode: each locality that changed hands, coloured by its last known controller at the slider's end date. */
import type { FeatureCollection, Point } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PlaceControl } from '../api/types.js';
import { controlAt } from '../control/control-at.js';
import { colourOfController, UNKNOWN_CONTROLLER_COLOUR } from '../control/controller-colours.js';

export const CONTROL_SOURCE = 'control';
export const CONTROL_LAYER = 'control-places';

export function addControlLayer(map: MapLibreMap): void {
  map.addSource(CONTROL_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer({
    id: CONTROL_LAYER,
    type: 'circle',
    source: CONTROL_SOURCE,
    layout: { visibility: 'none' },
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 6, 9, 11],
      'circle-color': ['get', 'colour'],
      'circle-opacity': ['case', ['get', 'known'], 0.95, 0],
      'circle-stroke-color': ['case', ['get', 'known'], '#202020', UNKNOWN_CONTROLLER_COLOUR],
      'circle-stroke-width': ['case', ['get', 'known'], 1.2, 2],
    },
  });
}

export function controlFeatures(places: readonly PlaceControl[], day: string): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: places
      .filter((p) => p.place.latitude !== null && p.place.longitude !== null)
      .map((p) => {
        const holder = controlAt(p.control, day);
        return {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [p.place.longitude!, p.place.latitude!] },
          properties: { place_id: p.place.id, known: holder !== null, colour: colourOfController(holder?.controller_id ?? null) },
        };
      }),
  };
}
