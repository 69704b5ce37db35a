/**
 * One article's event drafts → its events: the same event told twice (same sub-event type and place, and the
 * same day or one telling undated) becomes one event with every telling as evidence.
 */
import type { EventRecord } from './event-record.js';
import { daysBetween } from './calendar.js';

export interface EventDraft {
  record: EventRecord;
  /** Where the event was placed, to tell two tellings of one event from two events. */
  placeKey: string | null;
  isDated: boolean;
  sentence: number;
}

export function mergeDrafts(drafts: readonly EventDraft[]): EventRecord[] {
  const kept: EventDraft[] = [];
  for (const d of drafts) {
    const same = kept.find((k) => isSameEvent(k, d));
    if (!same) {
      kept.push({ ...d, record: { ...d.record, evidence: [...d.record.evidence], warnings: [...d.record.warnings] } });
      continue;
    }
    absorb(same, d);
  }
  return kept.map((k) => k.record);
}

function isSameEvent(a: EventDraft, b: EventDraft): boolean {
  if (a.record.sub_event_type !== b.record.sub_event_type) return false;
  if (a.sentence === b.sentence && (a.placeKey === b.placeKey || !a.placeKey || !b.placeKey)) return true;
  if (!a.placeKey || a.placeKey !== b.placeKey) return false;
  const gap = Math.abs(daysBetween(a.record.event_date, b.record.event_date));
  return gap === 0 || (gap <= 1 && (!a.isDated || !b.isDated));
}

/** The first telling leads; a later one adds evidence and fills what the first left empty. */
function absorb(into: EventDraft, other: EventDraft): void {
  const r = into.record;
  const o = other.record;
  if (!into.isDated && other.isDated) {
    r.event_date = o.event_date;
    r.time_precision = o.time_precision;
    into.isDated = true;
  }
  r.actor1 ??= o.actor1;
  r.actor2 ??= o.actor2;
  r.claimant ??= o.claimant;
  if (r.latitude === null && o.latitude !== null) {
    Object.assign(r, { location: o.location, location_ar: o.location_ar, admin1: o.admin1, country: o.country, latitude: o.latitude, longitude: o.longitude, geo_precision: o.geo_precision, radius_km: o.radius_km });
    into.placeKey ??= other.placeKey;
  }
  if (r.fatalities === 0) r.fatalities = o.fatalities;
  if (o.quote !== r.quote) r.evidence.push(...o.evidence);
  r.confidence = Math.min(1, Math.max(r.confidence, o.confidence) + 0.05);
}
