/**
 * The offline basemap: country outlines from world-atlas (Natural Earth 1:50m, shipped as an npm package, turned into
 * a GeoJSON file of our own build by vite.config.ts), a sea colour and borders. No tile server, no glyphs, no sprite:
 * the map draws no text, so it never needs a font download (counts and names are HTML around the map instead).
 * The outlines are in the style from the start, so MapLibre's worker fetches and tiles them while the page loads.
 */
import type { StyleSpecification } from 'maplibre-gl';
import countriesUrl from 'virtual:country-outlines';

const SEA = '#d8e4ec';
const LAND = '#f5f2ea';
const BORDER = '#8f9aa6';

export const BASEMAP_STYLE: StyleSpecification = {
  version: 8,
  sources: { countries: { type: 'geojson', data: new URL(countriesUrl, location.href).href, attribution: 'Natural Earth', tolerance: 0.6 } },
  layers: [
    { id: 'sea', type: 'background', paint: { 'background-color': SEA } },
    { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': LAND } },
    { id: 'borders', type: 'line', source: 'countries', paint: { 'line-color': BORDER, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.4, 8, 1.2] } },
  ],
};
