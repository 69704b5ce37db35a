/**
 * New or withdrawn mentions → the events of their neighbourhood, re-derived and saved. The neighbourhood is every
 * live mention reachable through links, so it is the same set whatever order articles arrived in; clustering it
 * in canonical order gives the same events and ids. An event is written only when it changed.
 */
import type { ActorRef, EventRecord } from '../extract/index.js';
import { addDays } from '../extract/index.js';
import { clusterMentions } from './cluster-mentions.js';
import { MAX_DAYS_APART, areLinked } from './mention-links.js';
import { mergeEvent } from './merge-event.js';
import type { SqlExecutor, SqlValue } from './sql-executor.js';
import { actorIdOf } from './stable-ids.js';
import type { EventContent, Mention } from './stored-event.js';

export interface MentionRow {
  article_id: string;
  idx: number;
  event_id: string | null;
  outlet: string | null;
  record: string;
}

/** A mention with its article's outlet; follow with WHERE on `m.`. */
export const MENTION_COLUMNS = 'm.article_id, m.idx, m.event_id, a.outlet, m.record FROM event_mentions m JOIN articles a ON a.id = m.article_id';

export const toMention = (row: MentionRow): Mention => ({ article_id: row.article_id, idx: row.idx, outlet: row.outlet, record: JSON.parse(row.record) as EventRecord });

export function actorsOf(e: Pick<EventRecord, 'actor1' | 'actor2' | 'assoc_actor_1' | 'assoc_actor_2'>): ActorRef[] {
  return [e.actor1, e.actor2, ...e.assoc_actor_1, ...e.assoc_actor_2].filter((a): a is ActorRef => a !== null);
}

/** Mentions just stored, or just withdrawn (soft-deleted) with the events they were in. */
export interface MentionChange {
  added: readonly Mention[];
  withdrawn: readonly Mention[];
  withdrawnEventIds: readonly string[];
}

/**
 * Re-clusters the neighbourhood of a change: every live mention reachable through links (same sub-event type, a
 * day apart, 10 km, compatible actors) from the mentions added or withdrawn. That set is the same whatever order
 * articles arrived in, and so are the events clustering draws from it. Returns each mention's event id.
 */
export async function recluster(tx: SqlExecutor, fold: (text: string) => string, change: MentionChange, now: string): Promise<Map<string, string>> {
  const key = (m: { article_id: string; idx: number }) => `${m.article_id}#${m.idx}`;
  const neighbourhood = new Map<string, Mention>(change.added.map((m) => [key(m), m]));
  const previous = new Map<string, string | null>();
  const windows = new Map<string, MentionRow[]>();
  // A withdrawn mention is no member any more, but what it linked may now fall apart: the search starts there too.
  const frontier = [...change.added, ...change.withdrawn];
  while (frontier.length) {
    const m = frontier.pop()!;
    const window = `${m.record.sub_event_type}|${m.record.event_date}`;
    let rows = windows.get(window);
    if (!rows) {
      rows = await tx.all<MentionRow>(`SELECT ${MENTION_COLUMNS} WHERE m.sub_event_type = ? AND m.event_date BETWEEN ? AND ? AND m.deleted_at IS NULL`, [
        m.record.sub_event_type, addDays(m.record.event_date, -MAX_DAYS_APART), addDays(m.record.event_date, MAX_DAYS_APART),
      ]);
      windows.set(window, rows);
    }
    for (const row of rows) {
      const k = key(row);
      if (!previous.has(k)) previous.set(k, row.event_id);
      if (neighbourhood.has(k)) continue;
      const other = toMention(row);
      if (!areLinked(m.record, other.record)) continue;
      neighbourhood.set(k, other);
      frontier.push(other);
    }
  }
  const assigned = new Map<string, string>();
  const current = new Set<string>();
  for (const members of clusterMentions([...neighbourhood.values()])) {
    const event = mergeEvent(members);
    current.add(event.id);
    await saveEvent(tx, fold, event, now);
    for (const m of members) {
      assigned.set(key(m), event.id);
      if (previous.get(key(m)) !== event.id) {
        await tx.run('UPDATE event_mentions SET event_id = ?, updated_at = ? WHERE article_id = ? AND idx = ?', [event.id, now, m.article_id, m.idx]);
      }
    }
  }
  const former = new Set([...change.withdrawnEventIds, ...[...neighbourhood.keys()].map((k) => previous.get(k)).filter((e): e is string => !!e)]);
  for (const id of former) {
    if (!current.has(id)) await tx.run('UPDATE events SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL', [now, now, id]);
  }
  return assigned;
}

/** Writes an event only when it changed (or comes back), so ingesting nothing new moves no `updated_at`. */
async function saveEvent(tx: SqlExecutor, fold: (text: string) => string, e: EventContent, now: string): Promise<void> {
  if (e.location_id) {
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
  const columns = Object.keys(row);
  const updated = columns.filter((c) => c !== 'id' && c !== 'created_at').map((c) => `${c} = excluded.${c}`);
  await tx.run(
    `INSERT INTO events (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
     ON CONFLICT (id) DO UPDATE SET ${updated.join(', ')}, deleted_at = NULL
     WHERE events.record <> excluded.record OR events.deleted_at IS NOT NULL`,
    Object.values(row),
  );
}
