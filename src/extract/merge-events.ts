/**
 * One article's event drafts → its events: the same event told twice (same sub-event type and place, and the
 * same day or one telling undated) becomes one event with every telling as evidence; so does the fighting for a
 * town that the same article says was taken.
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
  // Territory events lead, so the fighting for a town joins its capture whichever is told first.
  const ordered = [...drafts].sort((a, b) => Number(TERRITORY.has(b.record.sub_event_type)) - Number(TERRITORY.has(a.record.sub_event_type)));
  for (const d of ordered) {
    const same = kept.find((k) => isSameEvent(k, d));
    if (!same) {
      kept.push({ ...d, record: { ...d.record, evidence: [...d.record.evidence], warnings: [...d.record.warnings] } });
      continue;
    }
    absorb(same, d);
  }
  return kept.map((k) => k.record);
}

const UNDATED_REACH_DAYS = 7;
const TERRITORY = new Set(['Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory']);

function isSameEvent(a: EventDraft, b: EventDraft): boolean {
  // "استعادت السيطرة على البلدة بعد اشتباكات": the clash is how the town was taken, not a second event.
  const isFightForTown = TERRITORY.has(a.record.sub_event_type) && b.record.sub_event_type === 'Armed clash';
  if (isFightForTown && a.sentence === b.sentence) return true;
  if (a.record.sub_event_type !== b.record.sub_event_type && !isFightForTown) return false;
  if (a.sentence === b.sentence && (a.placeKey === b.placeKey || !a.placeKey || !b.placeKey)) return true;
  if (!a.placeKey || a.placeKey !== b.placeKey) return false;
  // An undated telling (a headline, "the attack") carries the publication date only by default.
  const gap = Math.abs(daysBetween(a.record.event_date, b.record.event_date));
  return gap === 0 || (gap <= UNDATED_REACH_DAYS && (!a.isDated || !b.isDated));
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
