/** "قواتنا", "قواتهم": forces named by a pronoun take the armed actor last named before them. */
import type { ArticleDoc } from './article-doc.js';
import { hitSpan } from './article-doc.js';
import { isArmed, type ActorMention } from './resolve-actor.js';

export function resolvePronounActors(doc: ArticleDoc, named: readonly ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (const h of doc.hits['pronoun-force']) {
    const antecedent = named.filter((m) => m.last < h.first && isArmed(m.ref)).pop();
    if (!antecedent) continue;
    const span = hitSpan(doc, h);
    out.push({ ...antecedent, first: h.first, last: h.last, prefixLength: h.offset, ref: { ...antecedent.ref, mention: doc.nt.original.slice(span.start, span.end), span } });
  }
  return out;
}
