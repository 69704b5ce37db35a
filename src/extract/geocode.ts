/**
 * Text → the places it names, each with its ranked candidates and the reason for the choice: what `rasd geocode`
 * shows an analyst who wants to see why a place was chosen.
 */
import type { Gazetteer, PlaceChoice } from '../gazetteer/index.js';
import type { Lexicon } from '../lexicon/index.js';
import type { Span } from '../text/index.js';
import { readArticleContext } from './article-context.js';
import { readArticleDoc } from './article-doc.js';
import type { ResolvedPlace } from './resolve-place.js';

export interface GeocodedMention {
  text: string;
  span: Span;
  /** The cue that introduced it (مدينة، محافظة…), if any. */
  cue: string | null;
  /** "near" (جنوب X، قرب X), or the place it was measured from ("95 كم عن سرت"). */
  relation: string | null;
  /** True when it only locates another place and is not an event's place itself. */
  isAnchor: boolean;
  resolved: ResolvedPlace | null;
  candidates: PlaceChoice[];
}

export function createGeocoder(lexicon: Lexicon, gazetteer: Gazetteer, distanceUnits: ReadonlyMap<string, number>) {
  return (text: string, published: string): { country: string | null; mentions: GeocodedMention[] } => {
    const doc = readArticleDoc(lexicon, lexicon.normalize(text));
    const ctx = readArticleContext({ id: null, published, text }, doc, lexicon, gazetteer, distanceUnits);
    const mentions = ctx.mentions.map((m): GeocodedMention => {
      const resolved = ctx.places.get(m) ?? null;
      const name = text.slice(doc.nt.toOriginal[doc.tokens[m.nameFirst]!.start]!, doc.nt.toOriginal[doc.tokens[m.nameLast]!.end] ?? text.length);
      const relation = m.relation
        ? `${m.relation.km !== null ? `${m.relation.km} km ` : ''}${m.relation.bearing !== null ? `bearing ${m.relation.bearing}° ` : 'near '}from "${m.relation.anchor.key}"`
        : m.isNear ? 'near' : null;
      return { text: resolved?.locationAr ?? name, span: resolved?.span ?? { start: 0, end: 0 }, cue: m.cue?.kind ?? null, relation, isAnchor: m.isAnchor, resolved, candidates: resolved?.choices ?? [] };
    });
    return { country: ctx.country, mentions };
  };
}
