/** The plain-text summary of an evaluation; its last four lines are fixed so scripts can grep them. */
import type { EvalReport } from './evaluate.js';
import type { Ratio } from './score.js';
import { formatTable } from './text-table.js';

export function formatReport(report: EvalReport): string {
  const { detection, strict, accuracy, background, neutral } = report;
  const predictions = report.articles.reduce((total, match) => total + match.predictions.length, 0);
  const goldEvents = report.articles.reduce((total, match) => total + match.gold.events.length, 0);
  const lines = [
    `articles scored ${report.articles.length}; gold events ${goldEvents} (${detection.tp + detection.fn} required); predictions ${predictions}`,
    '',
    'by gold country',
    ...formatTable([
      ['country', 'tp', 'fp', 'fn', 'P', 'R', 'F1'],
      ...report.byCountry.map((row) => [row.country, ...[row.tp, row.fp, row.fn].map(String), ...[row.precision, row.recall, row.f1].map(fixed)]),
    ]).map(indent),
    '',
    'recall by gold sub-event type',
    ...formatTable([
      ['sub-event type', 'gold', 'detected', 'sub-event right', 'recall'],
      ...report.bySubEvent.map((row) => [row.subEventType, ...[row.gold, row.detected, row.subEventRight].map(String), fixed(row.recall)]),
    ]).map(indent),
    '',
    `neutral: optional gold matched ${neutral.optionalMatched}, optional gold missed ${neutral.optionalMissed}, other predictions on optional gold ${neutral.predictionsOnOptional}`,
    `false positives: ${report.backgroundPredictions} coding background, ${report.extraEvents} extra`,
    ...(report.unscored.length > 0 ? [`articles without gold, not scored (${report.unscored.length}): ${report.unscored.join(', ')}`] : []),
    '',
    `detection P=${fixed(detection.precision)} R=${fixed(detection.recall)} F1=${fixed(detection.f1)} (tp=${detection.tp} fp=${detection.fp} fn=${detection.fn})`,
    `strict    P=${fixed(strict.precision)} R=${fixed(strict.recall)} F1=${fixed(strict.f1)}`,
    `accuracy  sub-event=${percent(accuracy.subEvent)} date=${percent(accuracy.date)} place10=${percent(accuracy.place10)} ` +
      `place25=${percent(accuracy.place25)} place50=${percent(accuracy.place50)} actor1=${percent(accuracy.actor1)} actor2=${percent(accuracy.actor2)} fatalities=${percent(accuracy.fatalities)}`,
    `background coded ${background.hit}/${background.total} (${percent(background)})  extra events beyond optional: ${report.extraEvents}`,
  ];
  return lines.join('\n');
}

function fixed(value: number): string {
  return value.toFixed(3);
}

/** A ratio over nothing prints as 0%, so the grep-able lines always hold numbers. */
function percent({ hit, total }: Ratio): string {
  return `${total === 0 ? 0 : Math.round((100 * hit) / total)}%`;
}

function indent(line: string): string {
  return `  ${line}`;
}
