/** The shape of a place named in an article, as the place stages pass it along. */
import type { Place } from '../gazetteer/index.js';
import type { PlaceCue } from '../lexicon/index.js';

export interface PlaceRelation {
  anchor: PlaceMention;
  /** Degrees from north, or null for "near"; -1 means "in the middle of". */
  bearing: number | null;
  km: number | null;
}

export interface PlaceMention {
  /** Tokens covered, cue and any leading direction included. */
  first: number;
  last: number;
  /** Tokens of the name itself, and the clitic characters before it in its first token (و in وحجة). */
  nameFirst: number;
  nameLast: number;
  nameOffset: number;
  /** Folded name, the key for finding the same unknown place again in the article. */
  key: string;
  candidates: Place[] | null;
  cue: PlaceCue | null;
  /** What follows and describes this place: another place it lies near or away from. */
  relation: PlaceRelation | null;
  /** "بين X وY": the other end; the event lies between the two (precision 2). */
  between: PlaceMention | null;
  /** A direction or "near" word before it ("جنوبي مدينة سرت"): the event is near this place, not in it. */
  isNear: boolean;
  bearing: number | null;
  /** True when the mention only describes another place's position. */
  isAnchor: boolean;
  /** The country the text puts it in right after it: "طرابلس الليبية", "نجران بالسعودية", "شمالي لبنان". */
  statedCountry: string | null;
  /** It names an institution or a meeting, not where something happened: "مجلس نواب طبرق", "محادثات جنيف". */
  isQualifier: boolean;
}
