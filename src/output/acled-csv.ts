/** EventRecord[] → CSV with ACLED's column names, UTF-8 BOM first so spreadsheet programs show Arabic. */
import type { ActorRef, EventRecord } from '../extract/index.js';

const COLUMNS = [
  'event_id_cnty', 'event_date', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1',
  'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'country', 'admin1', 'location', 'location_ar', 'latitude', 'longitude',
  'geo_precision', 'source', 'notes', 'fatalities', 'cameo', 'claimant', 'quote', 'confidence', 'article_id',
] as const;

/** A stored event brings its own `id`; an article's events are numbered within the article. */
export function toAcledCsv(events: readonly (EventRecord & { id?: string })[]): string {
  const rows = events.map((e, i) => {
    const inter1 = e.actor1?.inter ?? 0;
    const inter2 = e.actor2?.inter ?? 0;
    const cells: Record<(typeof COLUMNS)[number], string | number | null> = {
      event_id_cnty: e.id ?? `${e.country ?? 'XX'}${e.article_id ? `-${e.article_id}` : ''}-${i + 1}`,
      event_date: e.event_date,
      time_precision: e.time_precision,
      event_type: e.event_type,
      sub_event_type: e.sub_event_type,
      actor1: e.actor1?.acled ?? '',
      assoc_actor_1: names(e.assoc_actor_1),
      inter1: inter1 || '',
      actor2: e.actor2?.acled ?? '',
      assoc_actor_2: names(e.assoc_actor_2),
      inter2: inter2 || '',
      interaction: inter1 ? Number(`${Math.min(inter1, inter2 || inter1)}${inter2 ? Math.max(inter1, inter2) : 0}`) : '',
      country: e.country,
      admin1: e.admin1,
      location: e.location,
      location_ar: e.location_ar,
      latitude: e.latitude,
      longitude: e.longitude,
      geo_precision: e.geo_precision,
      source: e.source,
      notes: e.notes,
      fatalities: e.fatalities,
      cameo: e.cameo,
      claimant: e.claimant,
      quote: e.quote,
      confidence: e.confidence,
      article_id: e.article_id,
    };
    return COLUMNS.map((c) => csvCell(cells[c])).join(',');
  });
  return '\uFEFF' + [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

function names(actors: readonly ActorRef[]): string {
  return actors.map((a) => a.acled).join('; ');
}

function csvCell(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
