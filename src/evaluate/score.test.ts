import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARTICLE, BACKGROUND, THREAT, fixtureGold, perfectPredictions, predictionOn } from './eval-fixtures.js';
import { matchEvents } from './match-events.js';
import { scoreMatches } from './score.js';

const scoreOf = (predictions = perfectPredictions()) => scoreMatches([matchEvents(ARTICLE, fixtureGold(), predictions)]);

describe('scoreMatches', () => {
  it('gives F1 1.0 and full accuracy to a perfect prediction', () => {
    const score = scoreOf();
    assert.deepEqual(score.detection, { tp: 2, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    assert.equal(score.strict.f1, 1);
    for (const ratio of Object.values(score.accuracy)) assert.deepEqual(ratio, { hit: 2, total: 2 });
    assert.deepEqual(score.background, { hit: 0, total: 1 });
  });

  it('keeps a detection but loses strict credit when the date is wrong', () => {
    const [strike, clash] = perfectPredictions();
    const score = scoreOf([{ ...strike!, event_date: '2024-03-12' }, clash!]);
    assert.equal(score.detection.f1, 1);
    assert.deepEqual([score.strict.tp, score.strict.precision, score.strict.recall], [1, 0.5, 0.5]);
    assert.deepEqual(score.accuracy.date, { hit: 1, total: 2 });
  });

  it('counts a prediction on a negative as background coded and as a false positive', () => {
    const score = scoreOf([...perfectPredictions(), predictionOn(BACKGROUND, {})]);
    assert.deepEqual(score.background, { hit: 1, total: 1 });
    assert.deepEqual([score.backgroundPredictions, score.extraEvents, score.detection.fp], [1, 0, 1]);
  });

  it('treats optional gold as neutral: coding it changes nothing, missing it costs nothing', () => {
    const threat = predictionOn(THREAT, { event_type: 'Strategic developments', sub_event_type: 'Other' });
    const withThreat = scoreOf([...perfectPredictions(), threat]);
    assert.deepEqual(withThreat.detection, scoreOf().detection);
    assert.deepEqual(withThreat.neutral, { optionalMatched: 1, optionalMissed: 0, predictionsOnOptional: 0 });
    assert.deepEqual(scoreOf().neutral, { optionalMatched: 0, optionalMissed: 1, predictionsOnOptional: 0 });
  });

  it('breaks detection down by gold country and recall by sub-event type', () => {
    const [strike] = perfectPredictions();
    const score = scoreOf([strike!]);
    assert.deepEqual(score.byCountry, [{ country: 'LY', tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5, f1: 2 / 3 }]);
    assert.deepEqual(score.bySubEvent.map((row) => [row.subEventType, row.gold, row.detected, row.recall]), [
      ['Air/drone strike', 1, 1, 1],
      ['Armed clash', 1, 0, 0],
    ]);
  });
});
