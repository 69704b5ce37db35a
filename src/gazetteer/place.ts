/** A place rasd can put an event at. */
export interface Place {
  /** `gn:<geonames id>` or `alias:<file>:<line>` for a hand-kept place the default gazetteer lacks. */
  id: string;
  name: string;
  namesAr: string[];
  latitude: number;
  longitude: number;
  country: string;
  admin1: string | null;
  /** GeoNames feature code (PPL, PPLA, PPLC…) or the alias file's kind (village, airport, front…). */
  featureCode: string;
  population: number;
}

export interface Country {
  iso2: string;
  name: string;
  namesAr: string[];
  adjectivesAr: string[];
}
