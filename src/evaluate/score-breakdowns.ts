/** Splits detection by gold country and recall by gold sub-event type, to show where the extractor is weak. */
import type { ArticleMatch } from './match-events.js';
import { prf, ratio, type Prf } from './precision-recall.js';

export interface CountryScore extends Prf {
  country: string;
  tp: number;
  fp: number;
  fn: number;
}

export interface SubEventRecall {
  /** Gold's acceptable sub-event types joined with " | " when there are several. */
  subEventType: string;
  gold: number;
  detected: number;
  /** Detected with an acceptable sub-event type. */
  subEventRight: number;
  recall: number;
}

export function scoreByCountry(matches: readonly ArticleMatch[]): CountryScore[] {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const add = (country: string, field: 'tp' | 'fp' | 'fn'): void => {
    const entry = counts.get(country) ?? { tp: 0, fp: 0, fn: 0 };
    entry[field] += 1;
    counts.set(country, entry);
  };
  for (const match of matches) {
    const countryOf = (g: number): string => match.gold.events[g]?.country ?? UNKNOWN;
    for (const pair of match.pairs) if (!pair.isOptional) add(countryOf(pair.gold), 'tp');
    for (const g of match.missed) add(countryOf(g), 'fn');
    const falsePositives = [...match.extra, ...match.background.map((item) => item.prediction)];
    for (const p of falsePositives) add(articleCountry(match) ?? match.predictions[p]?.country ?? UNKNOWN, 'fp');
  }
  return [...counts.entries()]
    .sort(([a], [b]) => byCodeUnits(a, b))
    .map(([country, { tp, fp, fn }]) => ({ country, tp, fp, fn, ...prf(tp, fp, fn) }));
}

export function scoreBySubEvent(matches: readonly ArticleMatch[]): SubEventRecall[] {
  const rows = new Map<string, SubEventRecall>();
  for (const match of matches) {
    const pairOf = new Map(match.pairs.map((pair) => [pair.gold, pair]));
    match.gold.events.forEach((event, g) => {
      if (event.optional) return;
      const subEventType = event.sub_event_type.join(' | ');
      const row = rows.get(subEventType) ?? { subEventType, gold: 0, detected: 0, subEventRight: 0, recall: 0 };
      const pair = pairOf.get(g);
      row.gold += 1;
      row.detected += pair === undefined ? 0 : 1;
      row.subEventRight += pair?.judgement.isSubEventRight === true ? 1 : 0;
      row.recall = ratio(row.detected, row.gold);
      rows.set(subEventType, row);
    });
  }
  return [...rows.values()].sort((a, b) => byCodeUnits(a.subEventType, b.subEventType));
}

const UNKNOWN = '??';

/**
 * A false positive has no gold event, so it is charged to the country the article's gold events are in (the most
 * frequent, ties alphabetical); the prediction's own country is used only when gold codes nothing in the article.
 */
function articleCountry(match: ArticleMatch): string | undefined {
  const tally = new Map<string, number>();
  for (const event of match.gold.events) tally.set(event.country, (tally.get(event.country) ?? 0) + 1);
  return [...tally.entries()].sort(([a, x], [b, y]) => y - x || byCodeUnits(a, b))[0]?.[0];
}

/** Locale-free ordering, so the report is the same on every machine. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
