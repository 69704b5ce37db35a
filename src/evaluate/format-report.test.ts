import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARTICLE, BACKGROUND, fixtureGold, perfectPredictions, predictionOn } from './eval-fixtures.js';
import { evaluate } from './evaluate.js';
import { formatDetails } from './format-details.js';
import { formatReport } from './format-report.js';

describe('formatReport', () => {
  it('ends with the four lines scripts grep for', () => {
    const [strike] = perfectPredictions();
    const report = evaluate([ARTICLE], [fixtureGold()], () => [strike!, predictionOn(BACKGROUND, {})]);
    assert.deepEqual(formatReport(report).split('\n').slice(-4), [
      'detection P=0.500 R=0.500 F1=0.500 (tp=1 fp=1 fn=1)',
      'strict    P=0.500 R=0.500 F1=0.500',
      'accuracy  sub-event=100% date=100% place10=100% place25=100% place50=100% actor1=100% actor2=100% fatalities=100%',
      'background coded 1/1 (100%)  extra events beyond optional: 0',
    ]);
  });

  it('lists articles that have no gold line', () => {
    const report = evaluate([ARTICLE, { ...ARTICLE, id: 'stray' }], [fixtureGold()], perfectPredictions);
    assert.deepEqual(report.unscored, ['stray']);
    assert.match(formatReport(report), /articles without gold, not scored \(1\): stray/);
  });
});

describe('formatDetails', () => {
  it('gives each miss, background prediction and wrong field a reason', () => {
    const [strike] = perfectPredictions();
    const details = formatDetails(evaluate([ARTICLE], [fixtureGold()], () => [{ ...strike!, event_date: '2024-03-13' }, predictionOn(BACKGROUND, {})]));
    assert.match(details, /FN gold #1 Battles: Armed clash 2024-03-15 Misrata: not detected/);
    assert.match(details, /BG prediction #1 .*codes background \(battles three years earlier\)/);
    assert.match(details, /NS prediction #0 .*= gold #0: date 2024-03-13, gold 2024-03-14 ±0/);
  });
});
