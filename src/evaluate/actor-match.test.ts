import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actorMatches } from './actor-match.js';
import { actor } from './eval-fixtures.js';

describe('actorMatches', () => {
  it('matches hamza, alef maqsura and ta marbuta variants of a gold name', () => {
    assert.ok(actorMatches(actor('x', 'الجيش الليبي'), ['الجيش الليبى']));
    assert.ok(actorMatches(actor('x', 'قوات الأمن'), ['قوات الامن']));
    assert.ok(actorMatches(actor('x', 'إدارة الحماية'), ['ادارة الحمايه']));
    assert.ok(actorMatches(actor('x', 'آلية عسكرية'), ['الية عسكرية']));
  });

  it('ignores diacritics, tatweel and letter case', () => {
    assert.ok(actorMatches(actor('x', 'قُوّات الـوفاق'), ['قوات الوفاق']));
    assert.ok(actorMatches(actor('Government of National Accord', 'م'), ['government of national accord']));
  });

  it('matches on the registry id', () => {
    assert.ok(actorMatches(actor('GNA', 'م', 'ly.gna'), ['ly.gna']));
  });

  it('accepts a mention that contains a gold name or is contained in one', () => {
    assert.ok(actorMatches(actor('x', 'لقوات الوفاق'), ['قوات الوفاق']));
    assert.ok(actorMatches(actor('x', 'طالبان'), ['حركة طالبان']));
    assert.ok(actorMatches(actor('x', 'للتحالف العربي'), ['التحالف العربي']));
    assert.equal(actorMatches(actor('x', 'قوات حفتر'), ['قوات الوفاق']), false);
  });

  it('treats an empty gold list as "not stated": only a null actor matches it', () => {
    assert.ok(actorMatches(null, []));
    assert.equal(actorMatches(actor('x', 'مسلحين'), []), false);
    assert.equal(actorMatches(null, ['قوات الوفاق']), false);
  });
});
