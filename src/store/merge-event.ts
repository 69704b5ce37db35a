/**
 * The mentions of one event (in canonical order) → the event: coded fields from the most precise telling, every
 * article's evidence, and the lowest positive toll any article gives (ACLED's conservative choice) with each claim kept.
 */
import type { EventRecord } from '../extract/index.js';
import { eventIdOf, locationIdOf } from './stable-ids.js';
import type { EventContent, Mention } from './stored-event.js';

export function mergeEvent(mentions: readonly Mention[]): EventContent {
  const first = mentions[0]!;
  const lead = [...mentions].sort((a, b) => precisionRank(a.record) - precisionRank(b.record))[0]!.record;
  const claims = mentions.map((m) => ({ article_id: m.article_id, outlet: m.outlet, fatalities: m.record.fatalities, claimant: m.record.claimant }));
  const tolls = claims.map((c) => c.fatalities).filter((n) => n > 0);
  const articleIds = [...new Set(mentions.map((m) => m.article_id))];
  const outlets = [...new Set(mentions.map((m) => m.outlet ?? m.article_id))];
  const actor = (side: 'actor1' | 'actor2') => lead[side] ?? mentions.find((m) => m.record[side])?.record[side] ?? null;
  const { evidence: _evidence, ...coded } = lead;
  // Assigned onto the copy, in the same key order: V8 builds a literal spreading the copy many times slower.
  return Object.assign(coded, {
    id: eventIdOf(first.article_id, first.idx),
    actor1: actor('actor1'),
    actor2: actor('actor2'),
    fatalities: tolls.length ? Math.min(...tolls) : 0,
    source: [...new Set(mentions.map((m) => m.outlet).filter((o): o is string => o !== null))].join('; ') || null,
    location_id: locationIdOf(lead),
    num_sources: outlets.length,
    num_articles: articleIds.length,
    article_ids: articleIds,
    fatality_claims: claims,
    evidence: mentions.flatMap((m) => m.record.evidence.map((e) => ({ article_id: m.article_id, ...e }))),
  });
}

/** Lower is better: a named place before a district or a country, a known day before a week, then confidence. */
function precisionRank(e: EventRecord): number {
  return (e.geo_precision ?? 4) * 10 + e.time_precision - e.confidence;
}
