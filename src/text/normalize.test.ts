import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_DATA_DIR } from '../data-dir.js';
import { loadFoldTable } from './char-map.js';
import { createFolder, createNormalizer, toOriginalSpan, type NormalizedText } from './normalize.js';
import { spanText } from './span.js';
import { tokenize } from './tokens.js';

const normalize = createNormalizer(loadFoldTable(DEFAULT_DATA_DIR));

/** The original text of every token of the folded text. */
const originalWords = (nt: NormalizedText) => tokenize(nt.text).map((t) => spanText(nt.original, toOriginalSpan(nt, t.start, t.end)));

function assertMapShape(nt: NormalizedText): void {
  assert.equal(nt.toOriginal.length, nt.text.length + 1, 'one offset per folded character, plus the end');
  assert.equal(nt.toOriginal[nt.text.length], nt.original.length);
  for (let i = 1; i < nt.toOriginal.length; i++) {
    assert.ok(nt.toOriginal[i]! >= nt.toOriginal[i - 1]!, `toOriginal decreases at ${i} in ${JSON.stringify(nt.original)}`);
  }
}

/** Deterministic random numbers (mulberry32), so a failing mix can be reproduced. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTERS = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهويأإآٱىةؤئء', '\uFEFB'];
const MARKS = [...'\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670'];
const SPACES = [' ', ' ', ' ', '\u00A0', '\u202F'];

/** A random line of words; each letter may carry marks or tatweel, a word may open with a stray mark. */
function randomLine(random: () => number): { original: string; words: string[] } {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const words: string[] = [];
  let original = random() < 0.3 ? pick(SPACES) : '';
  const wordCount = 1 + Math.floor(random() * 6);
  for (let w = 0; w < wordCount; w++) {
    if (w > 0) original += pick(SPACES) + (random() < 0.2 ? pick(SPACES) : '');
    if (random() < 0.15) original += pick(MARKS);
    let word = '';
    const letterCount = 1 + Math.floor(random() * 6);
    for (let l = 0; l < letterCount; l++) {
      word += pick(LETTERS);
      if (random() < 0.4) word += pick(MARKS);
      if (random() < 0.15) word += pick(MARKS);
      if (l < letterCount - 1 && random() < 0.1) word += '\u0640';
    }
    words.push(word);
    original += word;
  }
  if (random() < 0.3) original += pick(SPACES);
  return { original, words };
}

describe('normalize offset map', () => {
  it('maps a voweled word back whole, its final fatha included', () => {
    const nt = normalize('قُتِلَ جنديٌّ');
    assert.equal(nt.text, 'قتل جندي');
    assert.deepEqual(originalWords(nt), ['قُتِلَ', 'جنديٌّ']);
  });

  it('maps each folded word to its original spelling across hamzas, shadda and tatweel', () => {
    const nt = normalize('نفّذ الطيـــرانُ غارةً على مواقعَ «داعش» بالأنبار.');
    assert.deepEqual(originalWords(nt), ['نفّذ', 'الطيـــرانُ', 'غارةً', 'على', 'مواقعَ', 'داعش', 'بالأنبار']);
  });

  it('leaves a stray kasra outside the word that follows it', () => {
    const nt = normalize('وصلت ِالقوات');
    assert.deepEqual(originalWords(nt), ['وصلت', 'القوات']);
  });

  it('maps words around no-break spaces and Arabic-Indic digits', () => {
    const nt = normalize('على\u00A0بعد ٩٥\u202Fكم من سرت');
    assert.equal(nt.text, 'علي بعد 95 كم من سرت');
    assert.deepEqual(originalWords(nt), ['على', 'بعد', '٩٥', 'كم', 'من', 'سرت']);
  });

  it('maps a word written in presentation forms back to its ligatures', () => {
    const original = 'قال \uFEFB \uFE8D\uFEDF\uFE9F\uFEF4\uFEB6';
    const nt = normalize(original);
    assert.equal(nt.text, 'قال لا الجيش');
    assert.deepEqual(originalWords(nt), ['قال', '\uFEFB', '\uFE8D\uFEDF\uFE9F\uFEF4\uFEB6']);
    assertMapShape(nt);
  });

  it('gives an empty span at the start of an empty range', () => {
    const nt = normalize('قُتِلَ شخص');
    assert.deepEqual(toOriginalSpan(nt, 4, 4), { start: 7, end: 7 });
  });

  it('keeps the whole-text span of a text with nothing to fold', () => {
    const nt = normalize('قتل شخص');
    assert.deepEqual(toOriginalSpan(nt, 0, nt.text.length), { start: 0, end: 7 });
  });

  it('keeps offsets non-decreasing and words intact for 400 random voweled lines', () => {
    const random = seeded(20240316);
    for (let n = 0; n < 400; n++) {
      const { original, words } = randomLine(random);
      const nt = normalize(original);
      assertMapShape(nt);
      const expectedWords = words.map((w) => w.replace(/^[\u064B-\u065F\u0670]+/, ''));
      assert.deepEqual(originalWords(nt), expectedWords, `words of ${JSON.stringify(original)}`);
      const start = nt.text.length - nt.text.trimStart().length;
      const end = nt.text.trimEnd().length;
      const whole = spanText(original, toOriginalSpan(nt, start, end));
      assert.equal(whole, original.trim().replace(/^[\u064B-\u065F\u0670]+/, ''), `whole span of ${JSON.stringify(original)}`);
    }
  });

  it('keeps one offset per folded character when a ligature expands to several letters (ﷲ)', () => {
    assertMapShape(normalize('\uFDF2'));
    assertMapShape(normalize('محمد \uFDFA'));
  });
});

describe('createFolder', () => {
  const fold = createFolder(loadFoldTable(DEFAULT_DATA_DIR));

  it('folds a lexicon entry and collapses its spaces', () => {
    assert.equal(fold('  قوات\u00A0 الوفاق  '), 'قوات الوفاق');
    assert.equal(fold('إطلاق نار'), 'اطلاق نار');
  });

  it('folds every text exactly as the normalizer does, spaces collapsed', () => {
    const random = seeded(11);
    for (let k = 0; k < 300; k++) {
      const { original } = randomLine(random);
      const text = `${original} \uFDF2 ٣٤ ABC`;
      assert.equal(fold(text), normalize(text).text.replace(/\s+/g, ' ').trim(), JSON.stringify(text));
    }
  });
});
