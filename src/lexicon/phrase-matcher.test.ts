import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_DATA_DIR } from '../data-dir.js';
import { createFolder, createNormalizer, createStemmer, loadCliticRules, loadFoldTable, tokenize } from '../text/index.js';
import { createPhraseMatcher, type PhraseMatcher } from './phrase-matcher.js';

const normalize = createNormalizer(loadFoldTable(DEFAULT_DATA_DIR));
const fold = createFolder(loadFoldTable(DEFAULT_DATA_DIR));
const stem = createStemmer(loadCliticRules(DEFAULT_DATA_DIR));

/** A matcher over the given phrases (written in ordinary spelling, folded here), each tagged by its own text. */
function matcherOf(...phrases: string[]) {
  const matcher = createPhraseMatcher<string>();
  for (const p of phrases) matcher.add(fold(p).split(' '), p);
  return matcher;
}

/** Every match as [first, last, offset, payloads joined by |], in the order findAll gives. */
function find(matcher: PhraseMatcher<string>, text: string): Array<[number, number, number, string]> {
  const tokens = tokenize(normalize(text).text);
  const stems = tokens.map((t) => stem(t.text));
  return matcher.findAll(tokens, (i) => stems[i]!).map((m) => [m.first, m.last, m.offset, m.payloads.join('|')]);
}

describe('createPhraseMatcher', () => {
  it('finds a multi-word phrase in the middle of a sentence', () => {
    assert.deepEqual(find(matcherOf('قوات حفتر'), 'هاجمت قوات حفتر المدينة'), [[1, 2, 0, 'قوات حفتر']]);
  });

  it('finds every phrase at every start, short and long, overlapping or not', () => {
    const matcher = matcherOf('قوات', 'قوات حفتر', 'حفتر');
    assert.deepEqual(find(matcher, 'قوات حفتر تقصف قوات'), [
      [0, 0, 0, 'قوات'],
      [0, 1, 0, 'قوات حفتر'],
      [1, 1, 0, 'حفتر'],
      [3, 3, 0, 'قوات'],
    ]);
  });

  it('keeps every payload added for the same phrase', () => {
    const matcher = createPhraseMatcher<string>();
    matcher.add(['الجيش'], 'sy.army');
    matcher.add(['الجيش'], 'ly.lna');
    assert.deepEqual(find(matcher, 'تقدم الجيش'), [[1, 1, 0, 'sy.army|ly.lna']]);
    assert.equal(matcher.size, 2);
  });

  it('matches through diacritics and alef forms, since both sides are folded', () => {
    assert.deepEqual(find(matcherOf('إطلاق نار'), 'سُمِعَ إطلاقُ نارٍ كثيف'), [[1, 2, 0, 'إطلاق نار']]);
  });

  it('does not match a word that only starts with an entry', () => {
    assert.deepEqual(find(matcherOf('قصف'), 'قصفت'), []);
  });

  it('reads a possessive pronoun off the end of a word: غاراتها is غارات', () => {
    assert.deepEqual(find(matcherOf('غارات'), 'غاراتها'), [[0, 0, 0, 'غارات']]);
  });

  it('lets an entry ending in * match any word that starts with it', () => {
    const matcher = matcherOf('قوات*');
    assert.deepEqual(find(matcher, 'قواتنا وقواتهم قوات'), [[0, 0, 0, 'قوات*'], [1, 1, 1, 'قوات*'], [2, 2, 0, 'قوات*']]);
  });

  it('lets * end a later word of a phrase too', () => {
    assert.deepEqual(find(matcherOf('عناصر قوات*'), 'قتل عناصر قواتنا'), [[1, 2, 0, 'عناصر قوات*']]);
  });

  it('finds an entry added after a search, though the words were seen before', () => {
    const matcher = matcherOf('حفتر');
    assert.deepEqual(find(matcher, 'قوات حفتر'), [[1, 1, 0, 'حفتر']]);
    matcher.add(['قوات'], 'قوات');
    assert.deepEqual(find(matcher, 'قوات حفتر'), [[0, 0, 0, 'قوات'], [1, 1, 0, 'حفتر']]);
  });

  it('gives the length of the clitic prefix as the match offset', () => {
    const matcher = matcherOf('قوات حفتر');
    assert.deepEqual(find(matcher, 'لقوات حفتر'), [[0, 1, 1, 'قوات حفتر']]);
    assert.deepEqual(find(matcher, 'وبقوات حفتر'), [[0, 1, 2, 'قوات حفتر']]);
    assert.deepEqual(find(matcher, 'والقوات حفتر'), [[0, 1, 3, 'قوات حفتر']]);
  });

  it('finds الجيش in للجيش, والجيش and بالجيش', () => {
    const matcher = matcherOf('الجيش');
    assert.deepEqual(find(matcher, 'والجيش بالجيش').map((m) => m.slice(0, 3)), [[0, 0, 1], [1, 1, 1]]);
    assert.equal(find(matcher, 'للجيش').length, 1);
  });

  it('requires later words to be spelled whole', () => {
    const matcher = matcherOf('قوات حفتر');
    assert.deepEqual(find(matcher, 'قوات وحفتر'), []);
    assert.deepEqual(find(matcher, 'قوات لحفتر'), []);
  });

  it('stops a phrase at the end of the tokens', () => {
    assert.deepEqual(find(matcherOf('قوات حفتر'), 'هاجمت قوات'), []);
  });
});

describe('place names that start with clitic letters', () => {
  const matcher = matcherOf('بني وليد', 'أبو قرين', 'بويرات الحسون');

  it('finds بني وليد whole and وبني وليد after its conjunction', () => {
    assert.deepEqual(find(matcher, 'وصلت القوات إلى بني وليد'), [[3, 4, 0, 'بني وليد']]);
    assert.deepEqual(find(matcher, 'بين ترهونة وبني وليد'), [[2, 3, 1, 'بني وليد']]);
  });

  it('finds أبو قرين and وأبو قرين', () => {
    assert.deepEqual(find(matcher, 'قرب أبو قرين'), [[1, 2, 0, 'أبو قرين']]);
    assert.deepEqual(find(matcher, 'سرت وأبو قرين'), [[1, 2, 1, 'أبو قرين']]);
  });

  it('finds بويرات الحسون though both words start with clitic letters', () => {
    assert.deepEqual(find(matcher, 'في بويرات الحسون'), [[1, 2, 0, 'بويرات الحسون']]);
    assert.deepEqual(find(matcher, 'ببويرات الحسون'), [[0, 1, 1, 'بويرات الحسون']]);
  });
});
