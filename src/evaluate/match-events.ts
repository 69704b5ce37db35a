/** Pairs one article's predictions with its gold events one-to-one, and sorts out what is left over. */
import type { Article, EventRecord } from '../extract/event-record.js';
import type { Span } from '../text/span.js';
import { daysBetween } from './days-between.js';
import type { GoldArticle, GoldEvent } from './gold-schema.js';
import { judgeMatch, type PairJudgement } from './judge-match.js';
import { anyOverlap, locateQuotes, overlapLength, predictionSpans } from './locate-evidence.js';

export interface MatchedPair {
  prediction: number;
  gold: number;
  /** A match on an optional gold event is reported but counts neither way. */
  isOptional: boolean;
  judgement: PairJudgement;
}

/** An unmatched prediction that codes a passage gold marked as not an event. */
export interface BackgroundPrediction {
  prediction: number;
  negatives: number[];
}

/** Indices refer to `predictions`, `gold.events` and `gold.negatives`. */
export interface ArticleMatch {
  article: Article;
  gold: GoldArticle;
  predictions: EventRecord[];
  // Spans are kept so reports can explain misses without searching the text again.
  goldSpans: Span[][];
  negativeSpans: Span[][];
  predictionSpans: Span[][];
  pairs: MatchedPair[];
  /** Unmatched predictions on an optional gold event: neutral. */
  onOptional: number[];
  background: BackgroundPrediction[];
  /** Unmatched predictions on neither optional gold nor a negative. */
  extra: number[];
  /** Unmatched required gold events: false negatives. */
  missed: number[];
  /** Unmatched optional gold events: neutral. */
  optionalMissed: number[];
}

interface Candidate {
  prediction: number;
  gold: number;
  isSameSubEvent: boolean;
  dateDiffDays: number;
  overlap: number;
}

export function matchEvents(article: Article, gold: GoldArticle, predictions: EventRecord[]): ArticleMatch {
  const goldSpans = gold.events.map((event, i) => locateQuotes(article.text, event.evidence, `gold "${gold.id}" event ${i}`));
  const negativeSpans = gold.negatives.map((negative, i) => locateQuotes(article.text, [negative.evidence], `gold "${gold.id}" negative ${i}`));
  const spansOf = predictions.map(predictionSpans);

  const candidates: Candidate[] = [];
  predictions.forEach((predicted, p) => {
    gold.events.forEach((event, g) => {
      const [mine, theirs] = [spansOf[p] ?? [], goldSpans[g] ?? []];
      if (!event.event_type.includes(predicted.event_type) || !anyOverlap(mine, theirs)) return;
      candidates.push({
        prediction: p,
        gold: g,
        isSameSubEvent: event.sub_event_type.includes(predicted.sub_event_type),
        dateDiffDays: daysBetween(predicted.event_date, event.event_date),
        overlap: overlapLength(mine, theirs),
      });
    });
  });

  // Reported in prediction order; the assignment order is an implementation detail.
  const chosen = assignBestFirst(candidates).sort((a, b) => a.prediction - b.prediction);
  const pairs = chosen.map(({ prediction, gold: g }): MatchedPair => {
    const event = gold.events[g] as GoldEvent;
    return { prediction, gold: g, isOptional: event.optional, judgement: judgeMatch(predictions[prediction] as EventRecord, event) };
  });
  const matchedPredictions = new Set(pairs.map((pair) => pair.prediction));
  const matchedGold = new Set(pairs.map((pair) => pair.gold));
  const optionalSpans = gold.events.flatMap((event, g) => (event.optional ? (goldSpans[g] ?? []) : []));

  const result: ArticleMatch = {
    article, gold, predictions, goldSpans, negativeSpans, predictionSpans: spansOf, pairs,
    onOptional: [], background: [], extra: [], missed: [], optionalMissed: [],
  };
  spansOf.forEach((mine, p) => {
    if (matchedPredictions.has(p)) return;
    const negatives = negativeSpans.flatMap((theirs, n) => (anyOverlap(mine, theirs) ? [n] : []));
    if (anyOverlap(mine, optionalSpans)) result.onOptional.push(p);
    else if (negatives.length > 0) result.background.push({ prediction: p, negatives });
    else result.extra.push(p);
  });
  gold.events.forEach((event, g) => {
    if (!matchedGold.has(g)) (event.optional ? result.optionalMissed : result.missed).push(g);
  });
  return result;
}

/** Greedy best-first: same sub-event first, then the closer date, then the larger overlap, then input order. */
function assignBestFirst(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) =>
      Number(b.isSameSubEvent) - Number(a.isSameSubEvent) ||
      compareDistance(a.dateDiffDays, b.dateDiffDays) ||
      b.overlap - a.overlap ||
      a.prediction - b.prediction ||
      a.gold - b.gold,
  );
  const [usedPredictions, usedGold] = [new Set<number>(), new Set<number>()];
  return ranked.filter((candidate) => {
    if (usedPredictions.has(candidate.prediction) || usedGold.has(candidate.gold)) return false;
    usedPredictions.add(candidate.prediction);
    usedGold.add(candidate.gold);
    return true;
  });
}

/** Infinity (an unreadable date) ranks last, and two of them tie instead of giving NaN. */
function compareDistance(a: number, b: number): number {
  return a === b ? 0 : a - b;
}
