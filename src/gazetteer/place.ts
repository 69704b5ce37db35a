/** A place rasd can put an event at. */
export interface Place {
  /** The store's id; hand-kept places that no import has (alias files) get negative ids. */
  id: number;
  name: string;
  latitude: number;
  longitude: number;
  country: string;
  admin1: string | null;
  /** GeoNames feature code (PPL, PPLA, PPLC…), WOF placetype, or the alias file's kind (village, airport…). */
  featureCode: string;
  kind: 'country' | 'region' | 'county' | 'locality' | 'neighbourhood' | 'other';
  population: number;
  /** Where the record came from: geonames, wof, or the alias file and line. */
  source: string;
}

export interface Country {
  iso2: string;
  name: string;
  namesAr: string[];
  adjectivesAr: string[];
  /** An approximate centre, for events placed only in the country. */
  latitude: number;
  longitude: number;
  /** rasd looks for its towns (a country of the conflicts it covers), not only for its name as an actor. */
  isCovered: boolean;
}
