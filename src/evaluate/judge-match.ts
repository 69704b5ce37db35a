/** Judges each field of a prediction already matched to a gold event: what it got right, and by how much it missed. */
import type { EventRecord } from '../extract/event-record.js';
import { actorMatches } from './actor-match.js';
import { daysBetween } from './days-between.js';
import type { GoldEvent } from './gold-schema.js';
import { distanceKm, isWithin } from './place-distance.js';

/** Place limits in km; gold's radius_km widens each of them. */
export const PLACE_LIMITS_KM = { strict: 25, near: 10, far: 50 } as const;

export interface PairJudgement {
  isSubEventRight: boolean;
  dateDiffDays: number;
  isDateRight: boolean;
  /** Null when the prediction has no coordinates. */
  distanceKm: number | null;
  isWithinNear: boolean;
  /** Within the strict limit (25 km), the figure the [geo] targets use. */
  isWithinStrict: boolean;
  isWithinFar: boolean;
  isActor1Right: boolean;
  isActor2Right: boolean;
  isFatalitiesRight: boolean;
  /** Sub-event, date (within tolerance) and place (within the strict limit) all right. */
  isStrict: boolean;
}

export function judgeMatch(predicted: EventRecord, gold: GoldEvent): PairJudgement {
  const isSubEventRight = gold.sub_event_type.includes(predicted.sub_event_type);
  const dateDiffDays = daysBetween(predicted.event_date, gold.event_date);
  const isDateRight = dateDiffDays <= gold.date_tolerance_days;
  const distance = distanceKm(predicted, gold);
  return {
    isSubEventRight,
    dateDiffDays,
    isDateRight,
    distanceKm: distance,
    isWithinNear: isWithin(distance, PLACE_LIMITS_KM.near, gold.radius_km),
    isWithinStrict: isWithin(distance, PLACE_LIMITS_KM.strict, gold.radius_km),
    isWithinFar: isWithin(distance, PLACE_LIMITS_KM.far, gold.radius_km),
    isActor1Right: actorMatches(predicted.actor1, gold.actor1),
    isActor2Right: actorMatches(predicted.actor2, gold.actor2),
    isFatalitiesRight: predicted.fatalities === gold.fatalities,
    isStrict: isSubEventRight && isDateRight && isWithin(distance, PLACE_LIMITS_KM.strict, gold.radius_km),
  };
}
