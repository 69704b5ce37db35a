/**
 * A line of alternateNamesV2.txt or alternatenames/XX.txt → an Arabic name for a place already stored. Current,
 * formal names only: historic and colloquial ones would make rasd see places in words that no longer name them.
 */
import type { Db } from '../../db/index.js';
import type { PlaceWriter } from '../place-writer.js';
import { isArabicName } from './arabic-name.js';
import { ALTERNATE_NAME, isInteger, tabCells } from './geonames-columns.js';
import { OTHER_COUNTRY, type RecordImporter } from './import-records.js';

const MALFORMED = `expected ${ALTERNATE_NAME.columns} (or ${ALTERNATE_NAME.oldColumns}) tab-separated columns with a numeric geonameid`;
const OTHER_LANGUAGE = 'language is not ar';

export function createAlternateNameImporter(db: Db, writer: PlaceWriter, isWanted: (country: string) => boolean): RecordImporter {
  const placeCountry = db.prepare<[number], { country: string }>('SELECT country FROM places WHERE gn_id = ?');
  return {
    table: 'places',
    importRecord(line) {
      // Nearly all of the world file is other languages: look for the language cell before splitting the line.
      if (!line.includes('\tar\t')) return OTHER_LANGUAGE;
      const cells = tabCells(line, ALTERNATE_NAME.oldColumns);
      if (!cells || !isInteger(cells[ALTERNATE_NAME.geonameId])) return MALFORMED;
      if (cells[ALTERNATE_NAME.language] !== 'ar') return OTHER_LANGUAGE;
      if (cells[ALTERNATE_NAME.isHistoric] === '1') return 'historic name';
      if (cells[ALTERNATE_NAME.isColloquial] === '1') return 'colloquial name';
      const name = cells[ALTERNATE_NAME.name]!.trim();
      if (!isArabicName(name)) return 'not in Arabic letters';
      const gnId = Number(cells[ALTERNATE_NAME.geonameId]);
      const place = placeCountry.get(gnId);
      if (!place) return 'place not stored';
      if (!isWanted(place.country)) return OTHER_COUNTRY;
      writer.addNamesByGeonamesId(gnId, [{ name, lang: 'ar' }], 'geonames-alt');
      return undefined;
    },
  };
}
