/**
 * Default gazetteer file + hand-kept aliases + country names → Gazetteer: places indexed by folded Arabic name in a
 * phrase matcher, and the pick of one place among namesakes given the article's countries.
 */
import path from 'node:path';
import { createPhraseMatcher, phraseWords, type Lexicon, type PhraseMatcher } from '../lexicon/index.js';
import { DEFAULT_GAZETTEER_FILE } from './default-file.js';
import { applyAliases, loadCountries, loadNotNames } from './load-aliases.js';
import { loadDefaultPlaces } from './load-default.js';
import type { Country, Place } from './place.js';

export type { Country, Place } from './place.js';
export { choosePlace, type PlaceChoice } from './choose-place.js';
export { offsetPoint, distanceKm } from './geodesy.js';

export type GazetteerHit = { kind: 'place'; places: Place[] } | { kind: 'country'; country: Country };

export interface Gazetteer {
  places: readonly Place[];
  countries: ReadonlyMap<string, Country>;
  matcher: PhraseMatcher<GazetteerHit>;
  /** The capital, for "العاصمة" in an article about that country. */
  capital(iso2: string): Place | undefined;
  /** Folded words that are never a place alone (`stop`) or only right after a place cue (`common`). */
  notNames: ReadonlyMap<string, 'stop' | 'common'>;
}

export function loadGazetteer(lexicon: Lexicon, file = DEFAULT_GAZETTEER_FILE): Gazetteer {
  const dir = path.join(lexicon.dataDir, 'gazetteer');
  const countryList = loadCountries(path.join(dir, 'countries.tsv'));
  const countries = new Map(countryList.map((c) => [c.iso2, c]));
  const places = loadDefaultPlaces(file);
  applyAliases(path.join(dir, 'aliases'), places, new Set(countries.keys()));

  const byName = new Map<string, Place[]>();
  for (const place of places) {
    for (const key of new Set(place.namesAr.flatMap((n) => spellings(lexicon.fold(n))))) {
      const list = byName.get(key) ?? [];
      list.push(place);
      byName.set(key, list);
    }
  }
  const matcher = createPhraseMatcher<GazetteerHit>();
  for (const [key, list] of byName) matcher.add(phraseWords(key), { kind: 'place', places: list });
  for (const c of countryList) {
    for (const key of new Set([...c.namesAr, ...c.adjectivesAr].map(lexicon.fold))) matcher.add(phraseWords(key), { kind: 'country', country: c });
  }
  const capitals = new Map(places.filter((p) => p.featureCode === 'PPLC').map((p) => [p.country, p]));
  const notNames = loadNotNames(path.join(dir, 'not-names.tsv'), lexicon.fold);
  return { places, countries, matcher, capital: (iso2) => capitals.get(iso2), notNames };
}

/** أبو قرين is also written أبوقرين (and the reverse): index both. */
function spellings(folded: string): string[] {
  const joined = folded.replace(/(^| )(ابو|ابي|ام|بني|بن|عين|بير|بئر|دير|تل|كفر|جسر|راس|سيدي) /g, '$1$2');
  const split = folded.replace(/(^| )(ابو|ام)(?=[^ ]{3,})/g, '$1$2 ');
  return [...new Set([folded, joined, split])];
}
