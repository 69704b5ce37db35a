/**
 * New or withdrawn mentions → the events of their neighbourhood, re-derived and saved. The neighbourhood is every
 * live mention reachable through links, so it is the same set whatever order articles arrived in; clustering it
 * in canonical order gives the same events and ids. An event is written only when it changed.
 */
import type { ActorRef, EventRecord } from '../extract/index.js';
import { clusterMentions } from './cluster-mentions.js';
import { mergeEvent } from './merge-event.js';
import { findNeighbourhood } from './neighbourhood.js';
import type { SqlExecutor, SqlValue } from './sql-executor.js';
import { actorIdOf } from './stable-ids.js';
import type { EventContent, Mention } from './stored-event.js';
import { mentionKey } from './stored-mentions.js';

export function actorsOf(e: Pick<EventRecord, 'actor1' | 'actor2' | 'assoc_actor_1' | 'assoc_actor_2'>): ActorRef[] {
  return [e.actor1, e.actor2, ...e.assoc_actor_1, ...e.assoc_actor_2].filter((a): a is ActorRef => a !== null);
}

/** Mentions just added or restored, or just withdrawn (soft-deleted) with the events they were in. */
export interface MentionChange {
  /** Live mentions: restored ones are in the store; new ones the caller stores afterwards, in the events returned. */
  added: readonly Mention[];
  withdrawn: readonly Mention[];
  withdrawnEventIds: readonly string[];
}

/**
 * Re-clusters the neighbourhood of a change: every live mention reachable through links (same sub-event type, a
 * day apart, 10 km, compatible actors) from the mentions added or withdrawn. That set is the same whatever order
 * articles arrived in, and so are the events clustering draws from it. Moves stored mentions to their new events
 * and returns each member's event id by mentionKey.
 */
export async function recluster(tx: SqlExecutor, fold: (text: string) => string, change: MentionChange, now: string): Promise<Map<string, string>> {
  const { members, previous } = await findNeighbourhood(tx, change.added, change.withdrawn);
  const assigned = new Map<string, string>();
  const current = new Set<string>();
  const savedLocations = new Set<string>();
  for (const cluster of clusterMentions([...members.values()])) {
    const event = mergeEvent(cluster);
    current.add(event.id);
    await saveEvent(tx, fold, event, now, savedLocations);
    for (const m of cluster) {
      const k = mentionKey(m);
      assigned.set(k, event.id);
      if (previous.has(k) && previous.get(k) !== event.id) {
        await tx.run('UPDATE event_mentions SET event_id = ?, updated_at = ? WHERE article_id = ? AND idx = ?', [event.id, now, m.article_id, m.idx]);
      }
    }
  }
  const former = new Set([...change.withdrawnEventIds, ...[...members.keys()].map((k) => previous.get(k)).filter((e): e is string => !!e)]);
  for (const id of former) {
    if (!current.has(id)) await tx.run('UPDATE events SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL', [now, now, id]);
  }
  return assigned;
}

let upsertEventSql: string | undefined;

/** Writes an event only when it changed (or comes back), so ingesting nothing new moves no `updated_at`. */
async function saveEvent(tx: SqlExecutor, fold: (text: string) => string, e: EventContent, now: string, savedLocations: Set<string>): Promise<void> {
  if (e.location_id && !savedLocations.has(e.location_id)) {
    savedLocations.add(e.location_id);
    await tx.run(
      'INSERT INTO locations (id, name, name_ar, admin1, country, latitude, longitude, geo_precision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
      [e.location_id, e.location, e.location_ar, e.admin1, e.country, e.latitude, e.longitude, e.geo_precision, now, now],
    );
  }
  const searchText = fold([...e.evidence.map((x) => x.quote), e.location_ar, e.location, e.admin1, ...actorsOf(e).flatMap((a) => [a.mention, a.name])].filter(Boolean).join(' ')).toLowerCase();
  const row: Record<string, SqlValue> = {
    id: e.id, event_type: e.event_type, sub_event_type: e.sub_event_type, event_date: e.event_date, country: e.country, admin1: e.admin1,
    location: e.location, location_ar: e.location_ar, location_id: e.location_id, latitude: e.latitude, longitude: e.longitude,
    actor1_id: e.actor1 && actorIdOf(e.actor1), actor2_id: e.actor2 && actorIdOf(e.actor2), inter1: e.actor1?.inter ?? null, inter2: e.actor2?.inter ?? null,
    fatalities: e.fatalities, num_sources: e.num_sources, num_articles: e.num_articles, search_text: searchText, record: JSON.stringify(e),
    created_at: now, updated_at: now,
  };
  // The columns are the same for every event: the statement is built once.
  upsertEventSql ??= upsertSql(Object.keys(row));
  await tx.run(upsertEventSql, Object.values(row));
}

function upsertSql(columns: readonly string[]): string {
  const updated = columns.filter((c) => c !== 'id' && c !== 'created_at').map((c) => `${c} = excluded.${c}`);
  return `INSERT INTO events (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
     ON CONFLICT (id) DO UPDATE SET ${updated.join(', ')}, deleted_at = NULL
     WHERE events.record <> excluded.record OR events.deleted_at IS NOT NULL`;
}
