/**
 * EventQuery → the WHERE clause (and parameters) both engines run; `q` arrives already folded. Where PostGIS keeps
 * a point per event, bbox is asked of its index.
 */
import type { SqlValue } from './sql-executor.js';
import { decodeCursor, type EventQuery } from './event-query.js';

export function eventWhere(query: EventQuery, foldedQ: string | null, hasPostgis: boolean): { where: string; params: SqlValue[] } {
  const clauses: string[] = [];
  const params: SqlValue[] = [];
  const add = (clause: string, ...values: SqlValue[]) => {
    clauses.push(clause);
    params.push(...values);
  };
  // Deleted events are news only to a client that syncs.
  if (query.since) add('updated_at > ?', query.since);
  else add('deleted_at IS NULL');
  if (query.start_date) add('event_date >= ?', query.start_date);
  if (query.end_date) add('event_date <= ?', query.end_date);
  if (query.country) add('country = ?', query.country);
  if (query.admin1) add('admin1 = ?', query.admin1);
  if (query.location) add('(location = ? OR location_ar = ?)', query.location, query.location);
  if (query.event_type) add('event_type = ?', query.event_type);
  if (query.sub_event_type) add('sub_event_type = ?', query.sub_event_type);
  if (query.actor) {
    const actorIds = 'SELECT id FROM actors WHERE id = ? OR name = ? OR acled = ?';
    add(`(actor1_id IN (${actorIds}) OR actor2_id IN (${actorIds}))`, ...Array<string>(6).fill(query.actor));
  }
  if (query.inter !== undefined) add('(inter1 = ? OR inter2 = ?)', query.inter, query.inter);
  if (query.fatalities !== undefined) add('fatalities >= ?', query.fatalities);
  if (query.bbox) {
    const b = query.bbox;
    if (hasPostgis) add('geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)', b.minLon, b.minLat, b.maxLon, b.maxLat);
    else add('latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?', b.minLat, b.maxLat, b.minLon, b.maxLon);
  }
  if (foldedQ) add("search_text LIKE ? ESCAPE '\\'", `%${foldedQ.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (query.cursor) {
    const after = decodeCursor(query.cursor);
    add('(event_date < ? OR (event_date = ? AND id > ?))', after.eventDate, after.eventDate, after.id);
  }
  return { where: clauses.join(' AND '), params };
}

/** Newest first, as ACLED lists; the id breaks ties so pages never overlap. */
export const EVENT_ORDER = 'ORDER BY event_date DESC, id ASC';
