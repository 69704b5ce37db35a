/** Hand-kept Arabic names (data/gazetteer/aliases/*.tsv): add names to known places, or add missing places. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { DataFileError, readTsv, splitVariants } from '../tsv.js';
import type { Country, Place } from './place.js';

const KINDS = new Set(['city', 'town', 'village', 'district', 'province', 'airport', 'base', 'crossing', 'front', 'camp', 'port', 'field', 'region']);

/** Applies every alias file to `places` (mutating names of linked places, appending new ones). */
export function applyAliases(dir: string, places: Place[], countries: ReadonlySet<string>): void {
  const byId = new Map(places.map((p) => [p.id, p]));
  const added: Place[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort()) {
    const file = path.join(dir, name);
    const fileCountry = countries.has(name.slice(0, -4).toUpperCase()) ? name.slice(0, -4).toUpperCase() : null;
    for (const { line, cells } of readTsv(file, ['names_ar', 'name_en', 'latitude', 'longitude', 'kind'])) {
      const lat = Number(cells.latitude);
      const lon = Number(cells.longitude);
      if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) throw new DataFileError(file, line, `expected latitude/longitude, found "${cells.latitude}", "${cells.longitude}"`);
      if (!KINDS.has(cells.kind!)) throw new DataFileError(file, line, `kind: expected one of ${[...KINDS].join(', ')}, found "${cells.kind}"`);
      const names = splitVariants(cells.names_ar);
      const linked = cells.geonames_id ? byId.get(`gn:${cells.geonames_id}`) : undefined;
      if (linked) {
        linked.namesAr.push(...names);
        if (!linked.admin1 && cells.admin1) linked.admin1 = cells.admin1;
        continue;
      }
      added.push({
        id: `alias:${name.replace(/\.tsv$/, '')}:${line}`,
        name: cells.name_en!,
        namesAr: names,
        latitude: lat,
        longitude: lon,
        country: fileCountry ?? nearestCountry(places, lat, lon),
        admin1: cells.admin1 || null,
        featureCode: cells.kind!,
        population: 0,
      });
    }
  }
  places.push(...added);
}

/** Alias files are named after their country (ly.tsv); a row of a regional file (sahel.tsv) takes its nearest town's. */
function nearestCountry(places: readonly Place[], lat: number, lon: number): string {
  let best = places[0];
  let bestD = Infinity;
  for (const p of places) {
    const d = (p.latitude - lat) ** 2 + ((p.longitude - lon) * Math.cos((lat * Math.PI) / 180)) ** 2;
    if (d < bestD) [best, bestD] = [p, d];
  }
  return best?.country ?? 'XX';
}

export function loadCountries(file: string): Country[] {
  return readTsv(file, ['iso2', 'name_en', 'names_ar']).map(({ cells }) => ({
    iso2: cells.iso2!,
    name: cells.name_en!,
    namesAr: splitVariants(cells.names_ar),
    adjectivesAr: splitVariants(cells.adjectives_ar),
  }));
}

export function loadNotNames(file: string, fold: (s: string) => string): Map<string, 'stop' | 'common'> {
  const out = new Map<string, 'stop' | 'common'>();
  for (const { line, cells } of readTsv(file, ['word', 'kind'])) {
    const kind = cells.kind;
    if (kind !== 'stop' && kind !== 'common') throw new DataFileError(file, line, `kind: expected stop or common, found "${kind}"`);
    for (const w of splitVariants(cells.word)) out.set(fold(w), kind);
  }
  return out;
}
