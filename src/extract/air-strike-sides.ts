/**
 * Air strikes told without who flew them ("قتل خمسة في غارات على المدينة") take the one air force the article names
 * flying ("طائرات التحالف", "طيران النظام", "مقاتلات روسية"): only a state or a coalition has aircraft, and an
 * article about one war names the side that bombs. With two air forces named, or none, the strike keeps no actor 1.
 */
import type { ArticleDoc } from './article-doc.js';
import type { ActorRef, EventRecord } from './event-record.js';
import type { ActorMention } from './resolve-actor.js';

const AIR_STRIKE = 'Air/drone strike';

/** The distinct actors the article names right after an aircraft word, or in an aircraft word of their own. */
export function findAirForces(doc: ArticleDoc, actors: readonly ActorMention[]): ActorRef[] {
  const aircraft = doc.hits.instrument.filter((h) => h.value.subEventType === AIR_STRIKE);
  const flying = actors.filter((m) => aircraft.some((h) => h.last === m.first - 1 || (h.first <= m.last && h.last >= m.first)));
  const byName = new Map(flying.map((m) => [m.ref.id ?? m.ref.name, m.ref]));
  return [...byName.values()];
}

export function applyAirForce(events: EventRecord[], airForces: readonly ActorRef[]): void {
  if (airForces.length !== 1) return;
  const [force] = airForces as [ActorRef];
  for (const e of events) {
    if (e.sub_event_type === AIR_STRIKE && !e.actor1 && (e.actor2?.id ?? e.actor2?.name) !== (force.id ?? force.name)) e.actor1 = force;
  }
}
