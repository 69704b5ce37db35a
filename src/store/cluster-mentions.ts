/**
 * Mentions of one neighbourhood → events. Mentions are taken in canonical order (date, article id, position) —
 * article ids come from content, so this order never depends on when articles arrived — and each joins the first
 * event all of whose mentions it is linked to, else starts one. The same set of mentions always gives the same events.
 */
import { addDays } from '../extract/index.js';
import type { Mention } from './stored-event.js';
import { MAX_DAYS_APART, areLinked } from './mention-links.js';

export function compareMentions(a: Mention, b: Mention): number {
  const ra = a.record.event_date;
  const rb = b.record.event_date;
  if (ra !== rb) return ra < rb ? -1 : 1;
  if (a.article_id !== b.article_id) return a.article_id < b.article_id ? -1 : 1;
  return a.idx - b.idx;
}

export function clusterMentions(mentions: readonly Mention[]): Mention[][] {
  const clusters: Mention[][] = [];
  // Events start in date order, so those whose first mention is too early for this one (and so for every later
  // one) are a prefix: a batch's neighbourhood spans years, and only the last few days' events can take a mention.
  let firstOpen = 0;
  for (const m of [...mentions].sort(compareMentions)) {
    const earliest = addDays(m.record.event_date, -MAX_DAYS_APART);
    while (firstOpen < clusters.length && clusters[firstOpen]![0]!.record.event_date < earliest) firstOpen++;
    const home = clusters.slice(firstOpen).find((c) => c.every((other) => areLinked(m.record, other.record)));
    if (home) home.push(m);
    else clusters.push([m]);
  }
  return clusters;
}
