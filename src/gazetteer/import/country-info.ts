/** A line of GeoNames countryInfo.txt → a country: ISO code, English name, capital, population. */
import type { Db } from '../../db/index.js';
import { COUNTRY_INFO, isInteger, tabCells } from './geonames-columns.js';
import { OTHER_COUNTRY, type RecordImporter } from './import-records.js';

const MALFORMED = `expected ${COUNTRY_INFO.columns} tab-separated columns starting with an ISO 3166 alpha-2 code`;

export function createCountryInfoImporter(db: Db, isWanted: (country: string) => boolean): RecordImporter {
  const upsert = db.prepare('INSERT OR REPLACE INTO countries (iso2, name, capital, population, gn_id) VALUES (?, ?, ?, ?, ?)');
  return {
    table: 'countries',
    importRecord(line) {
      const cells = tabCells(line, COUNTRY_INFO.columns);
      if (!cells || !/^[A-Z]{2}$/.test(cells[COUNTRY_INFO.iso2]!)) return MALFORMED;
      const cell = (i: number) => cells[i]!.trim();
      const iso2 = cell(COUNTRY_INFO.iso2);
      if (!isWanted(iso2)) return OTHER_COUNTRY;
      const gnId = cell(COUNTRY_INFO.geonameId);
      upsert.run(iso2, cell(COUNTRY_INFO.name), cell(COUNTRY_INFO.capital), Number(cell(COUNTRY_INFO.population)) || 0, isInteger(gnId) ? Number(gnId) : null);
      return undefined;
    },
  };
}
