/**
 * web/ → dist/web/: index.html and hashed files under assets/, which `rasd serve` (src/api/serve-web.ts) serves from
 * the API's origin. Everything the page needs — MapLibre, its worker, country outlines, fonts — is bundled here, so
 * the app works with no network at all.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { defineConfig, type Plugin } from 'vite';

const OUTLINES_MODULE = 'virtual:country-outlines';

/**
 * world-atlas ships TopoJSON; MapLibre reads GeoJSON. Converting at build time lets the map's worker fetch and tile
 * the outlines itself, off the page's main thread (`import { coarse, fine } from 'virtual:country-outlines'` gives
 * the two files' URLs: Natural Earth 1:110m for the first view, 1:50m once zoomed in). Coordinates are rounded to
 * ~100 m, far below what either scale shows.
 */
function countryOutlines(): Plugin {
  const toGeoJson = (scale: string): string => {
    const file = createRequire(import.meta.url).resolve(`world-atlas/countries-${scale}.json`);
    const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection }>;
    const countries = feature(topology, topology.objects.countries) as FeatureCollection;
    // world-atlas is made for spherical projections. On a flat map a ring that crosses the antimeridian (Russia,
    // Fiji) would be drawn straight across the world, and Antarctica's ring runs along the pole: the first are
    // unwrapped past ±180°, which MapLibre draws as it should, and Antarctica (where no event is coded) is left out.
    countries.features = countries.features.filter((f) => f.properties?.name !== 'Antarctica').map((f) => ({ ...f, geometry: unwrapAntimeridian(f.geometry) }));
    return JSON.stringify(countries, (_key, value: unknown) => (typeof value === 'number' ? Math.round(value * 1000) / 1000 : value));
  };
  return {
    name: 'rasd-country-outlines',
    resolveId: (id) => (id === OUTLINES_MODULE ? `\0${OUTLINES_MODULE}` : null),
    load(id) {
      if (id !== `\0${OUTLINES_MODULE}`) return null;
      const url = (scale: string) => {
        const geojson = toGeoJson(scale);
        if (this.meta.watchMode) return JSON.stringify(`data:application/geo+json,${encodeURIComponent(geojson)}`);
        return `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name: `countries-${scale}.geojson`, source: geojson })}`;
      };
      return `export const coarse = ${url('110m')};\nexport const fine = ${url('50m')};`;
    },
  };
}

function unwrapAntimeridian(geometry: Geometry): Geometry {
  const unwrapRing = (ring: Position[]): Position[] => {
    let shift = 0;
    return ring.map(([lon, lat], i) => {
      const previous = ring[i - 1];
      if (previous) {
        const jump = lon! - previous[0]!;
        if (jump > 180) shift -= 360;
        else if (jump < -180) shift += 360;
      }
      return [lon! + shift, lat!];
    });
  };
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
  if (geometry.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing)) };
  return geometry;
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  // No public/ folder: every file must come through the bundle, so nothing is fetched by a name Vite did not write.
  publicDir: false,
  plugins: [countryOutlines()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Fonts and outlines stay files of their own (served with a long cache) rather than base64 inside the bundle.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
    sourcemap: false,
  },
});
