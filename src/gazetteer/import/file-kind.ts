/**
 * Which gazetteer format a file is in: first by the shape of its first data line (so a renamed dump still imports),
 * then by its name (an empty file, or a .geojson whose feature spans many lines).
 */
import path from 'node:path';
import { ADMIN_CODE, ALTERNATE_NAME, COUNTRY_INFO, GEONAME, isInteger } from './geonames-columns.js';

export type FileKind = 'geonames' | 'alternate-names' | 'admin1' | 'admin2' | 'country-info' | 'wof';

export const KIND_NAMES: Record<FileKind, string> = {
  geonames: 'GeoNames places',
  'alternate-names': 'GeoNames alternate names',
  admin1: 'GeoNames admin1 codes',
  admin2: 'GeoNames admin2 codes',
  'country-info': 'GeoNames country info',
  wof: "Who's On First",
};

export const EXPECTED_FORMATS =
  "a GeoNames dump (allCountries/XX/citiesN .txt or .zip, alternateNamesV2, admin1CodesASCII, admin2Codes, countryInfo) or Who's On First GeoJSON (.geojson, .geojsonl)";

const isCoordinate = (s: string | undefined) => s !== undefined && /^-?\d+(\.\d+)?$/.test(s);

export function kindOfLine(line: string): FileKind | null {
  if (line.startsWith('{')) return 'wof';
  const cells = line.split('\t');
  if (cells.length === GEONAME.columns && isInteger(cells[0]) && isCoordinate(cells[GEONAME.latitude]) && isCoordinate(cells[GEONAME.longitude])) {
    return 'geonames';
  }
  if (cells.length === COUNTRY_INFO.columns && /^[A-Z]{2}$/.test(cells[0]!) && /^[A-Z]{3}$/.test(cells[COUNTRY_INFO.iso3]!)) return 'country-info';
  if ((cells.length === ALTERNATE_NAME.columns || cells.length === ALTERNATE_NAME.oldColumns) && isInteger(cells[0]) && isInteger(cells[1])) {
    return 'alternate-names';
  }
  if (cells.length === ADMIN_CODE.columns) {
    if (/^[A-Z]{2}\.[^.]+$/.test(cells[0]!)) return 'admin1';
    if (/^[A-Z]{2}\.[^.]+\.[^.]+$/.test(cells[0]!)) return 'admin2';
  }
  return null;
}

/** `file` is the path; `entry` the name inside a zip (LY.zip holds LY.txt), when there is one. */
export function kindOfName(file: string, entry?: string): FileKind | null {
  const name = entry ?? path.basename(file);
  if (/^admin1Codes/i.test(name)) return 'admin1';
  if (/^admin2Codes/i.test(name)) return 'admin2';
  if (/^countryInfo/i.test(name)) return 'country-info';
  // alternatenames/LY.zip holds an LY.txt that is not a place table.
  if (/^alternateNames/i.test(name) || path.basename(path.dirname(file)).toLowerCase() === 'alternatenames') return 'alternate-names';
  if (/\.geojsonl?$/i.test(name)) return 'wof';
  if (/^(allCountries|cities\d+|[A-Z]{2}|no-country)\.(txt|zip)$/i.test(name)) return 'geonames';
  return null;
}

/** A .geojson file holds one feature, possibly over many lines; every other format is a record a line. */
export const isWholeFileRecord = (file: string): boolean => /\.geojson$/i.test(file);
