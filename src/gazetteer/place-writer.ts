/**
 * Writes imported places into the gazetteer store, merging sources: a GeoNames record and a Who's On First record
 * with the same GeoNames id (a WOF concordance) are one place with the names of both. Re-importing a record
 * replaces what that source wrote before and never duplicates.
 */
import type { Db } from '../db/index.js';

export type PlaceSource = 'geonames' | 'wof';
export type PlaceKind = 'country' | 'region' | 'county' | 'locality' | 'neighbourhood' | 'other';

export interface ImportedName {
  name: string;
  lang: 'ar' | 'en';
}

export interface ImportedPlace {
  source: PlaceSource;
  sourceId: string;
  gnId: number | null;
  wofId: number | null;
  name: string;
  latitude: number;
  longitude: number;
  featureCode: string;
  kind: PlaceKind;
  country: string;
  admin1Code: string;
  admin2Code: string;
  population: number;
  names: ImportedName[];
}

export type WriteResult = 'added' | 'updated';

export interface PlaceWriter {
  write(place: ImportedPlace): WriteResult;
  /** Adds names to a place already stored, found by its GeoNames id (alternateNames files); false if there is none. */
  addNamesByGeonamesId(gnId: number, names: ImportedName[], source: string): boolean;
}

export function createPlaceWriter(db: Db, foldArabic: (s: string) => string): PlaceWriter {
  const bySource = db.prepare<[string, string], { id: number }>('SELECT id FROM places WHERE source = ? AND source_id = ?');
  const byGn = db.prepare<[number], { id: number }>('SELECT id FROM places WHERE gn_id = ?');
  const byWof = db.prepare<[number], { id: number }>('SELECT id FROM places WHERE wof_id = ?');
  const insert = db.prepare(
    `INSERT INTO places (source, source_id, gn_id, wof_id, name, latitude, longitude, feature_code, kind, country, admin1_code, admin2_code, population)
     VALUES (@source, @sourceId, @gnId, @wofId, @name, @latitude, @longitude, @featureCode, @kind, @country, @admin1Code, @admin2Code, @population)`,
  );
  // A GeoNames record owns the core fields; a WOF record merged into it only fills what is missing.
  const updateFromGeonames = db.prepare(
    `UPDATE places SET gn_id = @gnId, name = @name, latitude = @latitude, longitude = @longitude, feature_code = @featureCode,
       kind = @kind, country = @country, admin1_code = @admin1Code, admin2_code = @admin2Code,
       population = max(population, @population), updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = @id`,
  );
  const updateFromWof = db.prepare(
    `UPDATE places SET wof_id = @wofId, gn_id = coalesce(gn_id, @gnId), population = max(population, @population),
       admin1_code = CASE WHEN admin1_code = '' THEN @admin1Code ELSE admin1_code END,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = @id`,
  );
  const updateOwnWof = db.prepare(
    `UPDATE places SET gn_id = coalesce(@gnId, gn_id), name = @name, latitude = @latitude, longitude = @longitude, feature_code = @featureCode,
       kind = @kind, country = @country, admin1_code = @admin1Code, admin2_code = @admin2Code, population = @population,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = @id`,
  );
  const deleteNames = db.prepare('DELETE FROM place_names WHERE place_id = ? AND source = ?');
  const insertName = db.prepare('INSERT OR IGNORE INTO place_names (place_id, name, key, lang, source) VALUES (?, ?, ?, ?, ?)');

  const writeNames = (id: number, names: ImportedName[], source: string) => {
    for (const n of names) {
      const key = n.lang === 'ar' ? foldArabic(n.name) : foldLatin(n.name);
      if (key) insertName.run(id, n.name, key, n.lang, source);
    }
  };

  return {
    write(place) {
      const own = bySource.get(place.source, place.sourceId);
      const twin = own ?? (place.gnId !== null ? byGn.get(place.gnId) : undefined) ?? (place.wofId !== null ? byWof.get(place.wofId) : undefined);
      if (!twin) {
        const { lastInsertRowid } = insert.run(place);
        writeNames(Number(lastInsertRowid), place.names, place.source);
        return 'added';
      }
      if (place.source === 'geonames') updateFromGeonames.run({ ...place, id: twin.id });
      else if (own) updateOwnWof.run({ ...place, id: twin.id });
      else updateFromWof.run({ ...place, id: twin.id });
      deleteNames.run(twin.id, place.source);
      writeNames(twin.id, place.names, place.source);
      return 'updated';
    },
    addNamesByGeonamesId(gnId, names, source) {
      const place = byGn.get(gnId);
      if (!place) return false;
      writeNames(place.id, names, source);
      return true;
    },
  };
}

/** Latin names compare without case or accents: "Sūq Şirwāḩ" → "suq sirwah". */
export function foldLatin(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}
