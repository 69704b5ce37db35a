/**
 * Mentions of one neighbourhood → events. Mentions are taken in canonical order (date, article id, position) —
 * article ids come from content, so this order never depends on when articles arrived — and each joins the first
 * event all of whose mentions it is linked to, else starts one. The same set of mentions always gives the same events.
 */
import type { Mention } from './stored-event.js';
import { areLinked } from './mention-links.js';

export function compareMentions(a: Mention, b: Mention): number {
  const ra = a.record.event_date;
  const rb = b.record.event_date;
  if (ra !== rb) return ra < rb ? -1 : 1;
  if (a.article_id !== b.article_id) return a.article_id < b.article_id ? -1 : 1;
  return a.idx - b.idx;
}

export function clusterMentions(mentions: readonly Mention[]): Mention[][] {
  const clusters: Mention[][] = [];
  for (const m of [...mentions].sort(compareMentions)) {
    const home = clusters.find((c) => c.every((other) => areLinked(m.record, other.record)));
    if (home) home.push(m);
    else clusters.push([m]);
  }
  return clusters;
}
