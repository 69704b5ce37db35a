/** The verbose listing: per article, each miss, extra and wrong field with a short reason, to guide extractor work. */
import type { EventRecord } from '../extract/event-record.js';
import type { EvalReport } from './evaluate.js';
import type { GoldEvent } from './gold-schema.js';
import { describeGold, describePrediction, explainExtra, explainMissed, explainPair } from './explain-errors.js';

const LEGEND = 'FN missed gold · FP extra prediction · BG prediction coding a negative · NS matched, not strict · ~ strict, other fields wrong';

export function formatDetails(report: EvalReport): string {
  const articles = report.articles
    .flatMap((match) => {
      const prediction = (p: number): string => `prediction #${p} ${describePrediction(match.predictions[p] as EventRecord)}`;
      const gold = (g: number): string => `gold #${g} ${describeGold(match.gold.events[g] as GoldEvent)}`;
      const lines = [
        ...match.missed.map((g) => `  FN ${gold(g)}: ${explainMissed(match, g)}`),
        ...match.extra.map((p) => `  FP ${prediction(p)}: ${explainExtra(match, p)}`),
        ...match.background.map(({ prediction: p, negatives }) => {
          const why = negatives.map((n) => match.gold.negatives[n]?.why ?? '').join('; ');
          return `  BG ${prediction(p)}: codes background (${why})`;
        }),
        ...match.pairs.flatMap((pair) => {
          const problems = explainPair(match, pair);
          const tag = pair.judgement.isStrict ? '~ ' : 'NS';
          return problems.length === 0 ? [] : [`  ${tag} ${prediction(pair.prediction)} = gold #${pair.gold}${pair.isOptional ? ' (optional)' : ''}: ${problems.join('; ')}`];
        }),
      ];
      return lines.length === 0 ? [] : [`article ${match.gold.id}`, ...lines];
    });
  return [LEGEND, ...articles].join('\n');
}
