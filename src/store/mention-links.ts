/**
 * Two tellings → are they the same event? Same sub-event type, dates at most a day apart, places within 10 km
 * (or both unplaced in one country), and actors that do not contradict each other on either side.
 */
import type { ActorRef, EventRecord } from '../extract/index.js';
import { daysBetween } from '../extract/index.js';
import { distanceKm } from '../gazetteer/index.js';
import { actorIdOf } from './stable-ids.js';

export const MAX_DAYS_APART = 1;
export const MAX_KM_APART = 10;

export function areLinked(a: EventRecord, b: EventRecord): boolean {
  return (
    a.sub_event_type === b.sub_event_type &&
    Math.abs(daysBetween(a.event_date, b.event_date)) <= MAX_DAYS_APART &&
    arePlacesClose(a, b) &&
    areActorsCompatible(a, b)
  );
}

function arePlacesClose(a: EventRecord, b: EventRecord): boolean {
  if (a.latitude === null || a.longitude === null || b.latitude === null || b.longitude === null) {
    return a.latitude === b.latitude && a.country === b.country;
  }
  return distanceKm(a.latitude, a.longitude, b.latitude, b.longitude) <= MAX_KM_APART;
}

/**
 * An unnamed side fits any actor; named sides must agree. A clash told from the other side (B against A) fits only
 * when both tellings name both sides: "X attacked" and "Y attacked" are two events, not one.
 */
function areActorsCompatible(a: EventRecord, b: EventRecord): boolean {
  const fits = (x: ActorRef | null, y: ActorRef | null) => x === null || y === null || actorIdOf(x) === actorIdOf(y);
  const same = (x: ActorRef | null, y: ActorRef | null) => x !== null && y !== null && actorIdOf(x) === actorIdOf(y);
  return (fits(a.actor1, b.actor1) && fits(a.actor2, b.actor2)) || (same(a.actor1, b.actor2) && same(a.actor2, b.actor1));
}
