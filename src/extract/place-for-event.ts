/**
 * A trigger → the place of its event: the first place named after it in its sentence (not one that only locates
 * another place), else the last one before it, else the latest place of the three sentences before.
 */
import type { ArticleDoc, Hit } from './article-doc.js';
import type { PlaceMention } from './place-mentions.js';
import type { ResolvedPlace } from './resolve-place.js';

const CONTEXT_SENTENCES = 3;

export interface EventPlace {
  resolved: ResolvedPlace;
  /** True when the place came from an earlier sentence, not the trigger's own. */
  isFromContext: boolean;
}

export function choosePlaceFor(doc: ArticleDoc, mentions: readonly PlaceMention[], places: ReadonlyMap<PlaceMention, ResolvedPlace>, trigger: Hit<unknown>): EventPlace | null {
  const sentence = doc.sentenceOf[trigger.first]!;
  const heads = mentions.filter((m) => !m.isAnchor && places.has(m));
  const inSentence = heads.filter((m) => doc.sentenceOf[m.first] === sentence);
  const own = inSentence.find((m) => m.first > trigger.last) ?? inSentence.filter((m) => m.last < trigger.first).pop();
  if (own) return { resolved: places.get(own)!, isFromContext: false };
  const earlier = heads.filter((m) => doc.sentenceOf[m.first]! < sentence && doc.sentenceOf[m.first]! >= sentence - CONTEXT_SENTENCES).pop();
  return earlier ? { resolved: places.get(earlier)!, isFromContext: true } : null;
}
