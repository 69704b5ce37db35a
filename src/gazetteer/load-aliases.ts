/**
 * Hand-kept Arabic names (data/gazetteer/aliases/*.tsv) as an overlay read at start-up, never stored: names for
 * places the store has (by GeoNames id), and places no gazetteer has (frontlines, bases, crossings).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { DataFileError, readTsv, splitVariants } from '../tsv.js';
import type { Country, Place } from './place.js';

const KINDS = new Set(['city', 'town', 'village', 'district', 'province', 'airport', 'base', 'crossing', 'front', 'camp', 'port', 'field', 'region']);

/**
 * One row: its Arabic names, and the place it describes — which stands on its own (with a negative id) unless the
 * store already has the GeoNames place it links to, which then takes the names.
 */
export interface AliasRow {
  names: string[];
  geonamesId: number | null;
  place: Place;
}

export function loadAliasRows(dir: string, countries: ReadonlySet<string>): AliasRow[] {
  const rows: AliasRow[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort()) {
    const file = path.join(dir, name);
    const fileCountry = name.slice(0, -4).toUpperCase();
    for (const { line, cells } of readTsv(file, ['names_ar', 'name_en', 'latitude', 'longitude', 'kind'])) {
      const lat = Number(cells.latitude);
      const lon = Number(cells.longitude);
      if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) throw new DataFileError(file, line, `expected latitude/longitude, found "${cells.latitude}", "${cells.longitude}"`);
      if (!KINDS.has(cells.kind!)) throw new DataFileError(file, line, `kind: expected one of ${[...KINDS].join(', ')}, found "${cells.kind}"`);
      const country = cells.country || fileCountry;
      if (!countries.has(country)) throw new DataFileError(file, line, `expected a country of data/gazetteer/countries.tsv (a "country" column, or a file named after one), found "${country}"`);
      rows.push({
        names: splitVariants(cells.names_ar),
        geonamesId: cells.geonames_id ? Number(cells.geonames_id) : null,
        place: {
          id: -(rows.length + 1),
          name: cells.name_en!,
          latitude: lat,
          longitude: lon,
          country,
          admin1: cells.admin1 || null,
          featureCode: cells.kind!,
          kind: cells.kind === 'province' || cells.kind === 'region' ? 'region' : cells.kind === 'district' ? 'county' : 'locality',
          population: 0,
          source: `${name}:${line}`,
        },
      });
    }
  }
  return rows;
}

export function loadCountries(file: string): Country[] {
  return readTsv(file, ['iso2', 'name_en', 'names_ar', 'latitude', 'longitude']).map(({ line, cells }) => {
    const latitude = Number(cells.latitude);
    const longitude = Number(cells.longitude);
    if (!(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)) throw new DataFileError(file, line, `expected a centre's latitude/longitude, found "${cells.latitude}", "${cells.longitude}"`);
    const isCovered = (cells.covered ?? 'yes') !== 'no';
    return { iso2: cells.iso2!, name: cells.name_en!, namesAr: splitVariants(cells.names_ar), adjectivesAr: splitVariants(cells.adjectives_ar), latitude, longitude, isCovered };
  });
}

export type NotNameKind = 'stop' | 'common' | 'part';

export function loadNotNames(file: string, fold: (s: string) => string): Map<string, NotNameKind> {
  const out = new Map<string, NotNameKind>();
  for (const { line, cells } of readTsv(file, ['word', 'kind'])) {
    const kind = cells.kind;
    if (kind !== 'stop' && kind !== 'common' && kind !== 'part') throw new DataFileError(file, line, `kind: expected stop, common or part, found "${kind}"`);
    for (const w of splitVariants(cells.word)) out.set(fold(w), kind);
  }
  return out;
}
