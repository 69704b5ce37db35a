/**
 * First use: fills an empty gazetteer store with the embedded default (GeoNames cities500 from npm, built into
 * dist/default-gazetteer.tsv), so a new user has Arabic place names before importing anything.
 */
import type { Db } from '../db/index.js';
import { readTsv, splitVariants } from '../tsv.js';
import { createPlaceWriter, type PlaceKind } from './place-writer.js';

const SEEDED = 'default_gazetteer_seeded';

export function seedDefaultGazetteer(db: Db, file: string, foldArabic: (s: string) => string): void {
  if (db.prepare('SELECT 1 FROM meta WHERE key = ?').get(SEEDED)) return;
  const writer = createPlaceWriter(db, foldArabic);
  const admin = db.prepare('INSERT OR IGNORE INTO admin_divisions (country, level, code, name) VALUES (?, 1, ?, ?)');
  db.transaction(() => {
    for (const { cells } of readTsv(file, ['geonames_id', 'name', 'latitude', 'longitude', 'country'])) {
      const featureCode = cells.feature_code ?? '';
      writer.write({
        source: 'geonames',
        sourceId: cells.geonames_id!,
        gnId: Number(cells.geonames_id),
        wofId: null,
        name: cells.name!,
        latitude: Number(cells.latitude),
        longitude: Number(cells.longitude),
        featureCode,
        kind: kindOfFeature(featureCode),
        country: cells.country!,
        admin1Code: cells.admin1_code ?? '',
        admin2Code: '',
        population: Number(cells.population) || 0,
        names: splitVariants(cells.names_ar).map((name) => ({ name, lang: 'ar' as const })),
      });
      // The default file names each division after its seat; an admin1CodesASCII import replaces these.
      if (cells.admin1 && cells.admin1_code) admin.run(cells.country, cells.admin1_code, cells.admin1);
    }
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(SEEDED, new Date().toISOString());
  })();
}

/** GeoNames feature codes → the kinds rasd reasons with (ADM1 is a province, PPL* a town). */
export function kindOfFeature(code: string): PlaceKind {
  if (code.startsWith('PCL')) return 'country';
  if (code === 'ADM1') return 'region';
  if (code === 'ADM2' || code === 'ADM3') return 'county';
  if (code === 'PPLX') return 'neighbourhood';
  if (code.startsWith('PPL') || code === 'STLMT') return 'locality';
  return 'other';
}
