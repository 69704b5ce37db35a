import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeText } from './test-pipeline.js';

const one = (text: string, published?: string) => {
  const events = codeText(text, published);
  assert.equal(events.length, 1, `expected one event, found ${events.length}: ${events.map((e) => e.sub_event_type).join(', ')}`);
  return events[0]!;
};

test('the side that announces the deaths "of its members" is the victim, the aircraft it blames is actor 1', () => {
  const e = one('وأعلنت قوات الوفاق الجمعة مقتل ثلاثة من عناصرها في قصف طيران مسير داعم لقوات حفتر قرب مدينة غريان.', '2020-06-06');
  assert.equal(e.sub_event_type, 'Air/drone strike');
  assert.equal(e.fatalities, 3);
  assert.equal(e.actor2?.id, 'ly.gna');
  assert.match(e.actor1?.id ?? '', /^ly\.lna/);
});

test('the dead counted before the event word are its second side: "قتل 12 مدنيا بغارات"', () => {
  const e = one('قتل 12 مدنيا بينهم نساء وأطفال بغارات جوية على مدينة معرة النعمان.', '2018-06-11');
  assert.equal(e.actor2?.name, 'Civilians (Syria)');
});

test('the group that claims an attack later in the article is its actor 1; a denial or "no group claimed" is no claim', () => {
  const bombing = 'فجر انتحاري نفسه وسط تجمع للشرطة في مدينة كابول الاثنين، ما أسفر عن مقتل 12 شرطيا.';
  assert.equal(one(bombing, '2015-08-10').actor1?.id, 'generic.suicide-bomber');
  assert.equal(one(`${bombing} وأعلنت حركة طالبان مسؤوليتها عن الهجوم.`, '2015-08-10').actor1?.id, 'af.taliban');
  const adopted = one('قتل 12 شرطيا في هجوم انتحاري استهدف مركزا للشرطة في مدينة كركوك. وتبنى تنظيم داعش الهجوم في بيان.', '2018-07-01');
  assert.match(adopted.actor1?.name ?? '', /^Islamic State/);
  assert.equal(one(`${bombing} ولم تعلن أي جهة مسؤوليتها عن الهجوم.`, '2015-08-10').actor1?.id, 'generic.suicide-bomber');
  assert.equal(one(`${bombing} ونفت حركة طالبان مسؤوليتها عن الهجوم.`, '2015-08-10').actor1?.id, 'generic.suicide-bomber');
  assert.equal(one(`${bombing} وتبنى المتحدث باسم حركة طالبان الهجوم.`, '2015-08-10').actor1?.id, 'af.taliban');
  // The present tense is a habit or an ideology: "شخص يتبنى فكر تنظيم داعش" claims no attack.
  const ideology = codeText(`${bombing} وقال الوزير إن المنفذ شاب يتبنى فكر تنظيم داعش.`, '2015-08-10');
  assert.equal(ideology.find((e) => e.sub_event_type === 'Suicide bomb')?.actor1?.id, 'generic.suicide-bomber');
});

test('state forces named with a bombing are its target, not the bomber', () => {
  const e = one('انفجرت عبوة ناسفة بحافلة لقوات الدرك في مدينة الفحيص، ما أدى إلى مقتل رقيب.', '2018-08-11');
  assert.equal(e.actor1, null);
  assert.equal(e.actor2?.id, 'generic.gendarmerie');
});

test('an air strike told without who flew it takes the one air force the article names, and none when two are named', () => {
  const text = 'شنت طائرات النظام غارات على ريف حلب الجمعة. وفي مدينة معرة النعمان، قتل خمسة مدنيين في غارة على سوق شعبي السبت.';
  const strikes = codeText(text, '2018-06-09').filter((e) => e.sub_event_type === 'Air/drone strike');
  assert.ok(strikes.length >= 2 && strikes.every((e) => e.actor1?.id === 'sy.air-force'), strikes.map((e) => e.actor1?.id).join());
  const two = codeText(`${text} وقصفت مقاتلات روسية مواقع في ريف إدلب.`, '2018-06-09').find((e) => e.location?.startsWith('Ma'));
  assert.equal(two?.actor1, null);
});

test('the group of a killed member is the side that suffered: "قتل القيادي في ميليشيا الحوثي"', () => {
  const e = one('قتل القيادي في ميليشيا الحوثي محمود الضلعي بغارة في مديرية الجراحي جنوب الحديدة.', '2018-03-08');
  assert.equal(e.actor2?.id, 'ye.houthi_forces');
  assert.notEqual(e.actor1?.id, 'ye.houthi_forces');
});

test('what would happen if (إذا، لو، في حال) is no event', () => {
  assert.deepEqual(codeText('قال مسؤولون إن العواقب ستكون وخيمة إذا استخدم الجيش الأسلحة الكيماوية لاستعادة السيطرة على مدينة إدلب.', '2018-09-09'), []);
  assert.deepEqual(codeText('قال الرئيس إن رئيس الحكومة لو كان حيا لما سمح باغتيال المعارض في مدينة بيروت.', '2018-09-09'), []);
  assert.deepEqual(codeText('وأكد القائد أن قواته سترد بقوة في حال هاجم المسلحون مواقع الجيش في ريف حماة.', '2018-09-09'), []);
  // "في حالة حرجة" is a state (critical condition), not a condition.
  assert.equal(codeText('نقل ثلاثة جرحى في حالة حرجة بعد انفجار عبوة ناسفة في مدينة كويتا.', '2018-07-13').length, 1);
});

test('an actor tied by التابع ل stands on the side of the noun before it', () => {
  const e = one('نفذ سلاح الجو التابع لقوات الوفاق غارات على آليات لقوات حفتر جنوبي مدينة سرت.', '2020-06-06');
  assert.equal(e.actor1?.id, 'ly.gna');
  assert.match(e.actor2?.id ?? '', /^ly\.lna/);
});

test('a state force taking a town regains territory; a rebel group overtakes it', () => {
  assert.equal(one('سيطرت قوات النظام على مدينة دوما بعد معارك عنيفة.', '2018-04-10').sub_event_type, 'Government regains territory');
  assert.equal(one('سيطر تنظيم داعش على مدينة تدمر بعد معارك عنيفة.', '2015-05-21').sub_event_type, 'Non-state actor overtakes territory');
});

test('weapons near the trigger choose the sub-event type', () => {
  assert.equal(one('قتل جنديان في هجوم بعبوة ناسفة استهدف دورية للجيش في مدينة العريش.').sub_event_type, 'Remote explosive/landmine/IED');
  assert.equal(one('قتل عشرة أشخاص في هجوم انتحاري استهدف سوقا في مدينة مقديشو.').sub_event_type, 'Suicide bomb');
  assert.equal(one('قصفت طائرة مسيرة سيارة على طريق مدينة مأرب.').sub_event_type, 'Air/drone strike');
  assert.equal(one('قصفت المدفعية أحياء مدينة حلب بقذائف الهاون.').sub_event_type, 'Shelling/artillery/missile attack');
});

test('armed men shooting civilians is an attack; the same shooting at soldiers is a clash', () => {
  assert.equal(one('أطلق مسلحون مجهولون النار على مدنيين في مدينة بنغازي فقتلوا اثنين.').sub_event_type, 'Attack');
  assert.equal(one('هاجم مسلحون مجهولون حاجزا لقوات الأمن في مدينة بنغازي.').sub_event_type, 'Armed clash');
});

test('tolls: digits, words, hedges and the wounded', () => {
  assert.equal(one('قتل 12 شخصا في غارة جوية على مدينة إدلب.').fatalities, 12);
  assert.equal(one('قتل ما لا يقل عن سبعة مدنيين في غارة جوية على مدينة إدلب.').fatalities, 7);
  assert.equal(one('قتل عشرات المدنيين في غارة جوية على مدينة إدلب.').fatalities, 10);
  assert.equal(one('أسفرت غارة جوية على مدينة إدلب عن سقوط ٥ قتلى.').fatalities, 5);
  assert.equal(one('أصيب 12 شخصا بجروح في غارة جوية على مدينة إدلب.').fatalities, 0);
  assert.equal(one('قتل جندي في انفجار لغم أرضي بمدينة رفح.').fatalities, 1);
});

test('negated, projected and purposeful triggers are not events', () => {
  assert.deepEqual(codeText('نفى الجيش قصف مدينة إدلب.'), []);
  assert.deepEqual(codeText('هدد التنظيم بشن هجمات على مدينة بغداد.'), []);
  assert.deepEqual(codeText('أطلقت القوات عملية عسكرية لتحرير مدينة سرت من المسلحين.'), []);
  assert.deepEqual(codeText('لم تسجل أي اشتباكات في مدينة طرابلس.'), []);
});

test('a summary of recent defeats is background; the dated event in the same sentence is news', () => {
  const events = codeText('ومنيت قوات حفتر في الفترة الأخيرة بهزائم عديدة، وأعلنت قوات الوفاق الجمعة تحرير مدينة غريان.', '2020-06-06');
  assert.equal(events.length, 1);
  assert.equal(events[0]!.event_date, '2020-06-05');
});

test('the same event told twice is one event with two evidence spans', () => {
  const text = 'أعلنت قوات الوفاق السبت تحرير مدينة غريان من قوات حفتر. وقال المتحدث إن قواتهم تمكنت من السيطرة على مدينة غريان.';
  const events = codeText(text, '2020-06-06');
  assert.equal(events.length, 1);
  assert.equal(events[0]!.evidence.length, 2);
  for (const ev of events[0]!.evidence) assert.equal(text.slice(ev.sentence.start, ev.sentence.end), ev.quote);
});

test('the claimant is who says so', () => {
  const e = one('وقال المتحدث باسم الجيش في بيان إن الطائرات قصفت مواقع المسلحين في مدينة درنة.');
  assert.equal(e.claimant, 'المتحدث باسم الجيش');
});

test('every span points at the words it names', () => {
  const text = 'وقُتِل ثلاثةُ مدنيين، أمس، في قصفٍ مدفعي لقوات النظام على مدينة حماة.';
  const e = one(text);
  assert.equal(text.slice(e.spans.trigger.start, e.spans.trigger.end), 'قصفٍ');
  assert.equal(text.slice(e.spans.date!.start, e.spans.date!.end), 'أمس');
  assert.equal(text.slice(e.spans.place!.start, e.spans.place!.end), 'حماة');
  assert.equal(text.slice(e.spans.actor1!.start, e.spans.actor1!.end), 'قوات النظام');
  assert.equal(text.slice(e.spans.fatalities!.start, e.spans.fatalities!.end), 'قُتِل ثلاثةُ');
});

test('what had happened before (كانت … قد) is background, to the end of its clause', () => {
  assert.deepEqual(codeText('وكانت قوات النظام قد سيطرت على مدينة دوما بعد معارك عنيفة.', '2018-04-10'), []);
});

test('a year before the publication year dates an event out of the news', () => {
  assert.deepEqual(codeText('قتل عشرات المدنيين في غارات جوية على مدينة الرقة عام 2017.', '2018-04-10'), []);
});

test('one event per coordinated place, the joint toll split between them', () => {
  const events = codeText('شنت طائرات التحالف غارات على مدينتي صعدة وحجة، ما أسفر عن مقتل خمسة أشخاص.', '2018-03-22');
  assert.deepEqual(events.map((e) => e.location_ar), ['صعدة', 'حجة']);
  assert.deepEqual(events.map((e) => e.fatalities), [3, 2]);
});

test('the headline and the lead telling one bombing are one event', () => {
  const text = 'انفجار سيارة مفخخة في مدينة كركوك\n\nانفجرت سيارة مفخخة الخميس في مدينة كركوك، ما أدى إلى مقتل أربعة أشخاص.';
  const events = codeText(text, '2018-07-14');
  assert.equal(events.length, 1);
  assert.equal(events[0]!.event_date, '2018-07-12');
  assert.equal(events[0]!.fatalities, 4);
  assert.equal(events[0]!.evidence.length, 2);
});

test('a dateline is where the report was filed, not where the event was', () => {
  const [event] = codeText('دبي - وكالات\n\nانفجرت عبوة ناسفة بدورية للشرطة، ما أدى إلى مقتل شرطيين اثنين.', '2018-07-14');
  assert.equal(event?.location, null);
});

test('deaths in a landslide or a road accident are not political violence', () => {
  assert.deepEqual(codeText('لقي عشرون شخصا حتفهم في انهيار تلة على قريتهم في دارفور بسبب الأمطار الغزيرة.'), []);
  assert.deepEqual(codeText('قتل خمسة أشخاص في حادث سير على الطريق بين حلب وإدلب.'), []);
});

test('"similar attacks" recall earlier events', () => {
  assert.deepEqual(codeText('وكان مسلحون قد شنوا هجمات مماثلة على حواجز الجيش في مدينة العريش.'), []);
  assert.deepEqual(codeText('وشنت الطائرات غارات مماثلة على مدينة إدلب.'), []);
});

test('a summary over past days is not an event of the day', () => {
  assert.deepEqual(codeText('وخلال الأيام الماضية، قتل 39 شخصا في اشتباكات بين جماعات مسلحة في طرابلس.', '2018-09-02'), []);
});

test('words used in sport and business are not violence without an actor: خطف الأضواء، فجرت خلافا', () => {
  assert.deepEqual(codeText('خطف اللاعب الأضواء في مباراة الأمس بعدما سجل هدفين في مرمى الفريق المنافس.'), []);
  assert.deepEqual(codeText('إلا أن ضخامة المبلغ فجرت خلافا سياسيا بين الأحزاب في البرلمان.'), []);
});

test('a country named as the one who acts stands for its military; a country after في is a place', () => {
  const e = one('قصفت تركيا قرى في ريف عفرين بالمدفعية الثقيلة.', '2018-03-16');
  assert.equal(e.actor1?.name, 'Military Forces of Turkey');
  const r = one('قتل ثلاثة مدنيين في غارة لمقاتلات روسية على مدينة إدلب.', '2018-03-16');
  assert.equal(r.actor1?.name, 'Military Forces of Russia');
});

test('a country in the dateline, after من, بقيادة, الموالية ل, a place cue or an envoy is no side of the event', () => {
  const dateline = one('القاهرة، مصر (CNN)-- قتل ثلاثة جنود في انفجار عبوة ناسفة استهدفت دورية في مدينة العريش.', '2018-03-24');
  assert.ok([dateline.actor1, dateline.actor2].every((a) => !a?.id?.startsWith('state.')));
  const led = one('قتل خمسة مسلحين حوثيين في غارات شنتها طائرات التحالف بقيادة السعودية على مدينة صعدة.', '2018-03-24');
  assert.notEqual(led.actor2?.id, 'state.sa');
  const from = one('سقط صاروخ باليستي أطلق من اليمن على مدينة جازان دون إصابات.', '2018-03-24');
  assert.notEqual(from.actor1?.id, 'state.ye');
  const patron = one('قتل مدنيان في قصف مدفعي لميليشيات الحوثي الموالية لإيران على أحياء مدينة تعز.', '2018-03-24');
  assert.ok([patron.actor1, patron.actor2].every((a) => a?.id !== 'state.ir'));
  const capital = one('قتل شرطي في هجوم مسلح على دورية أمنية غرب العاصمة عمان.', '2018-08-11');
  assert.ok([capital.actor1, capital.actor2].every((a) => !a?.id?.startsWith('state.')));
  const envoy = codeText('قالت مندوبة أمريكا في مجلس الأمن إن قذائف هاون أطلقها مسلحون سقطت على روضة أطفال في مدينة سديروت.', '2018-05-29');
  assert.ok(envoy.every((e) => e.actor1?.id !== 'state.us' && e.actor2?.id !== 'state.us'));
});

test('tolls: a number a few words before "مصرعهم", a filler before the number, a rank, a vague plural', () => {
  assert.equal(one('لقي 12 شخصا مصرعهم في قصف صاروخي على مدينة حلب.').fatalities, 12);
  assert.equal(one('تعرضت مدينة دوما لغارات جوية قتل فيها 20 شخصا.').fatalities, 20);
  assert.equal(one('أكدت مصادر مقتل رقيب شرطة في انفجار سيارة مفخخة في مدينة العريش.').fatalities, 1);
  assert.equal(one('أفادت وسائل إعلام بسقوط قتلى وجرحى في غارة جوية على مدينة دير الزور.').fatalities, 3);
});

test('a truce is an agreement when concluded, not when talked of or failed', () => {
  assert.equal(one('توصل الجيش والمسلحون إلى هدنة في مدينة درعا بعد أيام من القتال.').sub_event_type, 'Agreement');
  assert.deepEqual(codeText('فشلت روسيا وتركيا في التوصل إلى هدنة في محافظة إدلب.'), []);
  assert.deepEqual(codeText('لم تنجح المحاولات للتوصل إلى هدنة في مدينة طرابلس.'), []);
});

test('"the shelling" told again without a place of its own is the event told before', () => {
  const text = 'شنت مقاتلات التحالف غارات جوية على مواقع في مدينة صعدة الجمعة. وذكرت مصادر أنه سمع دوي انفجارات كبيرة جراء القصف.';
  const events = codeText(text, '2018-03-02');
  assert.equal(events.length, 1);
  assert.equal(events[0]!.sub_event_type, 'Air/drone strike');
});

test('a court sentence or a charge is not an event of the day; an arrest on charges is', () => {
  assert.deepEqual(codeText('قضت محكمة مصرية بإعدام 17 شخصا في قضية تفجير الكنائس في مدينة طنطا.'), []);
  assert.equal(one('اعتقلت الشرطة التركية عشرة أشخاص بتهمة الانتماء إلى تنظيم داعش في مدينة إسطنبول.').sub_event_type, 'Arrests');
});

test('tolls: a hedge after the number, a dual, a pronoun that counts the dead, أحد', () => {
  assert.equal(one('لقي 9 أشخاص على الأقل مصرعهم في قصف مدفعي على مدينة حماة.').fatalities, 9);
  assert.equal(one('استشهد فلسطينيان برصاص قوات الاحتلال قرب مدينة نابلس.').fatalities, 2);
  assert.equal(one('لقي مصرعه بقصف مدفعي على قرية قرب مدينة صعدة.', '2018-04-28').fatalities, 1);
  assert.equal(one('اعترض مسلحون سيارة موظف حكومي فقتلوه قرب مدينة الموصل.').fatalities, 1);
  assert.equal(one('قتل أحد الجنود في انفجار عبوة ناسفة بمدينة الشيخ زويد.').fatalities, 1);
});

test('a toll in the thousands sums a war; it is not one event, nor is anything its sentence tells', () => {
  assert.deepEqual(codeText('ويقدر مراقبون أن النزاع في جنوب السودان أودى بحياة نحو 50 ألف شخص.', '2018-04-28'), []);
  assert.deepEqual(codeText('وأشار التقرير إلى مقتل 1450 مسلحا جراء غارات التحالف على مدينتي الرقة والطبقة.', '2018-04-28'), []);
});

test('two counted tolls of one sentence add up: each side its dead', () => {
  const e = one('هاجم مسلحون من بوكو حرام موقعا عسكريا في مدينة ديفا. وأعلن الجيش مقتل جنديين في صفوفه ومقتل سبعة مسلحين في صفوف المهاجمين.', '2018-07-21');
  assert.equal(e.fatalities, 9);
});

test('a definite event noun is news when its sentence dates or counts it, else it only adds to an event told', () => {
  const e = one('ارتفعت حصيلة ضحايا التفجير الانتحاري الذي ضرب سوقا في مدينة الحلة الجمعة إلى 45 قتيلا.', '2018-07-13');
  assert.equal(e.sub_event_type, 'Suicide bomb');
  assert.equal(e.fatalities, 45);
  assert.deepEqual(codeText('وأدان الرئيس الهجوم على مدينة الحلة.', '2018-07-13'), []);
});

test('deaths told with no place of their own are the toll of the event told, not an event of their own', () => {
  const events = codeText('انفجرت سيارة مفخخة في سوق مدينة مقديشو. وقال مسؤول محلي إن الانفجار أوقع 11 قتيلا.', '2018-09-02');
  assert.equal(events.length, 1);
  assert.equal(events[0]!.fatalities, 11);
});

test('houses destroyed by an explosion are its damage, not a second event; explosions heard are not an event', () => {
  const events = codeText('انفجرت عبوة ناسفة في شارع تجاري بمدينة بنغازي، وأدى الانفجار إلى هدم جدار مبنى قريب.', '2018-09-02');
  assert.deepEqual(events.map((e) => e.sub_event_type), ['Remote explosive/landmine/IED']);
  assert.deepEqual(codeText('وأفاد سكان بسماع دوي انفجارات في محيط مدينة الحديدة.', '2018-03-02'), []);
});

test('أغارت is an air strike', () => {
  assert.equal(one('أغارت مقاتلات التحالف على مخازن أسلحة للحوثيين في مدينة حرض.', '2018-03-11').sub_event_type, 'Air/drone strike');
});

test('an event dated only to last week is background beside the day\'s news, and news when it is all there is', () => {
  const text = 'قتل ثلاثة جنود في انفجار عبوة ناسفة بمدينة العريش اليوم. وكانت هجمات الأسبوع الماضي في مدينة رفح قد أسفرت عن مقتل عشرة. واندلعت اشتباكات الأسبوع الماضي في مدينة الشيخ زويد.';
  assert.deepEqual(codeText(text, '2018-05-20').map((e) => e.location), ['Arish']);
  assert.equal(one('واندلعت اشتباكات الأسبوع الماضي في مدينة الشيخ زويد.', '2018-05-20').time_precision, 2);
});

test('an event dated more than ten days before publication is background', () => {
  assert.deepEqual(codeText('وفي الثاني من مارس الماضي قتل ثلاثة جنود في هجوم على معسكر قرب مدينة بنغازي.', '2018-03-20'), []);
});

test('protests met by force, riots with arson, defused bombs, mortar fire that wounded, concluded truces', () => {
  const sub = (text: string) => codeText(text, '2024-03-16').map((e) => e.sub_event_type);
  assert.deepEqual(sub('فرقت قوات الأمن العراقية المتظاهرين في ساحة التحرير ببغداد بالغاز المسيل للدموع.'), ['Protest with intervention']);
  assert.deepEqual(sub('فضت الشرطة اعتصاما للعمال في مدينة الإسكندرية.'), ['Protest with intervention']);
  assert.deepEqual(sub('رشق محتجون غاضبون قوات الأمن بالحجارة وأحرقوا إطارات في مدينة البصرة.'), ['Violent demonstration']);
  assert.deepEqual(sub('فككت فرق الهندسة عبوة ناسفة زرعت على طريق في بلدة عرسال.'), ['Disrupted weapons use']);
  assert.deepEqual(sub('سقطت قذائف هاون على حي سكني في مدينة تعز، ما أسفر عن إصابة طفلين.'), ['Shelling/artillery/missile attack']);
  assert.deepEqual(sub('توصل الجيش السوداني وقوات الدعم السريع إلى هدنة إنسانية في مدينة الفاشر.'), ['Agreement']);
  assert.deepEqual(sub('أعلنت حركة حماس وإسرائيل التوصل إلى اتفاق لوقف إطلاق النار في قطاع غزة.'), ['Agreement']);
});

test('منذ ends with its clause: the day after the comma dates the event', () => {
  const [e] = codeText('تحاصر قوات الدعم السريع مدينة الفاشر منذ مايو 2023، وقصفت المدفعية المدينة اليوم.', '2024-03-16');
  assert.equal(e?.event_date, '2024-03-16');
});

test('an attack by another side told beside air strikes is its own event, not a telling of the strikes', () => {
  const text = 'قتل 12 مدنيا في غارات جوية شنتها طائرات النظام على مدينة معرة النعمان. وجاءت هذه الغارات ردا على هجوم نفذته هيئة تحرير الشام على مدينة محردة.';
  const subs = codeText(text, '2018-06-11').map((e) => e.sub_event_type).sort();
  assert.deepEqual(subs, ['Air/drone strike', 'Armed clash']);
});

test('"مسلحون من حركة الشباب" are al-Shabaab; "هجوم نفذته X" was carried out by X', () => {
  assert.equal(one('اختطف مسلحون من حركة الشباب سائقين اثنين قرب مدينة بيدوا.', '2024-03-16').actor1?.id, 'so.al-shabaab');
  assert.equal(one('صدت القوات هجوما نفذته حركة الشباب على قاعدة في مدينة بيدوا.', '2024-03-16').actor1?.id, 'so.al-shabaab');
});

test('ل before the article is a purpose too: للسيطرة على البلاد is an aim, not a capture', () => {
  assert.deepEqual(codeText('وتحشد الجماعة مقاتليها قرب مدينة تدمر للسيطرة على الطرق الصحراوية.', '2015-08-03'), []);
});

test('an attack on a village or a wedding with no armed target is violence against civilians', () => {
  assert.equal(one('هاجم مسلحون من بوكو حرام قرية قرب مدينة بول.', '2018-07-22').sub_event_type, 'Attack');
  assert.equal(one('هاجم مسلحون من بوكو حرام موقعا للجيش قرب مدينة بول.', '2018-07-22').sub_event_type, 'Armed clash');
});

test('a gas tanker blast is an accident; "any attack" is no attack', () => {
  assert.deepEqual(codeText('انفجرت شاحنة ناقلة للغاز على طريق سريع قرب مدينة ميلانو مما أسفر عن مقتل شخصين.', '2018-08-07'), []);
  assert.deepEqual(codeText('وأكدت الوزارة رفض المملكة أي استهداف لأمنها في مدينة الرياض.', '2018-10-14'), []);
});

test('the reminder an agency report ends on (يذكر أن، ليست المرة الأولى) is background', () => {
  const text = 'شنت الطائرات غارات على مواقع مسلحين قرب مدينة الرمادي اليوم. يذكر أن الطيران نفذ غارات على مدينة الفلوجة في وقت سابق.';
  assert.deepEqual(codeText(text, '2018-05-06').map((e) => e.location), ['Ramadi']);
});

test('deaths and captures told over months or years are a tally, not an event of the day', () => {
  assert.deepEqual(codeText('اعترفت القيادة بمقتل 310 مدنيين في ضربات جوية على مدينة الموصل خلال ثلاثة أعوام.', '2018-06-01'), []);
  assert.deepEqual(codeText('انتهت الحملة العسكرية التي استمرت قرابة ثلاثة أشهر بسيطرة الفصائل على مدينة الباب.', '2018-04-21'), []);
});

test('a title or a link to another story adds to an event the body tells but is no event of its own', () => {
  assert.deepEqual(codeText('اقرأ أيضا: جرحى في تفجير سيارة مفخخة قرب سوق في مدينة كركوك\nأعلنت الحكومة خطة جديدة للطرق.', '2018-06-07'), []);
  const events = codeText('انفجار سيارة مفخخة في بغداد\nانفجرت سيارة مفخخة في سوق مدينة بغداد اليوم، ما أدى إلى مقتل خمسة أشخاص.', '2018-06-07');
  assert.equal(events.length, 1);
  assert.equal(events[0]!.evidence.length, 2);
});

test('a capture named as an aim (بهدف استعادة، تهدف إلى السيطرة على، حتى استعادة) is no capture', () => {
  assert.deepEqual(codeText('أطلق الجيش الليبي عملية عسكرية بهدف استعادة مدينة درنة.', '2018-05-17').map((e) => e.sub_event_type), []);
  assert.deepEqual(codeText('وقال القائد إن الجيش سيقاتل حتى استعادة مدينة درنة من الإرهابيين.', '2018-05-24'), []);
  // حتى before anything else is "until" in a report: the capture stands.
  assert.equal(codeText('استعاد الجيش السيطرة على مدينة درنة بعد معارك عنيفة حتى ساعات الفجر.', '2018-05-24').length, 1);
});

test('a noun joined by و to an aim with ل is an aim too: لدعم المقاومة، وتحرير المناطق', () => {
  assert.deepEqual(codeText('أرسلت الحكومة قوات إضافية إلى مدينة البيضاء لمساندة القبائل، واستعادة القرى التي خسرتها.', '2015-08-09'), []);
});

test('two accounts of one strike keep their own claimant and toll on the event', () => {
  const text = 'أعلنت القيادة الأمريكية أنها نفذت ضربة جوية قتلت أربعة مسلحين قرب مدينة كسمايو. وقالت إذاعة محلية إن ثلاثة من المدنيين قتلوا في الضربة الجوية قرب مدينة كسمايو.';
  const e = one(text, '2018-04-02');
  assert.deepEqual(e.evidence.map((v) => v.fatalities), [4, 3]);
  assert.ok(e.evidence[1]!.claimant?.includes('إذاعة محلية'));
});

test('sport reporting is no violence: a penalty, a team\'s attack, players protesting, fans crowding', () => {
  assert.deepEqual(codeText('أهدر مهاجم الفريق ضربة جزاء في الدقيقة الأخيرة من المباراة أمام الأهلي.', '2018-06-17'), []);
  assert.deepEqual(codeText('واحتج لاعبو النادي طويلا على قرار الحكم قبل استئناف المباراة.', '2018-06-17'), []);
  assert.deepEqual(codeText('وتألق هجوم المنتخب المصري أمام تونس في المباراة الودية.', '2018-06-20'), []);
  assert.deepEqual(codeText('وغرم الاتحاد النادي بعد أحداث شغب شهدتها المدرجات خلال المباراة في مدينة الإسكندرية.', '2018-04-20'), []);
});

test('space launches, cyber attacks and laws coming into force are no violence', () => {
  assert.deepEqual(codeText('أطلقت وكالة الفضاء الهندية صاروخا يحمل قمرا صناعيا جديدا.', '2018-02-07'), []);
  assert.deepEqual(codeText('حذر خبراء من تزايد الهجمات الإلكترونية على شركات الطيران.', '2018-02-07'), []);
  assert.deepEqual(codeText('ودخل قانون الضرائب الجديد حيز التنفيذ في مدينة عمان الأحد.', '2018-03-23'), []);
});

test('the force named only as the source of a report (بحسب الشرطة) is no side of the event', () => {
  const e = one('انفجرت عبوة مزروعة على جانب الطريق قرب مدينة قندهار لدى مرور سيارة مسؤول محلي وقتلت ثلاثة أشخاص، بحسب الشرطة.', '2018-07-13');
  assert.notEqual(e.actor1?.id, 'state.pk');
  assert.ok(!/police/i.test(e.actor1?.name ?? ''), `actor1 ${e.actor1?.name}`);
  assert.equal(e.claimant, 'الشرطة');
});

test('merged tellings never put one side on both ends; a hotel\'s name is no place', () => {
  const text = 'قصفت الطائرات الإسرائيلية موقعا في قطاع غزة اليوم. وقال الجيش الإسرائيلي إن الطائرات قصفت الموقع في قطاع غزة.';
  for (const e of codeText(text, '2018-05-29')) assert.ok(!e.actor1 || e.actor1.id !== e.actor2?.id, `${e.actor1?.id} on both sides`);
  const e = one('انفجرت سيارة مفخخة قرب فندق الودان في مدينة طرابلس الليبية.', '2018-05-25');
  assert.equal(e.location, 'Tripoli');
});

test('what a group often does is no event: كثيرا ما تشن هجمات', () => {
  const e = one('قتل ثلاثة جنود في انفجار عبوة ناسفة بمدينة الرمادي يوم الأحد.\nوكثيرا ما يشن التنظيم هجمات انتحارية على الحواجز في المدينة.', '2017-03-06');
  assert.equal(e.sub_event_type, 'Remote explosive/landmine/IED');
});

test('a منذ far after the trigger dates another clause, not the event', () => {
  const e = one('أعلن الجيش الخميس مقتل أربعة جنود في هجوم على حاجز غرب مدينة العريش.\nويحمل الهجوم بصمات تنظيم ولاية سيناء الذي يخوض تمردا ضد قوات الأمن في شمال سيناء منذ عام 2013.', '2017-10-13');
  assert.equal(e.event_date, '2017-10-12');
  assert.equal(e.evidence.length, 2);
});

test('a town named later for an event placed only in its province gives the event its place', () => {
  const e = one('قالت الشرطة إن انفجارا ضرب سوقا في ولاية بورنو الأحد وقتل ستة أشخاص.\nوأفاد شهود بأن الانفجار الذي نفذته جماعة بوكو حرام وقع في سوق بلدة باما.', '2019-04-15');
  assert.equal(e.location, 'Bama');
  assert.equal(e.geo_precision, 1);
});

test('a bombing told "south of the capital" and in a town there with the same dead is one event, placed at the town', () => {
  const events = codeText('قتل ستة أشخاص أمس في تفجير انتحاري جنوب العاصمة العراقية بغداد.\nوقالت الشرطة إن انتحاريا فجر نفسه في سوق مدينة المحمودية صباح أمس ما أدى إلى مقتل ستة أشخاص.', '2016-05-12');
  assert.equal(events.length, 1, events.map((e) => `${e.sub_event_type} @ ${e.location}`).join('; '));
  assert.equal(events[0]!.location, 'Al Maḩmūdīyah');
  assert.equal(events[0]!.fatalities, 6);
});

test('an authority that announces a bombing is its claimant, not its bomber', () => {
  const e = one('أعلنت الشرطة النيجيرية مقتل 12 شخصا في تفجير انتحاري استهدف سوقا في مدينة مايدوغوري يوم الأحد.', '2019-06-17');
  assert.equal(e.sub_event_type, 'Suicide bomb');
  assert.ok(!/police/i.test(e.actor1?.name ?? ''), `actor1 ${e.actor1?.name}`);
  assert.match(e.claimant ?? '', /الشرطة/);
});

test('the group whose men a strike killed is the side that suffered, not the side that struck', () => {
  const e = one('شنت القوات الأمريكية غارة جوية قتلت سبعة مسلحين من حركة الشباب قرب مدينة جلب يوم الجمعة.', '2019-02-16');
  assert.match(e.actor1?.name ?? '', /United States/);
  assert.equal(e.fatalities, 7);
});

test('a passive "تم نقل" moves the wounded and names no claimant; a count is never who speaks', () => {
  const e = one('قصفت طائرات حربية سوقا في بلدة مستبأ يوم الجمعة، وتم نقل 30 جريحا إلى مستشفى المدينة.', '2019-03-16');
  assert.equal(e.claimant, null);
});

test('a threat governs its whole clause: "هددت الجماعة بشن هجمات واسعة على مواقع الجيش" is no event', () => {
  assert.equal(codeText('هددت الجماعة المسلحة أمس الحكومة بشن موجة جديدة من الهجمات الواسعة على مواقع الجيش في مدينة سرت.', '2019-03-16').length, 0);
});

test('a suicide car bombing told again as a car bomb is one suicide bombing; its notes tell the merged toll', () => {
  const e = one('قالت الشرطة إن انتحاريا شن هجوما بسيارة مفخخة على مقر حكومي في مدينة بيدوا يوم السبت.\nوقال ضابط إن السيارة المفخخة اقتحمت المبنى وانفجرت فيه، ما أدى إلى مقتل أربعة جنود.', '2019-03-17');
  assert.equal(e.sub_event_type, 'Suicide bomb');
  assert.equal(e.fatalities, 4);
  assert.match(e.notes, /4 killed/);
});

test('the province a cue asks for tells the article\'s country: soldiers "في ولاية زابل" are Afghanistan\'s', () => {
  const e = one('قتل سبعة جنود في هجوم مسلح على نقطة تفتيش في ولاية زابل يوم الجمعة.', '2019-03-16');
  assert.equal(e.country, 'AF');
  assert.match(e.actor2?.name ?? '', /Afghanistan/);
});
