/**
 * The GeoNames dump tables as readme.txt describes them: tab-separated, no header row, one record a line. Column
 * positions are named here once so the importers and the file-kind check read the same layout.
 */

/** The main 'geoname' table: allCountries.txt, XX.txt, citiesN.txt. */
export const GEONAME = {
  columns: 19,
  id: 0,
  name: 1,
  alternateNames: 3,
  latitude: 4,
  longitude: 5,
  featureCode: 7,
  country: 8,
  admin1: 10,
  admin2: 11,
  population: 14,
} as const;

/** alternateNamesV2.txt and alternatenames/XX.txt (the older alternateNames.txt lacks the last two, from and to). */
export const ALTERNATE_NAME = {
  columns: 10,
  oldColumns: 8,
  geonameId: 1,
  language: 2,
  name: 3,
  isColloquial: 6,
  isHistoric: 7,
} as const;

/** admin1CodesASCII.txt (`CC.code`) and admin2Codes.txt (`CC.a1.a2`): code, name, ascii name, geonameid. */
export const ADMIN_CODE = { columns: 4, code: 0, name: 1, geonameId: 3 } as const;

/** countryInfo.txt, after its `#` comment lines. */
export const COUNTRY_INFO = { columns: 19, iso2: 0, iso3: 1, name: 4, capital: 5, population: 7, geonameId: 16 } as const;

/** A line's tab-separated cells, or null when it has fewer than `columns` of them. */
export function tabCells(line: string, columns: number): string[] | null {
  const cells = line.split('\t');
  return cells.length >= columns ? cells : null;
}

export const isInteger = (s: string | undefined): boolean => s !== undefined && /^\d+$/.test(s);
