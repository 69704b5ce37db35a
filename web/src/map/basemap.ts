/**
 * The offline basemap: country outlines from world-atlas (Natural Earth, shipped as an npm package, turned into
 * GeoJSON files of our own build by vite.config.ts), a sea colour and borders. No tile server, no glyphs, no sprite:
 * the map draws no text, so it never needs a font download (counts and names are HTML around the map instead).
 *
 * The first view uses the 1:110m outlines, in the style from the start so MapLibre's worker tiles them while the page
 * loads. The 1:50m ones (seven times the points, a second of software-rendering work) are added only once the map
 * has rested for a moment zoomed in to where they show a difference, so they never hold up a render someone waits for.
 */
import type { ExpressionSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { coarse, fine } from 'virtual:country-outlines';

const SEA = '#d8e4ec';
const LAND = '#f5f2ea';
const BORDER = '#8f9aa6';
/** From this zoom the 1:50m outlines replace the 1:110m ones. */
const FINE_FROM_ZOOM = 4.5;

const borderWidth: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 2, 0.4, 8, 1.2];
const absolute = (url: string) => new URL(url, location.href).href;

export const BASEMAP_STYLE: StyleSpecification = {
  version: 8,
  // A coarser simplification than MapLibre's default: outlines under points need no more, and
  // every vertex costs in software rendering.
  sources: { 'countries-coarse': { type: 'geojson', data: absolute(coarse), attribution: 'Natural Earth', maxzoom: 6, tolerance: 1 } },
  layers: [
    { id: 'sea', type: 'background', paint: { 'background-color': SEA } },
    // Borders are drawn by their own line layer, so the fill needs no antialiased edge of its own.
    { id: 'land-coarse', type: 'fill', source: 'countries-coarse', paint: { 'fill-color': LAND, 'fill-antialias': false } },
    { id: 'borders-coarse', type: 'line', source: 'countries-coarse', paint: { 'line-color': BORDER, 'line-width': borderWidth } },
  ],
};

/** How long the map must rest, zoomed in, before the 1:50m outlines are loaded. */
const REST_BEFORE_FINE_MS = 1200;

/** Adds the 1:50m outlines under the data layers once the map rests zoomed in; the 1:110m ones then give way. */
export function addFineOutlinesWhenZoomedIn(map: MapLibreMap, beneathLayer: string): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const addFine = () => {
    if (map.getSource('countries-fine')) return;
    map.addSource('countries-fine', { type: 'geojson', data: absolute(fine), attribution: 'Natural Earth', maxzoom: 8, tolerance: 1 });
    map.addLayer({ id: 'land-fine', type: 'fill', source: 'countries-fine', minzoom: FINE_FROM_ZOOM, paint: { 'fill-color': LAND, 'fill-antialias': false } }, beneathLayer);
    map.addLayer({ id: 'borders-fine', type: 'line', source: 'countries-fine', minzoom: FINE_FROM_ZOOM, paint: { 'line-color': BORDER, 'line-width': borderWidth } }, beneathLayer);
    // Until the fine outlines have loaded, the coarse ones show under them; they stop drawing where the fine take over.
    map.once('idle', () => {
      map.setLayerZoomRange('land-coarse', 0, FINE_FROM_ZOOM);
      map.setLayerZoomRange('borders-coarse', 0, FINE_FROM_ZOOM);
    });
    map.off('idle', scheduleIfZoomedIn);
    map.off('movestart', cancel);
  };
  const cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  const scheduleIfZoomedIn = () => {
    cancel();
    if (map.getZoom() >= FINE_FROM_ZOOM - 0.5) timer = setTimeout(addFine, REST_BEFORE_FINE_MS);
  };
  map.on('idle', scheduleIfZoomedIn);
  map.on('movestart', cancel);
}
