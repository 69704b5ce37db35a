import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_DATA_DIR } from '../data-dir.js';
import { loadFoldTable } from './char-map.js';
import { createNormalizer } from './normalize.js';
import { tokenize } from './tokens.js';

const normalize = createNormalizer(loadFoldTable(DEFAULT_DATA_DIR));
const words = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it('splits Arabic words at spaces', () => {
    assert.deepEqual(words('قصفت المدفعية مواقع المسلحين'), ['قصفت', 'المدفعية', 'مواقع', 'المسلحين']);
  });

  it('keeps clitics attached to their word', () => {
    assert.deepEqual(words('وبالمدينه للجيش'), ['وبالمدينه', 'للجيش']);
  });

  it('keeps Latin words as their own tokens', () => {
    assert.deepEqual(words('نقلت وكالة reuters عن مصادر'), ['نقلت', 'وكالة', 'reuters', 'عن', 'مصادر']);
    assert.deepEqual(words('قوات gna'), ['قوات', 'gna']);
  });

  it('splits digits from the letters they touch', () => {
    const tokens = tokenize('على بعد 95كم');
    assert.deepEqual(tokens.map((t) => [t.text, t.isNumber]), [['على', false], ['بعد', false], ['95', true], ['كم', false]]);
  });

  it('splits a letter prefix from the number it is glued to', () => {
    assert.deepEqual(words('و12 جريحا'), ['و', '12', 'جريحا']);
  });

  it('keeps a decimal point and a thousands comma inside one number', () => {
    const tokens = tokenize('نزح 1,200 شخص على بعد 3.5 كم');
    assert.deepEqual(tokens.map((t) => t.text), ['نزح', '1,200', 'شخص', 'على', 'بعد', '3.5', 'كم']);
    assert.ok(tokens[1]!.isNumber && tokens[5]!.isNumber);
  });

  it('ends a number at a point or comma that no digit follows', () => {
    assert.deepEqual(words('عام 2024. وفي 2023, قتل'), ['عام', '2024', 'وفي', '2023', 'قتل']);
  });

  it('drops punctuation, Arabic and Latin', () => {
    assert.deepEqual(words('قالت المصادر: "هدوء حذر"، (مؤقتا) - هل انتهى؟ نعم!'), [
      'قالت', 'المصادر', 'هدوء', 'حذر', 'مؤقتا', 'هل', 'انتهى', 'نعم',
    ]);
  });

  it('gives offsets into the folded text, not the original', () => {
    const nt = normalize('قُتِلَ ٣ أشخاصٍ، وأُصيبَ ١٢');
    assert.equal(nt.text, 'قتل 3 اشخاص، واصيب 12');
    for (const t of tokenize(nt.text)) assert.equal(nt.text.slice(t.start, t.end), t.text);
    assert.deepEqual(tokenize(nt.text).map((t) => [t.start, t.end]), [[0, 3], [4, 5], [6, 11], [13, 18], [19, 21]]);
  });

  it('tokenizes only inside the range it is given', () => {
    const text = 'قتل شخصان في سرت';
    const tokens = tokenize(text, 4, 12);
    assert.deepEqual(tokens.map((t) => [t.text, t.start]), [['شخصان', 4], ['في', 10]]);
  });

  it('returns no tokens for punctuation and spaces alone', () => {
    assert.deepEqual(tokenize(' ،.؟! - '), []);
  });
});
