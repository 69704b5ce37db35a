/** Reads the embedded default gazetteer written by the build step (scripts/build-default-gazetteer.ts). */
import { existsSync } from 'node:fs';
import { RasdError } from '../errors.js';
import { readTsv, splitVariants } from '../tsv.js';
import type { Place } from './place.js';

export function loadDefaultPlaces(file: string): Place[] {
  if (!existsSync(file)) {
    throw new RasdError('gazetteer_missing', `expected the default gazetteer at ${file}, found nothing: run "npm run build"`);
  }
  return readTsv(file, ['geonames_id', 'name', 'latitude', 'longitude', 'country']).map(({ cells }) => ({
    id: `gn:${cells.geonames_id}`,
    name: cells.name!,
    namesAr: splitVariants(cells.names_ar),
    latitude: Number(cells.latitude),
    longitude: Number(cells.longitude),
    country: cells.country!,
    admin1: cells.admin1 || null,
    featureCode: cells.feature_code ?? '',
    population: Number(cells.population) || 0,
  }));
}
