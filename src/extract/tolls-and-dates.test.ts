/**
 * How rasd reads a death toll and an event date, one test per form a reporter uses: digits in either script, number
 * words, duals, vague plurals, hedges, ranges, the wounded and missing beside the dead, a toll shared by two places;
 * weekdays, relative days, parts of the day, anchors (غداة، عشية), weeks, explicit dates in both month-name systems,
 * and منذ + a date as background. Sentences are hand-written.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeText } from './test-pipeline.js';
import type { EventRecord } from './event-record.js';

// 2024-03-16 is a Saturday.
const SAT = '2024-03-16';

function one(text: string, published = SAT): EventRecord {
  const events = codeText(text, published);
  assert.equal(events.length, 1, `${text}\nexpected one event, found ${events.length}: ${events.map((e) => `${e.sub_event_type} @ ${e.location}`).join('; ')}`);
  return events[0]!;
}

const toll = (text: string, published = SAT) => one(text, published).fatalities;
const dateOf = (text: string, published = SAT) => one(text, published).event_date;

// ---- tolls ----

test('toll in ASCII digits', () => {
  assert.equal(toll('قتل 14 مدنيا في قصف مدفعي على مدينة الفاشر.'), 14);
  assert.equal(toll('قتل 10 إلى 12 شخصا في غارة جوية على مدينة صعدة.'), 10);
});

test('toll in Arabic-Indic digits (٣، ١٢)', () => {
  assert.equal(toll('قتل ٣ جنود في انفجار عبوة ناسفة بمدينة العريش.'), 3);
  assert.equal(toll('قتل ١٢ مدنيا في غارة جوية على مدينة إدلب.'), 12);
});

test('toll in number words: masculine, feminine, compound and accusative', () => {
  assert.equal(toll('قتل خمسة جنود في هجوم على حاجز للجيش قرب مدينة مأرب.'), 5);
  assert.equal(toll('قتلت ثلاث نساء في قصف مدفعي على مدينة تعز.'), 3);
  assert.equal(toll('قتل أربعة عشر مدنيا في قصف مدفعي على مدينة الفاشر.'), 14);
  assert.equal(toll('قتل اثنا عشر جنديا في كمين قرب مدينة تمبكتو.'), 12);
  assert.equal(toll('قتل واحد وعشرون شخصا في غارة جوية على مدينة الفاشر.'), 21);
  assert.equal(toll('أسفر القصف على مدينة الفاشر عن مقتل خمسة وعشرين مدنيا.'), 25);
});

test('a dual noun is a toll of two (جنديان، طفلان، امرأتان، شرطيان)', () => {
  assert.equal(toll('قتل جنديان في انفجار لغم أرضي قرب مدينة رفح.'), 2);
  assert.equal(toll('استشهد طفلان في غارة إسرائيلية على مدينة خان يونس.'), 2);
  assert.equal(toll('قتلت امرأتان في قصف مدفعي على مدينة تعز.'), 2);
  assert.equal(toll('قتل شرطيان في انفجار عبوة ناسفة بمدينة العريش.'), 2);
});

test('"عشرات" and "العشرات" are read as 10, "عدد من" as 3', () => {
  assert.equal(toll('قتل عشرات المدنيين في غارات جوية على مدينة نيالا.'), 10);
  assert.equal(toll('قتل العشرات في قصف مدفعي على مدينة أم درمان.'), 10);
  assert.equal(toll('قتل عدد من المدنيين في قصف مدفعي على مدينة الفاشر.'), 3);
});

test('hedged tolls take the number given: نحو، قرابة، أكثر من، ما لا يقل عن، على الأقل', () => {
  assert.equal(toll('قتل نحو عشرين شخصا في هجوم انتحاري في مدينة مقديشو.'), 20);
  assert.equal(toll('قتل قرابة 15 جنديا في كمين قرب مدينة تمبكتو.'), 15);
  assert.equal(toll('قتل أكثر من 30 مدنيا في غارات جوية على مدينة دوما.'), 30);
  assert.equal(toll('قتل أكثر من مئة شخص في قصف مدفعي على مدينة الفاشر.'), 100);
  assert.equal(toll('قتل ما لا يقل عن سبعة أشخاص في انفجار سيارة مفخخة بمدينة كركوك.'), 7);
  assert.equal(toll('قتل تسعة أشخاص على الأقل في انفجار سيارة مفخخة بمدينة كركوك.'), 9);
});

test('a range takes its lower, most conservative end', () => {
  assert.equal(toll('قتل 10 إلى 12 شخصا في غارة جوية على مدينة صعدة.'), 10);
});

test('the dead count; the wounded and the missing do not', () => {
  assert.equal(toll('قتل ثلاثة أشخاص وأصيب عشرة آخرون في انفجار سيارة مفخخة بمدينة مقديشو.'), 3);
  assert.equal(toll('أسفر الهجوم الانتحاري في مدينة مقديشو عن مقتل 4 أشخاص وإصابة 11 آخرين.'), 4);
  assert.equal(toll('أصيب سبعة مدنيين بجروح في قصف مدفعي على مدينة حلب.'), 0);
  assert.equal(toll('فقد خمسة صيادين إثر قصف زورق قبالة سواحل مدينة الحديدة.'), 0);
  assert.equal(toll('قتل شخصان وفقد ثلاثة آخرون في غارة جوية على مدينة الحديدة.'), 2);
});

test('a total over two places is split between their events', () => {
  const yemen = codeText('شنت طائرات التحالف غارات على مدينتي صعدة وحجة، ما أسفر عن مقتل ستة أشخاص.', SAT);
  assert.deepEqual(yemen.map((e) => e.location), ["Sa'dah", 'Ḩajjah']);
  assert.deepEqual(yemen.map((e) => e.fatalities), [3, 3]);
  const darfur = codeText('قصفت قوات الدعم السريع مدينتي الفاشر ونيالا، ما أدى إلى مقتل سبعة مدنيين.', SAT);
  assert.deepEqual(darfur.map((e) => e.location), ['El Fasher', 'Nyala']);
  assert.deepEqual(darfur.map((e) => e.fatalities), [4, 3]);
});

test('a share of a total whose event is not coded goes nowhere; the next share goes to its own event', () => {
  // The crash is no event rasd codes: its seventeen must not fall to the bombing told after it.
  const events = codeText('قتل 20 شخصا أمس في ولاية هلمند، 14 منهم بتحطم طائرة نقل، وستة آخرون في هجوم انتحاري استهدف مركزا للشرطة في مدينة لشكر كاه.', SAT);
  const bombing = events.find((e) => e.sub_event_type === 'Suicide bomb');
  assert.equal(bombing?.fatalities, 6);
});

test('"واحدة" after a count describes it ("من أسرة واحدة"); it is no second count joined by و', () => {
  assert.equal(toll('سقطت قذيفة على منزل في مدينة تعز وقتلت خمسة أشخاص من أسرة واحدة.'), 5);
});

test('dead neither counted nor confirmed are not coded; dead reported without a number are', () => {
  assert.equal(toll('نفذ مسلحون كمينا لدورية للجيش قرب مدينة الضالع صباح الجمعة وسط أنباء عن سقوط قتلى.'), 0);
  assert.equal(toll('نفذ مسلحون كمينا لدورية للجيش قرب مدينة الضالع صباح الجمعة ما أدى إلى سقوط قتلى.'), 3);
});

test('"18 شخصا من القتلى" says who the dead were, not how many died', () => {
  assert.equal(toll('قتل 25 شخصا في قصف على سوق مدينة سرت يوم الجمعة.\nوقالت منظمة حقوقية إن 18 شخصا من القتلى مدنيون.'), 25);
  assert.equal(toll('اندلعت اشتباكات بين جماعات مسلحة في مدينة الزاوية يوم الجمعة.\nوقالت منظمة حقوقية إن 11 شخصا من القتلى مدنيون.'), 0);
});

test('after a comma a count breaks the dead down; it does not count them again', () => {
  assert.equal(toll('وقال المتحدث إن 11 شخصا قتلوا، 8 جنود وثلاثة من أفراد الطاقم، في هجوم على قاعدة جوية قرب مدينة قندهار.'), 11);
});

test('the day may stand between a killing verb and its count', () => {
  assert.equal(toll('قتل الجيش الليبي يوم الجمعة، أربعة من عناصر التنظيم في اشتباكات قرب مدينة سرت.'), 4);
});

test('one count for the dead and the wounded together is no death toll', () => {
  assert.equal(toll('أسفرت الغارة على سوق مدينة حرض عن 60 قتيلا وجريحا بحسب مصادر محلية.'), 0);
  assert.equal(toll('قتل خمسة أشخاص وأصيب 12 آخرون في قصف على مدينة حرض.'), 5);
});

test('sources that disagree on the dead: the lowest figure is coded', () => {
  const e = one('قتل 16 شخصا في غارة جوية على سوق بلدة مستبأ يوم الجمعة، بحسب مسؤول محلي.\nوقالت قناة المسيرة إن 14 شخصا قتلوا في الغارة.');
  assert.equal(e.fatalities, 14);
  // A breakdown is not another account.
  assert.equal(toll('قتل 16 شخصا في غارة جوية على سوق بلدة مستبأ يوم الجمعة، بحسب مسؤول محلي.\nوقالت مصادر طبية إن بين القتلى ثلاثة أطفال.'), 16);
});

// ---- dates (published Saturday 2024-03-16) ----

test('a telling dated only to last week does not re-date the day\'s event it joins', () => {
  const e = one('فر عشرات السجناء من سجن في مدينة الزاوية وسط اشتباكات عنيفة بين جماعات مسلحة.\nواندلعت الاشتباكات الأسبوع الماضي حين هاجمت جماعة مسلحة أحياء في المدينة.');
  assert.equal(e.event_date, SAT);
});

test('a month name right after a place cue is the place: "في محافظة إب" is no August', () => {
  assert.equal(dateOf('قتل ثلاثة أشخاص في قصف مدفعي على محافظة إب.'), SAT);
});

test('a weekday name is the most recent such day on or before publication', () => {
  assert.equal(dateOf('قصفت المدفعية مدينة الفاشر الأربعاء.'), '2024-03-13');
  assert.equal(dateOf('قصفت المدفعية مدينة الفاشر يوم الأحد الماضي.'), '2024-03-10');
  assert.equal(dateOf('قصفت المدفعية مدينة الفاشر، السبت.'), '2024-03-16');
  assert.equal(dateOf('قتل خمسة مدنيين في غارة جوية على مدينة رفح الثلاثاء 18 يونيو/حزيران.', '2024-06-20'), '2024-06-18');
});

test('اليوم and فجر اليوم are the publication day', () => {
  assert.equal(dateOf('قصفت المدفعية مدينة الفاشر اليوم.'), SAT);
  assert.equal(dateOf('قصفت المدفعية مدينة الفاشر فجر اليوم.'), SAT);
  assert.equal(dateOf('اعتقلت قوات الاحتلال الإسرائيلي 15 فلسطينيا، فجر اليوم، في مدينة نابلس.'), SAT);
});

test('أمس، الليلة الماضية and مساء أمس are the day before', () => {
  assert.equal(dateOf('قصفت المدفعية مدينة الفاشر أمس.'), '2024-03-15');
  assert.equal(dateOf('قصفت المدفعية مدينة الفاشر الليلة الماضية.'), '2024-03-15');
  assert.equal(dateOf('قصفت المدفعية مدينة الفاشر مساء أمس.'), '2024-03-15');
});

test('أول أمس and قبل يومين are two days before', () => {
  assert.equal(dateOf('قصفت المدفعية مدينة الفاشر أول أمس.'), '2024-03-14');
  assert.equal(dateOf('قصفت المدفعية مدينة الفاشر قبل يومين.'), '2024-03-14');
});

test('غداة: the event after it is a day before the clause that governs it', () => {
  const events = codeText('قصفت الطائرات مدينة إدلب الجمعة، غداة اشتباكات عنيفة في مدينة سراقب.', SAT);
  assert.deepEqual(events.map((e) => [e.location, e.event_date]), [['Idlib', '2024-03-15'], ['Sarāqib', '2024-03-14']]);
});

test('عشية: the event after it is a day after the clause that governs it', () => {
  const events = codeText('قصفت المدفعية مدينة الفاشر الخميس، عشية اشتباكات عنيفة في مدينة نيالا.', SAT);
  assert.deepEqual(events.map((e) => [e.location, e.event_date]), [['El Fasher', '2024-03-14'], ['Nyala', '2024-03-15']]);
});

test('الأسبوع الماضي dates the event a week back, with week precision', () => {
  const e = one('اعتقلت الشرطة عشرة أشخاص في مدينة الموصل الأسبوع الماضي.');
  assert.equal(e.event_date, '2024-03-09');
  assert.equal(e.time_precision, 2);
});

test('an explicit day and month, in either month-name system, with or without the year', () => {
  assert.equal(dateOf('قصفت المدفعية مدينة الفاشر في 12 مارس.'), '2024-03-12');
  assert.equal(dateOf('قصفت المدفعية مدينة الفاشر في 12 آذار.'), '2024-03-12');
  assert.equal(dateOf('قصفت المدفعية مدينة الفاشر في 12 مارس/آذار 2024.'), '2024-03-12');
  assert.equal(dateOf('قتل خمسة مدنيين في غارة جوية على مدينة رفح في 18 يونيو.', '2024-06-20'), '2024-06-18');
  assert.equal(dateOf('قتل خمسة مدنيين في غارة جوية على مدينة رفح في 18 حزيران.', '2024-06-20'), '2024-06-18');
  assert.equal(dateOf('قتل خمسة مدنيين في غارة جوية على مدينة رفح يوم 18 حزيران/يونيو الجاري.', '2024-06-20'), '2024-06-18');
});

test('منذ + a date is background; the dated news beside it is still coded', () => {
  assert.deepEqual(codeText('وتفرض قوات الدعم السريع حصارا على مدينة الفاشر منذ 10 مايو 2023.', SAT), []);
  assert.deepEqual(codeText('وتشن قوات الدعم السريع هجمات على مدينة الفاشر منذ 10 مايو 2023.', SAT), []);
  assert.deepEqual(codeText('وتسيطر قوات الدعم السريع على مدينة نيالا منذ 26 أكتوبر.', SAT), []);
  const e = one('وقصفت المدفعية اليوم مدينة الفاشر التي تحاصرها قوات الدعم السريع منذ مايو 2023.');
  assert.equal(e.event_date, SAT);
  assert.equal(e.location, 'El Fasher');
});

test('a range "بين 5 و7" is coded by its lower bound', () => {
  assert.equal(toll('قتل ما بين 5 و7 أشخاص في قصف على مدينة دوما.'), 5);
});

test('the killer between the verb and the count: قتلت طائرات التحالف سبعة أشخاص', () => {
  assert.equal(toll('قتلت طائرات التحالف سبعة أشخاص في غارة على مدينة صعدة.'), 7);
});

test('two counts of the dead joined by و add up; a count of the wounded after و does not', () => {
  assert.equal(toll('قتل ثلاثة من عناصر الشرطة ومدنيان في انفجار عبوة ناسفة في مدينة مقديشو.'), 5);
  assert.equal(toll('قتل 3 جنود و5 آخرون أصيبوا في هجوم على مدينة العريش.'), 3);
});

test('feminine plural pronoun on the killing word, and executions count their dead', () => {
  assert.equal(toll('لقيت اثنتا عشرة امرأة حتفهن في قصف على مدينة الفاشر.'), 12);
  assert.equal(toll('أعدم تنظيم داعش خمسة رعاة قرب بلدة السخنة.'), 5);
});

test('deaths told as what an event followed are not its toll, nor is it dated by غداة after it', () => {
  const arrest = codeText('اقتحمت القوات الإسرائيلية مدينة جنين واعتقلت خمسة شبان غداة مقتل جندي.').find((e) => e.sub_event_type === 'Arrests');
  assert.equal(arrest?.fatalities, 0);
  assert.equal(arrest?.event_date, SAT);
  assert.equal(toll('اندلعت أعمال شغب في مدينة القامشلي بعد مقتل شاب على يد دورية أمنية.'), 0);
});

test('Hijri dates, with and without the year, by the arithmetic calendar', () => {
  assert.equal(dateOf('قصفت المدفعية مدينة الفاشر في 5 رمضان 1445.'), '2024-03-15');
  assert.equal(dateOf('قصفت المدفعية مدينة الفاشر في 5 رمضان.'), '2024-03-15');
  assert.equal(dateOf('اندلعت اشتباكات في مدينة الفاشر في 10 شوال.', '2024-04-20'), '2024-04-19');
});

test('a counted toll told later replaces a vague plural; "more dead" told later adds; a separate incident stays apart', () => {
  assert.equal(toll('قتل عدد من المدنيين في قصف مدفعي على مدينة الحديدة. وأسفر القصف عن سقوط أربعة قتلى.'), 4);
  assert.equal(toll('هاجم مسلحون حاجزا للشرطة على مدخل مدينة عتق فقتلوا أربعة عناصر. وقتل ثلاثة آخرون عندما وصلت تعزيزات إلى الحاجز.'), 7);
  const events = codeText('اندلعت اشتباكات بين فصيلين مسلحين في مدينة الزاوية. وفي حادث منفصل، قتل ثلاثة أشخاص حين سقطت قذيفة على منزل في الزاوية.');
  assert.equal(events.length, 2);
});

test('dual verbs and assassinations count their dead', () => {
  assert.equal(toll('قال مسعفون إن شابين قتلا في انفجار داخل ورشة بمدينة جنين.'), 2);
  assert.equal(toll('اغتال مسلحون أحد الأهالي في مدينة حجة.'), 1);
});

test('منذ ذلك الحين looks back to what was just told: it puts nothing in the background', () => {
  assert.equal(toll('اندلعت اشتباكات في مدينة سبها. وقتل ثلاثة آخرون في مدينة سبها وفقد عشرة منذ ذلك الحين.'), 3);
});

test('two people joined by و after a killing word are two dead: مقتل ضابط ومجند', () => {
  assert.equal(toll('أعلنت مصادر طبية مقتل ضابط ومجند في هجوم على نقطة تفتيش بمدينة بئر العبد.'), 2);
});

test('قبل ثلاثة أيام and قبل أسبوع date the event back, the week with week precision', () => {
  assert.equal(dateOf('قصفت المدفعية مدينة الفاشر قبل ثلاثة أيام.'), '2024-03-13');
  const e = one('اعتقلت الشرطة عشرة أشخاص في مدينة الموصل قبل أسبوع.');
  assert.equal(e.event_date, '2024-03-09');
  assert.equal(e.time_precision, 2);
});

test('more dead (آخران) go to the event told just before them, not to the first event of the article', () => {
  const text = 'قال أطباء اليوم إن ستة أشخاص قتلوا خلال اشتباكات في جنوب اليمن بين قوات حكومية ومسلحين. وكان مسلحون هاجموا الخميس الماضي حاجزا على مدخل مدينة عتق فقتلوا أربعة جنود. وقتل جنديان آخران عندما وصلت تعزيزات إلى الحاجز.';
  const byDate = Object.fromEntries(codeText(text).map((e) => [e.event_date, e.fatalities]));
  assert.deepEqual(byDate, { '2024-03-16': 6, '2024-03-14': 6 });
});

test('shares of a total (N منهم … وM آخرون) go each to the event told right after it', () => {
  const events = codeText('قتل 12 شخصا اليوم في هجومين، 8 منهم في تفجير انتحاري في مدينة كابول، و4 آخرون في قصف مدفعي على مدينة قندهار.');
  const byPlace = Object.fromEntries(events.map((e) => [`${e.location}, ${e.country}`, e.fatalities]));
  assert.equal(byPlace['Kabul, AF'], 8);
  assert.equal(byPlace['Kandahār, AF'], 4);
});

test('after "7 قتلى" a count joined by و belongs to another clause: وقرابة 20 جريحا', () => {
  assert.equal(toll('انفجرت عبوة ناسفة في سوق مدينة كركوك، وبلغت حصيلة الضحايا 7 قتلى وقرابة 20 جريحا.'), 7);
});

test('a person noun that is also a side (شرطي) right after the killing word is one dead', () => {
  assert.equal(toll('أعلنت مصادر أمنية مقتل شرطي وإصابة أربعة آخرين في هجوم بعبوة ناسفة في مدينة كلس.'), 1);
});

test('the dead go to the event they died in, told after them (مقتل قائد في غارة); an approximate count beside a precise one is the same dead', () => {
  const events = codeText('قال المسؤول إن قائد الفصيل قتل في قصف على موقع قرب مدينة سرت، مؤكدا كذلك مقتل قيادي بارز في غارة جوية على مدينة كسمايو.');
  const byPlace = Object.fromEntries(events.map((e) => [e.location, e.fatalities]));
  assert.equal(byPlace['Kismayo'], 1);
  assert.equal(toll('استهدف القصف سوقا في مدينة دوما وسقط عدد من الضحايا، وقال الدفاع المدني إن 9 أشخاص قتلوا في السوق.'), 9);
});

test('dead counted across many events ("معظمهم خلال الاحتجاجات") are a tally, not the day\'s toll', () => {
  const events = codeText('قتل فلسطيني برصاص الجيش الإسرائيلي شرق مدينة خان يونس يوم الجمعة.\nوقتلت القوات الإسرائيلية أكثر من 120 فلسطينيا معظمهم خلال الاحتجاجات الأسبوعية على حدود القطاع.');
  assert.equal(events.length, 1);
  assert.equal(events[0]!.fatalities, 1);
});

test('a weekday a future verb governs is a day to come and dates no event: "سيجتمع مجلس الأمن، يوم الأربعاء"', () => {
  const text = 'قصفت المدفعية الإسرائيلية مواقع في مدينة غزة ليل الاثنين. ورغم ذلك سيجتمع مجلس الأمن، يوم الأربعاء، لبحث الهجمات الصاروخية على المدينة.';
  const events = codeText(text, '2018-05-29');
  assert.deepEqual(events.map((e) => e.event_date), ['2018-05-28']);
});

test('a date in the relative clause right after the event word is its own: "هجوم نيس الذي وقع في يوليو عام 2016"', () => {
  assert.deepEqual(codeText('تعرضت الفنانة لانتقادات قبل يومين بسبب تعليقات حول هجوم نيس الذي وقع في يوليو عام 2016 وأسفر عن مقتل 86 شخصا.', '2018-02-07'), []);
  const own = codeText('قتل ثلاثة جنود الخميس في الهجوم الذي شنه مسلحون على حاجز للجيش في مدينة العريش.', '2018-02-07');
  assert.deepEqual(own.map((e) => e.event_date), ['2018-02-01']);
});
