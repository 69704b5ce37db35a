/**
 * A line of the GeoNames main table (allCountries.txt, XX.txt, citiesN.txt) → a place: its feature code mapped to a
 * kind, the `name` column as its English name, and the Arabic-letter entries of `alternatenames` as its Arabic names.
 */
import type { PlaceWriter } from '../place-writer.js';
import { kindOfFeature } from '../seed-default.js';
import { arabicNames } from './arabic-name.js';
import { GEONAME, isInteger, tabCells } from './geonames-columns.js';
import { OTHER_COUNTRY, type RecordImporter } from './import-records.js';

const MALFORMED = `expected ${GEONAME.columns} tab-separated columns with a numeric geonameid and coordinates`;

export function createGeonamesPlaceImporter(writer: PlaceWriter, isWanted: (country: string) => boolean): RecordImporter {
  return {
    table: 'places',
    importRecord(line) {
      const cells = tabCells(line, GEONAME.columns);
      if (!cells) return MALFORMED;
      const cell = (i: number) => cells[i]!.trim();
      const id = cell(GEONAME.id);
      const latitude = Number(cell(GEONAME.latitude));
      const longitude = Number(cell(GEONAME.longitude));
      if (!isInteger(id) || cell(GEONAME.latitude) === '' || cell(GEONAME.longitude) === '' || !Number.isFinite(latitude + longitude)) return MALFORMED;
      const country = cell(GEONAME.country);
      if (!isWanted(country)) return OTHER_COUNTRY;
      const name = cell(GEONAME.name);
      const featureCode = cell(GEONAME.featureCode);
      writer.write({
        source: 'geonames',
        sourceId: id,
        gnId: Number(id),
        wofId: null,
        name,
        latitude,
        longitude,
        featureCode,
        kind: kindOfFeature(featureCode),
        country,
        admin1Code: cell(GEONAME.admin1),
        admin2Code: cell(GEONAME.admin2),
        population: Number(cell(GEONAME.population)) || 0,
        names: [...arabicNames(cell(GEONAME.alternateNames).split(',')), { name, lang: 'en' }],
      });
      return undefined;
    },
  };
}
