import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_DATA_DIR } from '../data-dir.js';
import { loadFoldTable } from './char-map.js';
import { createNormalizer } from './normalize.js';

const normalize = createNormalizer(loadFoldTable(DEFAULT_DATA_DIR));
const fold = (s: string) => normalize(s).text;

describe('the fold table (data/text/char-map.json)', () => {
  it('folds every hamza and wasla alef form to a bare alef', () => {
    assert.equal(fold('أعلن إطلاق آليات ٱلجيش'), 'اعلن اطلاق اليات الجيش');
  });

  it('folds alef maqsura to ya and ta marbuta to ha', () => {
    assert.equal(fold('مستشفى المدينة'), 'مستشفي المدينه');
    assert.equal(fold('على القرية'), 'علي القريه');
  });

  it('folds hamza on waw and ya to the bare letter', () => {
    assert.equal(fold('مسؤول رئيس'), 'مسوول رييس');
  });

  it('removes tatweel from stretched words', () => {
    assert.equal(fold('الجـــيش الليـبي'), 'الجيش الليبي');
  });

  it('removes harakat, tanween, sukun and shadda', () => {
    assert.equal(fold('قُتِلَ شَخْصٌ'), 'قتل شخص');
    assert.equal(fold('نفّذ الطيرانُ غارةً'), 'نفذ الطيران غاره');
  });

  it('removes a stray kasra written before a word', () => {
    assert.equal(fold('في ِمدينة سرت'), 'في مدينه سرت');
  });

  it('removes superscript alef and zero-width or direction marks', () => {
    assert.equal(fold('هٰذا'), 'هذا');
    assert.equal(fold('سرت\u200F\u200B الليبية'), 'سرت الليبيه');
  });

  it('turns no-break and narrow no-break spaces into plain spaces', () => {
    assert.equal(fold('بني\u00A0وليد'), 'بني وليد');
    assert.equal(fold('95\u202Fكم'), '95 كم');
    assert.equal(fold('قال:\tنعم'), 'قال: نعم');
  });

  it('folds curly quotes and guillemets to a straight double quote', () => {
    assert.equal(fold('قال “لن ننسحب” و«سنقاتل»'), 'قال "لن ننسحب" و"سنقاتل"');
  });

  it('reads Arabic-Indic and Persian digits as ASCII digits', () => {
    assert.equal(fold('٠١٢٣٤٥٦٧٨٩'), '0123456789');
    assert.equal(fold('۰۱۲۳۴۵۶۷۸۹'), '0123456789');
    assert.equal(fold('قتل ١٢ شخصا في ۲۰۲۴'), 'قتل 12 شخصا في 2024');
  });

  it('keeps the Arabic decimal and thousands separators inside a number', () => {
    assert.equal(fold('٣٫٥ و١٬٢٠٠'), '3.5 و1,200');
  });

  it('folds the lam-alef ligatures to lam and alef', () => {
    assert.equal(fold('\uFEFB'), 'لا');
    assert.equal(fold('\uFEF7\uFEE3\uFEE6'), 'لامن');
    assert.equal(fold('\uFEF5'), 'لا');
  });

  it('folds isolated, initial and final presentation forms to ordinary letters', () => {
    assert.equal(fold('\uFE8D'), 'ا');
    // ﺍﻟﺠﻴﺶ spelt in presentation forms, as some PDFs and old sites emit it
    assert.equal(fold('\uFE8D\uFEDF\uFE9F\uFEF4\uFEB6'), 'الجيش');
    assert.equal(fold('\uFE93\uFEEF'), 'هي');
  });

  it('lowercases Latin letters so English acronyms match', () => {
    assert.equal(fold('ACLED وGNA'), 'acled وgna');
  });

  it('leaves an already folded word unchanged', () => {
    const folded = 'قوات الوفاق في طرابلس 2024';
    assert.equal(fold(folded), folded);
  });

  it('drops the tatweel a presentation-form mark carries (U+FE71, U+FCF2)', () => {
    assert.equal(fold('قتل\uFE71'), 'قتل');
    assert.equal(fold('\uFCF2'), '');
  });
});
