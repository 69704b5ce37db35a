import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MISRATA, fixtureGold, perfectPredictions } from './eval-fixtures.js';
import type { GoldEvent } from './gold-schema.js';
import { judgeMatch } from './judge-match.js';

// One degree of latitude is about 111 km.
const north = (km: number) => ({ latitude: MISRATA.latitude + km / 111.2, longitude: MISRATA.longitude });

describe('judgeMatch', () => {
  const [, clash] = perfectPredictions();
  const gold = fixtureGold().events[1] as GoldEvent;

  it('widens the place limits to radius_km for a vague place', () => {
    const judged = judgeMatch({ ...clash!, ...north(28) }, gold);
    assert.deepEqual([judged.isWithinNear, judged.isWithinFar, judged.isStrict], [true, true, true]);
    const narrow = judgeMatch({ ...clash!, ...north(28) }, { ...gold, radius_km: 0 });
    assert.deepEqual([narrow.isWithinNear, narrow.isWithinFar, narrow.isStrict], [false, true, false]);
  });

  it('is not strict beyond max(25 km, radius) nor within 50 km beyond it', () => {
    const judged = judgeMatch({ ...clash!, ...north(55) }, gold);
    assert.deepEqual([judged.isWithinFar, judged.isStrict, judged.isDateRight], [false, false, true]);
  });

  it('is never strict without coordinates', () => {
    const judged = judgeMatch({ ...clash!, latitude: null, longitude: null }, gold);
    assert.deepEqual([judged.distanceKm, judged.isWithinFar, judged.isStrict], [null, false, false]);
  });

  it('accepts a date within date_tolerance_days and not beyond', () => {
    const tolerant = { ...gold, date_tolerance_days: 1 };
    assert.equal(judgeMatch({ ...clash!, event_date: '2024-03-16' }, tolerant).isDateRight, true);
    assert.equal(judgeMatch({ ...clash!, event_date: '2024-03-17' }, tolerant).isDateRight, false);
    assert.equal(judgeMatch({ ...clash!, event_date: 'الخميس' }, tolerant).isDateRight, false);
  });

  it('counts fatalities only when exact', () => {
    assert.equal(judgeMatch({ ...clash!, fatalities: 1 }, gold).isFatalitiesRight, false);
  });
});
