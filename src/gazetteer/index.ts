/**
 * Gazetteer store (SQLite; seeded with the embedded default on first use) + hand-kept aliases + country names →
 * Gazetteer: Arabic names in a phrase matcher, places read from the store when a name is met, and the pick of one
 * place among namesakes given the article's context.
 */
import path from 'node:path';
import type { Db } from '../db/index.js';
import { createPhraseMatcher, phraseWords, type Lexicon, type PhraseMatcher } from '../lexicon/index.js';
import { DEFAULT_GAZETTEER_FILE } from './default-file.js';
import { loadAliasRows, loadCountries, loadNotNames, type NotNameKind } from './load-aliases.js';
import type { Country, Place } from './place.js';
import { createPlaceReader } from './place-reader.js';
import { seedDefaultGazetteer } from './seed-default.js';

export type { Country, Place } from './place.js';
export type { NotNameKind } from './load-aliases.js';
export { isInside, rankPlaces, type ChoiceContext, type PlaceChoice } from './choose-place.js';
export { offsetPoint, distanceKm } from './geodesy.js';
export { createPlaceWriter, foldLatin, type ImportedPlace, type PlaceWriter } from './place-writer.js';
export { kindOfFeature } from './seed-default.js';
export { formatGazetteerStats, formatSummaryTable, importGazetteerFiles, type FileKind, type FileSummary, type ImportOptions, type ImportProgress } from './import/index.js';

/** A place name, or a country's name or adjective (`isName` false for الليبية: it qualifies, it does not place). */
export type GazetteerHit = { kind: 'place'; ids: readonly number[] } | { kind: 'country'; country: Country; isName: boolean };

export interface Gazetteer {
  countries: ReadonlyMap<string, Country>;
  /** The countries whose towns rasd looks for (the conflicts it covers). */
  covered: ReadonlySet<string>;
  matcher: PhraseMatcher<GazetteerHit>;
  /** A place by id; ids come from matcher hits. */
  place(id: number): Place;
  /** The capital, for "العاصمة" in an article about that country. */
  capital(iso2: string): Place | undefined;
  /** The country itself as a place (its centre), for events placed only "في الصومال". */
  countryPlace(iso2: string): Place;
  /** Folded words that are never a place (`stop`), one only right after a place cue (`common`), or only part of one (`part`). */
  notNames: ReadonlyMap<string, NotNameKind>;
  /** How many Arabic names and places the matcher knows, for `check:data` and `rasd gazetteer stats`. */
  size: { names: number; places: number };
}

/** `defaultFile` seeds an empty store on first use; null leaves the store as it is (tests on hand-made fixtures). */
export function loadGazetteer(lexicon: Lexicon, db: Db, defaultFile: string | null = DEFAULT_GAZETTEER_FILE): Gazetteer {
  const dir = path.join(lexicon.dataDir, 'gazetteer');
  const countryList = loadCountries(path.join(dir, 'countries.tsv'));
  const countries = new Map(countryList.map((c) => [c.iso2, c]));
  if (defaultFile) seedDefaultGazetteer(db, defaultFile, lexicon.fold);
  const reader = createPlaceReader(db);

  const idsByKey = new Map<string, number[]>();
  const addName = (key: string, id: number) => {
    for (const spelling of spellings(key)) {
      const ids = idsByKey.get(spelling) ?? [];
      if (!ids.includes(id)) ids.push(id);
      idsByKey.set(spelling, ids);
    }
  };
  for (const row of db.prepare<[], { key: string; place_id: number }>("SELECT key, place_id FROM place_names WHERE lang = 'ar'").iterate()) {
    addName(row.key, row.place_id);
  }
  const own = new Map<number, Place>();
  for (const row of loadAliasRows(path.join(dir, 'aliases'), new Set(countries.keys()))) {
    const stored = row.geonamesId !== null ? reader.byGeonamesId(row.geonamesId) : undefined;
    const place = stored ?? row.place;
    if (!stored) own.set(place.id, place);
    for (const name of row.names) addName(lexicon.fold(name), place.id);
  }

  const matcher = createPhraseMatcher<GazetteerHit>();
  for (const [key, ids] of idsByKey) matcher.add(phraseWords(key), { kind: 'place', ids });
  for (const c of countryList) {
    const names = new Set(c.namesAr.map(lexicon.fold));
    for (const key of names) matcher.add(phraseWords(key), { kind: 'country', country: c, isName: true });
    for (const key of new Set(c.adjectivesAr.map(lexicon.fold))) if (!names.has(key)) matcher.add(phraseWords(key), { kind: 'country', country: c, isName: false });
  }
  const countryPlaces = new Map(countryList.map((c, i): [string, Place] => [c.iso2, {
    id: COUNTRY_IDS - i, name: c.name, latitude: c.latitude, longitude: c.longitude, country: c.iso2, admin1: null,
    featureCode: 'PCLI', kind: 'country', population: 0, source: 'countries.tsv',
  }]));
  const capitals = new Map(reader.capitals().map((p) => [p.country, p]));
  const cache = new Map<number, Place>();
  const place = (id: number): Place => {
    let p = own.get(id) ?? cache.get(id);
    if (!p) {
      p = reader.byId(id);
      if (!p) throw new Error(`gazetteer: place ${id} is named but not stored`);
      cache.set(id, p);
    }
    return p;
  };
  const placeCount = (db.prepare('SELECT count(*) AS n FROM places').get() as { n: number }).n + own.size;
  return {
    countries,
    covered: new Set(countryList.filter((c) => c.isCovered).map((c) => c.iso2)),
    matcher,
    place,
    capital: (iso2) => capitals.get(iso2),
    countryPlace: (iso2) => countryPlaces.get(iso2)!,
    notNames: loadNotNames(path.join(dir, 'not-names.tsv'), lexicon.fold),
    size: { names: idsByKey.size, places: placeCount },
  };
}

/** Countries as places take ids below every alias row's. */
const COUNTRY_IDS = -1_000_000;

/** أبو قرين is also written أبوقرين (and the reverse): index both. */
function spellings(folded: string): string[] {
  const joined = folded.replace(/(^| )(ابو|ابي|ام|بني|بن|عين|بير|بئر|دير|تل|كفر|جسر|راس|سيدي) /g, '$1$2');
  const split = folded.replace(/(^| )(ابو|ام)(?=[^ ]{3,})/g, '$1$2 ');
  return [...new Set([folded, joined, split])];
}
