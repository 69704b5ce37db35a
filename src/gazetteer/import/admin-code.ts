/**
 * A line of admin1CodesASCII.txt (`LY.62`) or admin2Codes.txt (`SY.02.1234`) → an admin division's name, which
 * places show as their admin1. A re-import replaces the row, and so the names the default gazetteer guessed.
 */
import type { Db } from '../../db/index.js';
import { ADMIN_CODE, isInteger, tabCells } from './geonames-columns.js';
import { OTHER_COUNTRY, type RecordImporter } from './import-records.js';

export function createAdminCodeImporter(db: Db, level: 1 | 2, isWanted: (country: string) => boolean): RecordImporter {
  const upsert = db.prepare('INSERT OR REPLACE INTO admin_divisions (country, level, code, name, gn_id) VALUES (?, ?, ?, ?, ?)');
  const shape = level === 1 ? /^([A-Z]{2})\.([^.]+)$/ : /^([A-Z]{2})\.([^.]+\.[^.]+)$/;
  const malformed = `expected ${ADMIN_CODE.columns} tab-separated columns starting with a code like ${level === 1 ? 'LY.62' : 'SY.02.1234'}`;
  return {
    table: 'admin_divisions',
    importRecord(line) {
      const cells = tabCells(line, ADMIN_CODE.columns);
      const match = cells && shape.exec(cells[ADMIN_CODE.code]!);
      if (!cells || !match) return malformed;
      const [, country, code] = match;
      if (!isWanted(country!)) return OTHER_COUNTRY;
      const gnId = cells[ADMIN_CODE.geonameId]!.trim();
      upsert.run(country, level, code, cells[ADMIN_CODE.name]!.trim(), isInteger(gnId) ? Number(gnId) : null);
      return undefined;
    },
  };
}
