import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_DATA_DIR } from '../data-dir.js';
import { loadLexicon } from '../lexicon/index.js';
import { readDistance } from './numbers.js';
import { tokenize } from './tokens.js';

const lexicon = loadLexicon(DEFAULT_DATA_DIR);
/** Distance units as src/extract/index.ts builds them: every distance-unit spelling, folded. */
const units = new Map(lexicon.spellings.filter((s) => s.kind === 'distance-unit').map((s) => [lexicon.fold(s.text), s.value as number]));

const tokensOf = (text: string) => tokenize(lexicon.normalize(text).text);
/** [value, first, last, isVague] of the number read at token `at`, or null. */
function read(text: string, at = 0): [number, number, number, boolean] | null {
  const n = lexicon.numbers.readNumber(tokensOf(text), at);
  return n && [n.value, n.first, n.last, n.isVague];
}
const distance = (text: string, at = 0) => readDistance(lexicon.numbers, units, tokensOf(text), at);

describe('readNumber', () => {
  it('reads a number in ASCII digits', () => {
    assert.deepEqual(read('قتل 12 شخصا', 1), [12, 1, 1, false]);
  });

  it('finishes a number begun in words with digits after a lone و: ستة آلاف و259', () => {
    assert.deepEqual(read('ستة آلاف و259 مدنيا'), [6259, 0, 3, false]);
  });

  it('reads Arabic-Indic and Persian digits once normalized', () => {
    assert.deepEqual(read('قتل ١٢ شخصا', 1), [12, 1, 1, false]);
    assert.deepEqual(read('۲۵ جريحا'), [25, 0, 0, false]);
  });

  it('reads thousands commas and decimal points', () => {
    assert.deepEqual(read('نزح 1,200 شخص', 1), [1200, 1, 1, false]);
    assert.deepEqual(read('٣٫٥ كم'), [3.5, 0, 0, false]);
  });

  it('multiplies digits by a following ألف', () => {
    assert.deepEqual(read('نزح 20 ألف شخص', 1), [20000, 1, 2, false]);
  });

  it('reads single number words: اثنين، خمس، ثلاثة', () => {
    assert.deepEqual(read('مقتل اثنين من عناصرها', 1), [2, 1, 1, false]);
    assert.deepEqual(read('نفذ الطيران خمس غارات', 2), [5, 2, 2, false]);
    assert.deepEqual(read('ثلاثة مدنيين'), [3, 0, 0, false]);
  });

  it('adds عشر to a unit: أربعة عشر is 14', () => {
    assert.deepEqual(read('قتل أربعة عشر شخصا', 1), [14, 1, 2, false]);
    assert.deepEqual(read('اثنا عشر جنديا'), [12, 0, 1, false]);
  });

  it('adds a ten joined by و: خمسة وعشرين is 25', () => {
    assert.deepEqual(read('خمسة وعشرين قتيلا'), [25, 0, 1, false]);
    assert.deepEqual(read('مئة وخمسون'), [150, 0, 1, false]);
  });

  it('multiplies by آلاف: ثلاثة آلاف is 3000, عشرة آلاف is 10000', () => {
    assert.deepEqual(read('نزح ثلاثة آلاف شخص', 1), [3000, 1, 2, false]);
    assert.deepEqual(read('عشرة آلاف'), [10000, 0, 1, false]);
  });

  it('reads عشرات and العشرات as a vague 10, مئات as a vague 100', () => {
    assert.deepEqual(read('قتل عشرات المدنيين', 1), [10, 1, 1, true]);
    assert.deepEqual(read('أصيب العشرات', 1), [10, 1, 1, true]);
    assert.deepEqual(read('اعتقل مئات المحتجين', 1), [100, 1, 1, true]);
  });

  it('stops at the first word that is not part of the number', () => {
    assert.deepEqual(read('ثلاثة جنود وعشرين مدنيا'), [3, 0, 0, false]);
    assert.deepEqual(read('خمسة أربعة'), [5, 0, 0, false]);
  });

  it('does not read a word that is not a number, or past the last token', () => {
    assert.equal(read('قتل شخص'), null);
    assert.equal(read('قتل', 3), null);
  });

  it('reads ألفين alone as 2000', () => {
    assert.deepEqual(read('نزح ألفين من السكان', 1), [2000, 1, 1, false]);
  });

  it('reads مئتا, the construct dual, as 200', () => {
    assert.deepEqual(read('قتل مئتا شخص', 1), [200, 1, 1, false]);
  });
});

describe('readDistance', () => {
  it('reads digits and كم: 95 كم', () => {
    assert.deepEqual(distance('على بعد 95 كم من سرت', 2), { km: 95, first: 2, last: 3 });
  });

  it('reads كلم and a unit glued to the digits', () => {
    assert.deepEqual(distance('90 كلم جنوب المدينة'), { km: 90, first: 0, last: 1 });
    assert.deepEqual(distance('٩٥كم'), { km: 95, first: 0, last: 1 });
  });

  it('reads number words before كيلومترات: عشرة كيلومترات', () => {
    assert.deepEqual(distance('على بعد عشرة كيلومترات', 2), { km: 10, first: 2, last: 3 });
    assert.deepEqual(distance('خمسة وعشرين كيلومترا'), { km: 25, first: 0, last: 2 });
  });

  it('is null when no distance unit follows the number', () => {
    assert.equal(distance('قتل 95 شخصا', 1), null);
    assert.equal(distance('95'), null);
    assert.equal(distance('كم'), null);
  });

  it('converts metres and miles to kilometres', () => {
    assert.equal(distance('على بعد مئة متر', 2)?.km, 0.1);
    assert.ok(Math.abs((distance('عشرة أميال')?.km ?? 0) - 16.09) < 1e-9);
  });
});
