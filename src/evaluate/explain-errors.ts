/** Says in a few words why a prediction or gold event went unmatched, or what a match got wrong. */
import type { EventRecord } from '../extract/event-record.js';
import type { GoldEvent } from './gold-schema.js';
import { PLACE_LIMITS_KM } from './judge-match.js';
import { anyOverlap } from './locate-evidence.js';
import type { ArticleMatch, MatchedPair } from './match-events.js';

export function describePrediction(event: EventRecord): string {
  return `${event.event_type}: ${event.sub_event_type} ${event.event_date || '(no date)'} ${event.location ?? '(no place)'}`;
}

export function describeGold(event: GoldEvent): string {
  return `${event.event_type.join(' | ')}: ${event.sub_event_type.join(' | ')} ${event.event_date} ${event.location}`;
}

/** Why an extra prediction matched nothing: the gold events its evidence touches, if any. */
export function explainExtra(match: ArticleMatch, p: number): string {
  const mine = match.predictionSpans[p] ?? [];
  if (mine.length === 0) return 'no evidence spans';
  // Indices come from matchEvents over these same arrays.
  const predicted = match.predictions[p] as EventRecord;
  const reasons = match.gold.events.flatMap((event, g) => {
    if (!anyOverlap(mine, match.goldSpans[g] ?? [])) return [];
    if (!event.event_type.includes(predicted.event_type)) return [`wrong type: gold #${g} is ${event.event_type.join(' | ')}`];
    const owner = match.pairs.find((pair) => pair.gold === g)?.prediction;
    return [`duplicate: gold #${g} already matched by prediction #${owner ?? '?'}`];
  });
  return reasons.length > 0 ? reasons.join('; ') : 'evidence touches no gold event or negative';
}

/** Why a required gold event was missed: no prediction touched it, or those that did went wrong. */
export function explainMissed(match: ArticleMatch, g: number): string {
  const theirs = match.goldSpans[g] ?? [];
  const reasons = match.predictions.flatMap((predicted, p) => {
    if (!anyOverlap(match.predictionSpans[p] ?? [], theirs)) return [];
    const other = match.pairs.find((pair) => pair.prediction === p)?.gold;
    if (other !== undefined) return [`prediction #${p} matched gold #${other} instead`];
    return [`predicted as ${predicted.event_type} (#${p})`];
  });
  return reasons.length > 0 ? reasons.join('; ') : 'not detected';
}

/** The fields a matched pair got wrong, strict ones first; empty when all are right. */
export function explainPair(match: ArticleMatch, pair: MatchedPair): string[] {
  const predicted = match.predictions[pair.prediction] as EventRecord;
  const gold = match.gold.events[pair.gold] as GoldEvent;
  const { judgement } = pair;
  const placeLimit = Math.max(PLACE_LIMITS_KM.strict, gold.radius_km);
  const problems: string[] = [];
  if (!judgement.isSubEventRight) problems.push(`sub-event ${predicted.sub_event_type}, gold ${gold.sub_event_type.join(' | ')}`);
  if (!judgement.isDateRight) problems.push(`date ${predicted.event_date || '(none)'}, gold ${gold.event_date} ±${gold.date_tolerance_days}`);
  if (judgement.distanceKm === null) problems.push(`no coordinates (gold ${gold.location})`);
  else if (judgement.distanceKm > placeLimit) {
    problems.push(`place ${Math.round(judgement.distanceKm)} km from ${gold.location} (limit ${placeLimit} km)`);
  }
  if (!judgement.isActor1Right) problems.push(`actor1 ${predicted.actor1?.mention ?? '(none)'}, gold ${listOrNone(gold.actor1)}`);
  if (!judgement.isActor2Right) problems.push(`actor2 ${predicted.actor2?.mention ?? '(none)'}, gold ${listOrNone(gold.actor2)}`);
  if (!judgement.isFatalitiesRight) problems.push(`fatalities ${predicted.fatalities}, gold ${gold.fatalities}`);
  return problems;
}

function listOrNone(names: readonly string[]): string {
  return names.length === 0 ? '(none)' : names.join(' | ');
}
