/**
 * Events as a clustered GeoJSON source and three point layers, one per place precision, so a province centroid can
 * never pass for a strike on that spot:
 *  - precision 1 (a named town): a solid dot;
 *  - precision 2 (near a town, "south of X", "95 km from X"): a pale disc with a ring — somewhere around here;
 *  - precision 3 (a province named alone, placed at its centre): a hollow ring inside a faint area that grows with
 *    the zoom like a real 50 km region would, and no dot at the centre.
 * Size follows fatalities; colour follows the event type.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { ListedEvent } from '../api/types.js';
import { EVENT_TYPE_NAMES } from '../filters/acled-taxonomy.js';
import { EVENT_TYPE_COLOURS, UNKNOWN_TYPE_COLOUR } from './event-colours.js';

export const EVENTS_SOURCE = 'events';
export const EVENT_POINT_LAYERS = ['events-area', 'events-near', 'events-exact'] as const;
const AREA_HALO_LAYER = 'events-area-halo';
/** The lowest data layer: outlines added later go beneath it. */
export const LOWEST_DATA_LAYER = AREA_HALO_LAYER;

export interface EventPointProperties {
  id: string;
  /** Index into EVENT_TYPE_NAMES, or its length for a type the app does not know. */
  type: number;
  fatalities: number;
  precision: 1 | 2 | 3;
}

export function toEventFeatures(events: readonly ListedEvent[]): FeatureCollection<Point, EventPointProperties> {
  const features: Array<Feature<Point, EventPointProperties>> = [];
  for (const e of events) {
    if (e.latitude === null || e.longitude === null) continue;
    const type = EVENT_TYPE_NAMES.indexOf(e.event_type as (typeof EVENT_TYPE_NAMES)[number]);
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [e.longitude, e.latitude] },
      properties: { id: e.id, type: type < 0 ? EVENT_TYPE_NAMES.length : type, fatalities: e.fatalities, precision: e.geo_precision ?? 3 },
    });
  }
  return { type: 'FeatureCollection', features };
}

const typeColour: ExpressionSpecification = ['match', ['get', 'type'], ...EVENT_TYPE_NAMES.flatMap((name, i) => [i, EVENT_TYPE_COLOURS[name]]), UNKNOWN_TYPE_COLOUR] as unknown as ExpressionSpecification;

// Area grows with the square root of the toll, so 100 dead is not drawn a hundred times a single death.
const fatalityRadius: ExpressionSpecification = ['interpolate', ['linear'], ['sqrt', ['get', 'fatalities']], 0, 5, 1, 6, 3, 9, 10, 18, 30, 34];

// 50 km in screen pixels (512-pixel tiles put 78 km in a pixel at zoom 0, and each zoom level halves that), but
// never under 14 px, so the area stays visible when zoomed out.
const fiftyKmInPixels: ExpressionSpecification = ['interpolate', ['exponential', 2], ['zoom'], 0, 14, 4.5, 0.64 * 2 ** 4.5, 16, 0.64 * 2 ** 16];

/** Counts per type, summed by the clusterer, feed the cluster pies (see cluster-markers.ts). */
const clusterProperties = Object.fromEntries([
  ['fatalities', ['+', ['get', 'fatalities']]],
  ['approximate', ['+', ['case', ['>=', ['get', 'precision'], 2], 1, 0]]],
  ...[...EVENT_TYPE_NAMES, 'unknown'].map((_, i) => [`type${i}`, ['+', ['case', ['==', ['get', 'type'], i], 1, 0]]]),
]);

export function addEventLayers(map: MapLibreMap): void {
  map.addSource(EVENTS_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, cluster: true, clusterRadius: 44, clusterMaxZoom: 8, clusterProperties });
  const single = ['!', ['has', 'point_count']] as ExpressionSpecification;
  const ofPrecision = (p: number) => ['all', single, ['==', ['get', 'precision'], p]] as ExpressionSpecification;

  map.addLayer({
    id: AREA_HALO_LAYER,
    type: 'circle',
    source: EVENTS_SOURCE,
    filter: ofPrecision(3),
    paint: { 'circle-radius': fiftyKmInPixels, 'circle-color': typeColour, 'circle-opacity': 0.1, 'circle-blur': 0.4 },
  });
  map.addLayer({
    id: 'events-area',
    type: 'circle',
    source: EVENTS_SOURCE,
    filter: ofPrecision(3),
    paint: { 'circle-radius': ['+', fatalityRadius, 4], 'circle-opacity': 0, 'circle-stroke-color': typeColour, 'circle-stroke-width': 2.5, 'circle-stroke-opacity': 0.95 },
  });
  map.addLayer({
    id: 'events-near',
    type: 'circle',
    source: EVENTS_SOURCE,
    filter: ofPrecision(2),
    paint: { 'circle-radius': ['+', fatalityRadius, 2], 'circle-color': typeColour, 'circle-opacity': 0.35, 'circle-stroke-color': typeColour, 'circle-stroke-width': 2 },
  });
  map.addLayer({
    id: 'events-exact',
    type: 'circle',
    source: EVENTS_SOURCE,
    filter: ofPrecision(1),
    paint: { 'circle-radius': fatalityRadius, 'circle-color': typeColour, 'circle-opacity': 0.92, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5 },
  });
  addSelectedLayer(map);
}

const SELECTED_LAYER = 'events-selected';

/** A black ring around the open event, once it stands apart from its cluster. */
function addSelectedLayer(map: MapLibreMap): void {
  map.addLayer({
    id: SELECTED_LAYER,
    type: 'circle',
    source: EVENTS_SOURCE,
    filter: ['==', ['get', 'id'], ''],
    paint: { 'circle-radius': ['+', fatalityRadius, 7], 'circle-opacity': 0, 'circle-stroke-color': '#000000', 'circle-stroke-width': 2.5 },
  });
}

export function selectEvent(map: MapLibreMap, id: string | null): void {
  map.setFilter(SELECTED_LAYER, ['all', ['!', ['has', 'point_count']], ['==', ['get', 'id'], id ?? '']]);
}

export function setEventLayersVisible(map: MapLibreMap, visible: boolean): void {
  for (const id of [AREA_HALO_LAYER, ...EVENT_POINT_LAYERS, SELECTED_LAYER]) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
}
