import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EvalInputError } from './eval-input-error.js';
import { ARTICLE, BACKGROUND, CLASH, STRIKE, THREAT, fixtureGold, perfectPredictions, predictionOn } from './eval-fixtures.js';
import { matchEvents } from './match-events.js';

describe('matchEvents', () => {
  it('pairs each prediction with the gold event its evidence overlaps', () => {
    const match = matchEvents(ARTICLE, fixtureGold(), perfectPredictions());
    assert.deepEqual(match.pairs.map(({ prediction, gold }) => [prediction, gold]), [[0, 0], [1, 1]]);
    assert.deepEqual([match.extra, match.missed, match.optionalMissed], [[], [], [2]]);
  });

  it('does not pair a prediction of the wrong event type, so it is extra and the gold is missed', () => {
    const match = matchEvents(ARTICLE, fixtureGold(), [predictionOn(STRIKE, { event_type: 'Protests', sub_event_type: 'Peaceful protest' })]);
    assert.deepEqual([match.pairs, match.extra, match.missed], [[], [0], [0, 1]]);
  });

  it('gives a gold event to one prediction only, preferring the one with the same sub-event', () => {
    const shelling = predictionOn(STRIKE, { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack' });
    const [strike] = perfectPredictions();
    const match = matchEvents(ARTICLE, fixtureGold(), [shelling, strike!]);
    assert.deepEqual(match.pairs.map(({ prediction, gold }) => [prediction, gold]), [[1, 0]]);
    assert.deepEqual(match.extra, [0]);
  });

  it('prefers the closer date when the sub-event ties', () => {
    const [strike] = perfectPredictions();
    const late = { ...strike!, event_date: '2024-03-16' };
    const match = matchEvents(ARTICLE, fixtureGold(), [late, strike!]);
    assert.deepEqual(match.pairs.map((pair) => pair.prediction), [1]);
  });

  it('counts an unmatched prediction on a negative as background, naming the negative', () => {
    const match = matchEvents(ARTICLE, fixtureGold(), [predictionOn(BACKGROUND, {})]);
    assert.deepEqual(match.background, [{ prediction: 0, negatives: [0] }]);
    assert.deepEqual(match.extra, []);
  });

  it('leaves a prediction on an optional gold event neutral whether or not it is paired', () => {
    const threat = predictionOn(THREAT, { event_type: 'Strategic developments', sub_event_type: 'Other' });
    const wrongType = predictionOn(THREAT, { event_type: 'Battles' });
    const match = matchEvents(ARTICLE, fixtureGold(), [threat, wrongType]);
    assert.deepEqual(match.pairs.map(({ gold, isOptional }) => [gold, isOptional]), [[2, true]]);
    assert.deepEqual([match.onOptional, match.extra, match.optionalMissed], [[1], [], []]);
  });

  it('locates every occurrence of a gold quote, so a prediction on a repeat still matches', () => {
    const repeated = { ...ARTICLE, text: `${ARTICLE.text} ${CLASH}` };
    const at = repeated.text.lastIndexOf(CLASH);
    const onRepeat = predictionOn(CLASH, { event_date: '2024-03-15' });
    const sentence = { start: at, end: at + CLASH.length };
    onRepeat.evidence = [{ quote: CLASH, sentence, spans: { trigger: sentence }, claimant: null, fatalities: 0 }];
    const match = matchEvents(repeated, fixtureGold(), [onRepeat]);
    assert.deepEqual(match.pairs.map((pair) => pair.gold), [1]);
  });

  it('uses the spans inside a telling, not only its sentence', () => {
    const start = ARTICLE.text.indexOf('قوات الوفاق');
    const clash = predictionOn(CLASH, { event_date: '2024-03-15' });
    clash.evidence = [{ quote: '', sentence: { start: 0, end: 0 }, spans: { trigger: { start, end: start + 5 } }, claimant: null, fatalities: 0 }];
    assert.deepEqual(matchEvents(ARTICLE, fixtureGold(), [clash]).pairs.map((pair) => pair.gold), [1]);
  });

  it('fails with the gold id and event when a gold quote is not in the article', () => {
    const gold = fixtureGold();
    gold.events[1]!.evidence = ['اشتبكت قوات حفتر'];
    assert.throws(() => matchEvents(ARTICLE, gold, []), (err: unknown) => {
      assert.ok(err instanceof EvalInputError);
      assert.equal(err.code, 'eval_gold_mismatch');
      assert.match(err.message, /gold "fixture-1" event 1: expected evidence to be an exact substring.*اشتبكت قوات حفتر/);
      return true;
    });
  });
});
