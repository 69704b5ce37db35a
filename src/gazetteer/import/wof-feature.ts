/**
 * A Who's On First GeoJSON feature → a place: placetype mapped to a kind, its region as admin1 (`wof:<region id>`),
 * its GeoNames concordance as gnId (so the writer merges it with that GeoNames place), every `name:ara_*` value in
 * Arabic letters as an Arabic name and every `name:eng_*` value as an English one.
 */
import type { ImportedName, ImportedPlace, PlaceKind, PlaceWriter } from '../place-writer.js';
import { arabicNames } from './arabic-name.js';
import { OTHER_COUNTRY, type RecordImporter } from './import-records.js';

const KIND_OF_PLACETYPE: Readonly<Record<string, PlaceKind>> = {
  country: 'country',
  region: 'region',
  county: 'county',
  localadmin: 'county',
  locality: 'locality',
  borough: 'neighbourhood',
  macrohood: 'neighbourhood',
  neighbourhood: 'neighbourhood',
  microhood: 'neighbourhood',
};

type Properties = Record<string, unknown>;

const numberOf = (v: unknown): number | null => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
};
const idOf = (v: unknown): number | null => {
  const n = numberOf(v);
  return n !== null && Number.isInteger(n) && n > 0 ? n : null;
};
const isPresent = (v: unknown) => (Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null && v !== '');
const asObject = (v: unknown): Properties | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Properties) : null);

/** The place a feature describes, or why it is skipped. */
export function placeOfFeature(json: string): ImportedPlace | string {
  let feature: unknown;
  try {
    feature = JSON.parse(json);
  } catch {
    return 'not valid JSON';
  }
  const p = asObject(asObject(feature)?.properties);
  if (!p) return 'not a GeoJSON feature with properties';
  // *-alt-*.geojson files carry another geometry for a record that has its own file.
  if (p['src:alt_label'] !== undefined) return 'alternate geometry';
  if (numberOf(p['mz:is_current']) === 0) return 'not current';
  if (isPresent(p['edtf:deprecated']) || isPresent(p['wof:superseded_by'])) return 'deprecated';
  const wofId = idOf(p['wof:id']);
  const name = typeof p['wof:name'] === 'string' ? p['wof:name'].trim() : '';
  const placetype = typeof p['wof:placetype'] === 'string' ? p['wof:placetype'] : '';
  if (wofId === null) return 'no wof:id';
  if (!name) return 'no wof:name';
  if (!placetype) return 'no wof:placetype';
  const latitude = numberOf(p['geom:latitude']) ?? numberOf(p['lbl:latitude']);
  const longitude = numberOf(p['geom:longitude']) ?? numberOf(p['lbl:longitude']);
  if (latitude === null || longitude === null) return 'no coordinates';
  const hierarchy = Array.isArray(p['wof:hierarchy']) ? asObject(p['wof:hierarchy'][0]) : null;
  const regionId = idOf(hierarchy?.region_id);
  return {
    source: 'wof',
    sourceId: String(wofId),
    gnId: idOf(asObject(p['wof:concordances'])?.['gn:id']),
    wofId,
    name,
    latitude,
    longitude,
    featureCode: placetype,
    kind: KIND_OF_PLACETYPE[placetype] ?? 'other',
    country: typeof p['wof:country'] === 'string' ? p['wof:country'].toUpperCase() : '',
    admin1Code: regionId !== null ? `wof:${regionId}` : '',
    admin2Code: '',
    population: Math.round(Math.max(numberOf(p['wof:population']) ?? 0, numberOf(p['gn:population']) ?? 0)),
    names: namesOf(p),
  };
}

/** `name:ara_x_preferred`, `name:ara_x_variant`…: arrays of strings, some of them Latin transliterations. */
function namesOf(p: Properties): ImportedName[] {
  const arabic: string[] = [];
  const english = new Set<string>();
  for (const [key, value] of Object.entries(p)) {
    if (!Array.isArray(value)) continue;
    const strings = value.filter((v): v is string => typeof v === 'string');
    if (key.startsWith('name:ara_')) arabic.push(...strings);
    else if (key.startsWith('name:eng_')) for (const s of strings) if (s.trim()) english.add(s.trim());
  }
  return [...arabicNames(arabic), ...[...english].map((name) => ({ name, lang: 'en' as const }))];
}

export function createWofImporter(writer: PlaceWriter, isWanted: (country: string) => boolean): RecordImporter {
  return {
    table: 'places',
    importRecord(json) {
      const place = placeOfFeature(json);
      if (typeof place === 'string') return place;
      if (!isWanted(place.country)) return OTHER_COUNTRY;
      writer.write(place);
      return undefined;
    },
  };
}
