import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_DATA_DIR } from '../data-dir.js';
import { createStemmer, loadCliticRules, type StemVariant } from './clitics.js';

const stem = createStemmer(loadCliticRules(DEFAULT_DATA_DIR));
const stems = (word: string) => stem(word).map((v) => v.stem);
const offsetOf = (word: string, s: string) => stem(word).find((v) => v.stem === s)?.offset;

describe('createStemmer', () => {
  it('reads وبالمدينه as conjunction, preposition and article peeled one by one', () => {
    assert.deepEqual(stem('وبالمدينه'), [
      { stem: 'وبالمدينه', offset: 0 },
      { stem: 'بالمدينه', offset: 1 },
      { stem: 'المدينه', offset: 2 },
      { stem: 'مدينه', offset: 4 },
    ] satisfies StemVariant[]);
  });

  it('reads للجيش as ل + الجيش, the article alef dropped', () => {
    assert.ok(stems('للجيش').includes('الجيش'));
    assert.equal(offsetOf('للجيش', 'جيش'), 2);
  });

  it('ends every reading at the end of the word, so offset + stem length is the word length', () => {
    for (const word of ['وبالمدينه', 'للجيش', 'وللقوات', 'لليبيا', 'فبقوات', 'كالمعتاد']) {
      for (const v of stem(word)) assert.equal(v.offset + v.stem.length, word.length, `${word} → ${v.stem} at ${v.offset}`);
    }
  });

  it('reads والجيش and فالجيش as a conjunction before الجيش', () => {
    assert.equal(offsetOf('والجيش', 'الجيش'), 1);
    assert.equal(offsetOf('فالجيش', 'الجيش'), 1);
    assert.equal(offsetOf('والجيش', 'جيش'), 3);
  });

  it('reads a preposition before a bare noun: بمدينه، كقائد، لقوات', () => {
    assert.equal(offsetOf('بمدينه', 'مدينه'), 1);
    assert.equal(offsetOf('كقائد', 'قائد'), 1);
    assert.equal(offsetOf('ولقوات', 'قوات'), 2);
  });

  it('always gives the whole word first, so names that start with clitic letters survive', () => {
    for (const name of ['بني', 'بويرات', 'الحسون', 'فلوجه', 'كفرنبل', 'ابو', 'وليد', 'لبنان']) {
      assert.deepEqual(stem(name)[0], { stem: name, offset: 0 }, name);
    }
  });

  it('reads وبني as و + بني but never strips ب from بني', () => {
    assert.deepEqual(stem('وبني'), [{ stem: 'وبني', offset: 0 }, { stem: 'بني', offset: 1 }]);
    assert.deepEqual(stems('بني'), ['بني']);
  });

  it('does not read كلم as ك + لم: a preposition needs a three-letter stem', () => {
    assert.deepEqual(stem('كلم'), [{ stem: 'كلم', offset: 0 }]);
    assert.deepEqual(stems('بعد'), ['بعد']);
  });

  it('lets a conjunction stand before a two-letter stem: ولم، فقد', () => {
    assert.ok(stems('ولم').includes('لم'));
    assert.ok(stems('فقد').includes('قد'));
  });

  it('does not strip an article that would leave one letter', () => {
    assert.deepEqual(stems('الي'), ['الي']);
  });

  it('does not repeat a reading reached two ways', () => {
    const readings = stems('وللقوات');
    assert.equal(new Set(readings).size, readings.length);
    assert.ok(readings.includes('القوات') && readings.includes('قوات'));
  });
});
