import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitClauses, splitSentences } from './sentences.js';

const sentences = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));
const clauses = (text: string) => splitSentences(text).flatMap((s) => splitClauses(text, s).map((r) => text.slice(r.start, r.end)));

describe('splitSentences', () => {
  it('ends a sentence at a full stop, exclamation and either question mark', () => {
    assert.deepEqual(sentences('قتل شخصان. اندلعت اشتباكات! هل انتهت المعارك؟ لا? نعم'), [
      'قتل شخصان.', 'اندلعت اشتباكات!', 'هل انتهت المعارك؟', 'لا?', 'نعم',
    ]);
  });

  it('ends a sentence at an Arabic semicolon', () => {
    assert.deepEqual(sentences('هدات الجبهه؛ ثم تجدد القصف'), ['هدات الجبهه؛', 'ثم تجدد القصف']);
  });

  it('ends a sentence at a line break', () => {
    assert.deepEqual(sentences('طرابلس - رويترز\nقصفت طائرات مسيره المطار\r\nوقال مسؤول'), [
      'طرابلس - رويترز', 'قصفت طائرات مسيره المطار', 'وقال مسؤول',
    ]);
  });

  it('ends once at a run of points', () => {
    assert.deepEqual(sentences('تجددت المعارك في ليبيا.. ووصلت تعزيزات...  ثم هدات'), [
      'تجددت المعارك في ليبيا..', 'ووصلت تعزيزات...', 'ثم هدات',
    ]);
  });

  it('does not end a sentence at a decimal point', () => {
    assert.deepEqual(sentences('سقطت القذيفه علي بعد 3.5 كم من البلده. وقتل شخص'), [
      'سقطت القذيفه علي بعد 3.5 كم من البلده.', 'وقتل شخص',
    ]);
  });

  it('trims spaces and skips pieces without letters or digits', () => {
    assert.deepEqual(sentences('  قتل شخص .  !  ؟ '), ['قتل شخص .']);
    assert.deepEqual(splitSentences(''), []);
  });

  it('keeps a sentence without a closing mark', () => {
    const text = 'اعلنت القوات السيطره علي المدينه';
    assert.deepEqual(splitSentences(text), [{ start: 0, end: text.length }]);
  });
});

describe('splitClauses', () => {
  it('splits a sentence at Arabic commas', () => {
    assert.deepEqual(clauses('وقع الهجوم فجرا، وقتل فيه ثلاثه، واصيب اخرون.'), [
      'وقع الهجوم فجرا،', 'وقتل فيه ثلاثه،', 'واصيب اخرون.',
    ]);
  });

  it('splits at brackets so an aside is its own clause', () => {
    const parts = clauses('قالت المصادر (وهي محليه) ان القصف استمر');
    assert.deepEqual(parts, ['قالت المصادر (', 'وهي محليه)', 'ان القصف استمر']);
  });

  it('splits at colons and dashes', () => {
    assert.deepEqual(clauses('سرت - خاص: اندلعت اشتباكات'), ['سرت -', 'خاص:', 'اندلعت اشتباكات']);
  });

  it('does not split inside a number with a thousands comma', () => {
    assert.deepEqual(clauses('نزح 1,200 شخص، وعاد بعضهم'), ['نزح 1,200 شخص،', 'وعاد بعضهم']);
  });

  it('stays inside the sentence it is given', () => {
    const text = 'قتل شخص، واصيب اخر. ثم هدات المدينه، وعاد السكان.';
    const second = splitSentences(text)[1]!;
    assert.deepEqual(splitClauses(text, second).map((r) => text.slice(r.start, r.end)), ['ثم هدات المدينه،', 'وعاد السكان.']);
  });
});
