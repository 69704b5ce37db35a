import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOne as only, kmFrom as near } from './test-pipeline.js';

test('states and regions of Sudan, Somalia and Nigeria are found in their own country, precision 3; their towns at precision 1', () => {
  // [sentence, country, precision, latitude, longitude of the state capital or the town]: a state is placed near its
  // centre, within reach of its capital
  const cases: [string, string, number, number, number][] = [
    ['قصفت قوات الدعم السريع قرى في ولاية الجزيرة.', 'SD', 3, 14.4, 33.52],
    ['اندلعت اشتباكات عنيفة بين الجيش والدعم السريع في ولاية جنوب كردفان.', 'SD', 3, 11.01, 29.72],
    ['قصفت مسيرة محطة كهرباء في ولاية نهر النيل.', 'SD', 3, 17.6, 33.97],
    ['هاجمت حركة الشباب مواقع للجيش في إقليم هيران.', 'SO', 3, 4.74, 45.2],
    ['سيطرت حركة الشباب على مدينة مهداي في إقليم شبيلي الوسطى.', 'SO', 1, 3.0, 45.53],
    ['قتل مسلحون من بوكو حرام عشرة مزارعين في ولاية بورنو.', 'NG', 3, 11.85, 13.16],
    ['خطف مسلحون عشرات القرويين في ولاية زمفارا.', 'NG', 3, 12.17, 6.66],
    // مدني alone is "civilian"; the two-word town name holds it whole.
    ['قصفت قوات الدعم السريع مدينة ود مدني.', 'SD', 1, 14.4, 33.52],
  ];
  for (const [text, country, precision, lat, lon] of cases) {
    const e = only(text);
    assert.equal(e.country, country, text);
    assert.equal(e.geo_precision, precision, text);
    assert.ok(near(e, lat, lon) < (precision === 3 ? 120 : 20), `${text}: placed at ${e.latitude}, ${e.longitude}`);
  }
  assert.equal(only('سيطرت حركة الشباب على مدينة مهداي في إقليم شبيلي الوسطى.').location, 'Mahaday');
});
