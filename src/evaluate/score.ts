/** Counts matched, missed and extra events over all articles and turns them into the figures the report prints. */
import type { PairJudgement } from './judge-match.js';
import type { ArticleMatch, MatchedPair } from './match-events.js';
import { prf, type Prf } from './precision-recall.js';
import { scoreByCountry, scoreBySubEvent, type CountryScore, type SubEventRecall } from './score-breakdowns.js';

/** `hit` of `total`; the report prints it as a percentage. */
export interface Ratio {
  hit: number;
  total: number;
}

export interface DetectionScore extends Prf {
  tp: number;
  /** Extra predictions plus background-coded ones: coding a negative is a wrong event. */
  fp: number;
  fn: number;
}

export type AccuracyField = 'subEvent' | 'date' | 'place10' | 'place25' | 'place50' | 'actor1' | 'actor2' | 'fatalities';

export interface Score {
  detection: DetectionScore;
  /** A detection match that also has the right sub-event, date and place. */
  strict: Prf & { tp: number };
  /** Over required (non-optional) detection matches. */
  accuracy: Record<AccuracyField, Ratio>;
  /** Negatives coded as events, of all negatives. */
  background: Ratio;
  /** Predictions that coded a negative; they are part of `detection.fp`. */
  backgroundPredictions: number;
  /** Predictions on neither gold, optional gold nor a negative; the rest of `detection.fp`. */
  extraEvents: number;
  /** What counted neither way, reported so a change in it is visible. */
  neutral: { optionalMatched: number; optionalMissed: number; predictionsOnOptional: number };
  byCountry: CountryScore[];
  bySubEvent: SubEventRecall[];
}

type Verdict = { [K in keyof PairJudgement]: PairJudgement[K] extends boolean ? K : never }[keyof PairJudgement];

const JUDGED: Record<AccuracyField, Verdict> = {
  subEvent: 'isSubEventRight',
  date: 'isDateRight',
  place10: 'isWithinNear',
  place25: 'isWithinStrict',
  place50: 'isWithinFar',
  actor1: 'isActor1Right',
  actor2: 'isActor2Right',
  fatalities: 'isFatalitiesRight',
};

export function scoreMatches(matches: readonly ArticleMatch[]): Score {
  const required: MatchedPair[] = matches.flatMap((match) => match.pairs.filter((pair) => !pair.isOptional));
  const backgroundPredictions = sum(matches, (match) => match.background.length);
  const extraEvents = sum(matches, (match) => match.extra.length);
  const tp = required.length;
  const fp = extraEvents + backgroundPredictions;
  const fn = sum(matches, (match) => match.missed.length);
  const strictTp = required.filter((pair) => pair.judgement.isStrict).length;
  const accuracy = Object.fromEntries(
    Object.entries(JUDGED).map(([field, key]) => [field, { hit: required.filter((pair) => pair.judgement[key]).length, total: tp }]),
  ) as Record<AccuracyField, Ratio>;
  return {
    detection: { tp, fp, fn, ...prf(tp, fp, fn) },
    // Every counted prediction and gold event stays in the denominators: a non-strict match is wrong both ways.
    strict: { tp: strictTp, ...prf(strictTp, tp + fp - strictTp, tp + fn - strictTp) },
    accuracy,
    background: {
      hit: sum(matches, (match) => new Set(match.background.flatMap((item) => item.negatives)).size),
      total: sum(matches, (match) => match.gold.negatives.length),
    },
    backgroundPredictions,
    extraEvents,
    neutral: {
      optionalMatched: sum(matches, (match) => match.pairs.length) - tp,
      optionalMissed: sum(matches, (match) => match.optionalMissed.length),
      predictionsOnOptional: sum(matches, (match) => match.onOptional.length),
    },
    byCountry: scoreByCountry(matches),
    bySubEvent: scoreBySubEvent(matches),
  };
}

function sum<T>(items: readonly T[], count: (item: T) => number): number {
  return items.reduce((total, item) => total + count(item), 0);
}
