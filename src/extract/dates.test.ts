import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeText } from './test-pipeline.js';

// Published on Saturday 16 March 2024.
const dateOf = (text: string) => codeText(text).map((e) => e.event_date);

test('a weekday is the most recent such day on or before publication', () => {
  assert.deepEqual(dateOf('قصفت المدفعية قرية الحمراء الخميس.'), ['2024-03-14']);
  assert.deepEqual(dateOf('قصفت المدفعية قرية الحمراء السبت.'), ['2024-03-16']);
});

test('resolves أمس and أول أمس against the dateline', () => {
  assert.deepEqual(dateOf('اندلعت اشتباكات عنيفة أمس بين الجيش ومسلحين في مدينة حلب.'), ['2024-03-15']);
  assert.deepEqual(dateOf('اندلعت اشتباكات عنيفة أول أمس بين الجيش ومسلحين في مدينة حلب.'), ['2024-03-14']);
});

test('a part of the day before a weekday keeps the weekday: في وقت متأخر الجمعة', () => {
  const text = 'وفي وقت متأخر الجمعة، قصفت الطائرات مدينة إدلب.';
  const [event] = codeText(text);
  assert.equal(event?.event_date, '2024-03-15');
  assert.equal(text.slice(event!.spans.date!.start, event!.spans.date!.end), 'في وقت متأخر الجمعة');
});

test('غداة dates the event after it one day before the clause that governs it', () => {
  const events = codeText('أعلن الجيش الخميس تحرير مدينة الرقة، غداة الإعلان عن تحرير مدينة دير الزور من تنظيم داعش.');
  const byPlace = Object.fromEntries(events.map((e) => [e.location, e.event_date]));
  assert.equal(byPlace['Ar Raqqah'] ?? byPlace['Raqqa'], '2024-03-14');
  assert.equal(byPlace['Deir ez-Zor'] ?? byPlace['Dayr az Zawr'], '2024-03-13');
});

test('an explicit day and month without a year takes the publication year', () => {
  assert.deepEqual(dateOf('قتل ثلاثة جنود في انفجار عبوة ناسفة بمدينة العريش في 12 مارس.'), ['2024-03-12']);
});

test('with no date in the sentence the event takes the publication day', () => {
  assert.deepEqual(dateOf('قصفت المدفعية مدينة إدلب بعشرات القذائف.'), ['2024-03-16']);
});

test('منذ + a date is background, not news', () => {
  assert.deepEqual(codeText('وتشن القوات منذ 4 أبريل/ نيسان 2019 هجوما على مدينة طرابلس.'), []);
});

test('an event dated months before publication is not news of the day', () => {
  assert.deepEqual(codeText('قصفت الطائرات مدينة إدلب في 3 يناير 2023.'), []);
});

test('the day a source spoke is not the day of the event it reports later in the sentence', () => {
  assert.deepEqual(dateOf('قال مسؤولون محليون الخميس إن ستة جنود قتلوا في هجوم على حاجز قرب مدينة عتق الثلاثاء.'), ['2024-03-12']);
});

test('a night spanning two days is dated by the first: ليل الخميس إلى الجمعة', () => {
  assert.deepEqual(dateOf('قتل سبعة مقاتلين في اشتباكات قرب مدينة حرض ليل الأربعاء إلى الخميس.'), ['2024-03-13']);
});
