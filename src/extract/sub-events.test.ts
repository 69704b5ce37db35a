/**
 * One test per ACLED sub-event type (all 25), each on hand-written sentences in the manner of Arabic wire copy,
 * spread over the region's conflicts. Each case asserts the sub-event and event type and, where the sentence states
 * them, the actors, the toll, the date and the place.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeText } from './test-pipeline.js';

interface Expected {
  sub: string;
  type: string;
  actor1?: string | null;
  actor2?: string | null;
  fatalities?: number;
  date?: string;
  location?: string | null;
}

/** The sentence codes to exactly one event with the expected fields (a field left out is not checked). */
function expectEvent(text: string, published: string, want: Expected): void {
  const events = codeText(text, published);
  const found = events.map((e) => `${e.sub_event_type} @ ${e.location}`).join('; ');
  assert.equal(events.length, 1, `${text}\nexpected one event, found ${events.length}: ${found}`);
  const e = events[0]!;
  const at = `\n${text}`;
  assert.equal(e.sub_event_type, want.sub, `sub_event_type${at}`);
  assert.equal(e.event_type, want.type, `event_type${at}`);
  if (want.actor1 !== undefined) assert.equal(e.actor1?.id ?? null, want.actor1, `actor1${at}`);
  if (want.actor2 !== undefined) assert.equal(e.actor2?.id ?? null, want.actor2, `actor2${at}`);
  if (want.fatalities !== undefined) assert.equal(e.fatalities, want.fatalities, `fatalities${at}`);
  if (want.date !== undefined) assert.equal(e.event_date, want.date, `event_date${at}`);
  if (want.location !== undefined) assert.equal(e.location, want.location, `location${at}`);
}

// 2024-03-16 is a Saturday: الجمعة is 2024-03-15, الخميس 2024-03-14.
const SAT = '2024-03-16';

const BATTLES = 'Battles';
const REMOTE = 'Explosions/Remote violence';
const VAC = 'Violence against civilians';
const PROTESTS = 'Protests';
const RIOTS = 'Riots';
const STRATEGIC = 'Strategic developments';

test('Armed clash: two armed sides fight (Sudan, Libya, Mali)', () => {
  expectEvent('اندلعت اشتباكات عنيفة، الجمعة، بين الجيش السوداني وقوات الدعم السريع في مدينة الأبيض، أسفرت عن مقتل 9 من عناصر الدعم السريع.', SAT, {
    sub: 'Armed clash', type: BATTLES, actor1: 'sd.saf', actor2: 'sd.rsf', fatalities: 9, date: '2024-03-15', location: 'El Obeid',
  });
  expectEvent('اشتبكت قوات جهاز دعم الاستقرار مع قوات اللواء 444 في منطقة عين زارة جنوبي طرابلس.', '2022-08-28', {
    sub: 'Armed clash', type: BATTLES, actor1: 'ly.ssa', actor2: 'ly.brigade444', fatalities: 0, date: '2022-08-28', location: 'Ain Zara',
  });
  expectEvent('قتل خمسة جنود ماليين في هجوم شنته جماعة نصرة الإسلام والمسلمين على موقع للجيش المالي قرب مدينة موبتي.', SAT, {
    sub: 'Armed clash', type: BATTLES, actor1: 'ml.jnim', actor2: 'ml.military', fatalities: 5, date: SAT, location: 'Mopti',
  });
});

test('Government regains territory: a state force takes ground back (Iraq, Sudan, Syria)', () => {
  expectEvent('أعلن الجيش العراقي استعادة السيطرة على مدينة الموصل بالكامل من تنظيم داعش في العراق.', '2017-07-10', {
    sub: 'Government regains territory', type: BATTLES, actor1: 'iq.army', actor2: 'iq.islamic-state-iraq', date: '2017-07-10', location: 'Mosul',
  });
  expectEvent('استعاد الجيش السوداني السيطرة على مقر الإذاعة في مدينة أم درمان بعد معارك مع قوات الدعم السريع.', SAT, {
    sub: 'Government regains territory', type: BATTLES, actor1: 'sd.saf', actor2: 'sd.rsf', date: SAT, location: 'Omdurman',
  });
  expectEvent('سيطرت قوات النظام السوري على أحياء حلب الشرقية بعد انسحاب مقاتلي المعارضة.', '2016-12-22', {
    sub: 'Government regains territory', type: BATTLES, actor1: 'sy.regime-forces', actor2: 'generic.opposition-fighters', location: 'Aleppo',
  });
});

test('Non-state actor overtakes territory: a rebel group or militia takes ground (Syria)', () => {
  expectEvent('سيطر تنظيم داعش على مدينة تدمر في ريف حمص الشرقي.', '2015-05-21', {
    sub: 'Non-state actor overtakes territory', type: BATTLES, actor1: 'sy.islamic-state', date: '2015-05-21', location: 'Tadmur',
  });
});

test('Chemical weapon: a gas attack (Syria)', () => {
  expectEvent('قتل عشرات المدنيين في هجوم كيماوي على مدينة دوما في الغوطة الشرقية.', '2018-04-08', {
    sub: 'Chemical weapon', type: REMOTE, fatalities: 10, date: '2018-04-08', location: 'Dūmā',
  });
  expectEvent('قصفت طائرات النظام السوري بلدة خان شيخون بغاز السارين، ما أدى إلى مقتل 58 مدنيا.', '2017-04-05', {
    sub: 'Chemical weapon', type: REMOTE, actor1: 'sy.air-force', actor2: 'generic.civilians', fatalities: 58, location: 'Khān Shaykhūn',
  });
});

test('Air/drone strike: aircraft of any state or coalition (Yemen, Gaza, Sudan)', () => {
  expectEvent('شنت طائرات التحالف العربي غارات جوية على مواقع لجماعة الحوثي في محافظة صعدة، أمس الجمعة.', SAT, {
    sub: 'Air/drone strike', type: REMOTE, actor1: 'sa.coalition', actor2: 'ye.houthi_forces', fatalities: 0, date: '2024-03-15', location: "Sa'dah",
  });
  expectEvent('شن الطيران الإسرائيلي غارة جوية على منزل في مدينة رفح أمس، ما أدى إلى استشهاد خمسة فلسطينيين.', SAT, {
    sub: 'Air/drone strike', type: REMOTE, actor1: 'il.air_force', fatalities: 5, date: '2024-03-15', location: 'Rafaḩ',
  });
  expectEvent('قتل سبعة مدنيين في غارة جوية شنتها طائرات الجيش السوداني على سوق في مدينة نيالا، الخميس.', SAT, {
    sub: 'Air/drone strike', type: REMOTE, actor1: 'sd.saf', fatalities: 7, date: '2024-03-14', location: 'Nyala',
  });
});

test('Suicide bomb: a bomber who blows himself up (Somalia, Nigeria)', () => {
  expectEvent('فجر انتحاري نفسه، اليوم السبت، في سوق شعبي بمدينة مقديشو، ما أسفر عن مقتل سبعة مدنيين.', SAT, {
    sub: 'Suicide bomb', type: REMOTE, actor2: 'generic.civilians', fatalities: 7, date: SAT, location: 'Mogadishu',
  });
  expectEvent('فجرت انتحارية نفسها في سوق مزدحم بمدينة مايدوغوري شمال شرقي نيجيريا، ما أسفر عن مقتل أربعة أشخاص.', SAT, {
    sub: 'Suicide bomb', type: REMOTE, fatalities: 4, date: SAT, location: 'Maiduguri',
  });
});

test('Shelling/artillery/missile attack: artillery, mortars and rockets (Sudan, Lebanon, Syria)', () => {
  expectEvent('قصفت قوات الدعم السريع أحياء مدينة الفاشر بقذائف المدفعية، ما أدى إلى مقتل أربعة مدنيين.', SAT, {
    sub: 'Shelling/artillery/missile attack', type: REMOTE, actor1: 'sd.rsf', actor2: 'generic.civilians', fatalities: 4, date: SAT, location: 'El Fasher',
  });
  expectEvent('قصف حزب الله مواقع للجيش الإسرائيلي في مزارع شبعا بالصواريخ الموجهة.', SAT, {
    sub: 'Shelling/artillery/missile attack', type: REMOTE, actor1: 'lb.hezbollah', actor2: 'il.idf', fatalities: 0, location: 'Shebaa Farms',
  });
  expectEvent('قصفت قوات النظام السوري بلدة سرمين في ريف إدلب بقذائف المدفعية، ما أدى إلى مقتل طفلين.', SAT, {
    sub: 'Shelling/artillery/missile attack', type: REMOTE, actor1: 'sy.regime-forces', fatalities: 2, location: 'Sarmīn',
  });
});

test('Remote explosive/landmine/IED: roadside bombs, mines and car bombs (Egypt, Somalia, Afghanistan)', () => {
  expectEvent('قتل جنديان مصريان في انفجار عبوة ناسفة استهدفت مدرعة للجيش المصري جنوب مدينة الشيخ زويد.', SAT, {
    sub: 'Remote explosive/landmine/IED', type: REMOTE, actor2: 'eg.army', fatalities: 2, date: SAT, location: 'Ash Shaykh Zuwayd',
  });
  expectEvent('انفجرت سيارة مفخخة قرب حاجز للجيش الصومالي في مدينة مقديشو، ما أسفر عن مقتل خمسة أشخاص.', SAT, {
    sub: 'Remote explosive/landmine/IED', type: REMOTE, actor2: 'so.military', fatalities: 5, location: 'Mogadishu',
  });
  expectEvent('قتل ثلاثة من عناصر شرطة طالبان في انفجار لغم أرضي بمدينة جلال آباد شرقي أفغانستان.', SAT, {
    sub: 'Remote explosive/landmine/IED', type: REMOTE, fatalities: 3, location: 'Jalālābād',
  });
});

test('Grenade: a hand grenade thrown (Iraq)', () => {
  expectEvent('ألقى مجهولون قنبلة يدوية على منزل مسؤول محلي في مدينة البصرة.', SAT, {
    sub: 'Grenade', type: REMOTE, actor1: 'generic.unidentified-gunmen', fatalities: 0, date: SAT, location: 'Basrah',
  });
  expectEvent('أصيب أربعة أشخاص بجروح إثر إلقاء قنبلة يدوية على مقهى في مدينة كركوك.', SAT, {
    sub: 'Grenade', type: REMOTE, fatalities: 0, location: 'Kirkuk',
  });
});

test('Sexual violence: rape by armed men (Sudan)', () => {
  expectEvent('اغتصب عناصر من قوات الدعم السريع نساء في مدينة الجنينة بولاية غرب دارفور.', SAT, {
    sub: 'Sexual violence', type: VAC, actor1: 'sd.rsf', actor2: 'generic.civilians', fatalities: 0, location: 'Geneina',
  });
});

test('Attack: armed men against unarmed people (Nigeria, Syria)', () => {
  expectEvent('أطلق مسلحون مجهولون النار على حافلة تقل مدنيين قرب مدينة كانو، ما أدى إلى مقتل ستة ركاب.', SAT, {
    sub: 'Attack', type: VAC, actor1: 'generic.unidentified-gunmen', actor2: 'generic.civilians', fatalities: 6, date: SAT, location: 'Kano',
  });
  expectEvent('اغتال مسلحون مجهولون مختار قرية في ريف درعا الغربي.', SAT, {
    sub: 'Attack', type: VAC, actor1: 'generic.unidentified-gunmen', location: 'Dar‘ā',
  });
});

test('Abduction/forced disappearance: kidnapping (Nigeria)', () => {
  expectEvent('اختطف مسلحون مجهولون 15 طالبا من مدرسة في ولاية كادونا شمال غربي نيجيريا.', SAT, {
    sub: 'Abduction/forced disappearance', type: VAC, actor1: 'generic.unidentified-gunmen', fatalities: 0, date: SAT, location: 'Kaduna',
  });
  expectEvent('اختطف مسلحو بوكو حرام 20 امرأة من قرية قرب مدينة باما.', SAT, {
    sub: 'Abduction/forced disappearance', type: VAC, actor1: 'ng.boko-haram', fatalities: 0, location: 'Bama',
  });
});

test('Peaceful protest: a demonstration, a sit-in, a vigil (West Bank, Yemen, Algeria)', () => {
  expectEvent('تظاهر مئات الفلسطينيين، الجمعة، في مدينة رام الله تضامنا مع قطاع غزة.', SAT, {
    sub: 'Peaceful protest', type: PROTESTS, fatalities: 0, date: '2024-03-15', location: 'Ramallah',
  });
  expectEvent('نظم عشرات المعلمين وقفة احتجاجية أمام مبنى المحافظة في مدينة عدن للمطالبة بصرف رواتبهم.', SAT, {
    sub: 'Peaceful protest', type: PROTESTS, fatalities: 0, date: SAT, location: 'Aden',
  });
  expectEvent('احتشد آلاف المحتجين في مسيرات سلمية وسط مدينة وهران.', SAT, {
    sub: 'Peaceful protest', type: PROTESTS, actor1: 'generic.protesters', fatalities: 0, location: 'Oran',
  });
});

test('Protest with intervention: a protest dispersed by force short of killing (Iraq)', () => {
  expectEvent('فرقت قوات الأمن العراقية مظاهرة في مدينة البصرة بالغاز المسيل للدموع.', SAT, {
    sub: 'Protest with intervention', type: PROTESTS, actor1: 'iq.army', fatalities: 0, date: SAT, location: 'Basrah',
  });
});

test('Excessive force against protesters: protesters shot dead (Sudan, Iraq)', () => {
  expectEvent('قتل 30 متظاهرا برصاص قوات الأمن خلال فض اعتصام القيادة العامة في الخرطوم.', '2019-06-03', {
    sub: 'Excessive force against protesters', type: PROTESTS, actor1: 'generic.security-forces', fatalities: 30, date: '2019-06-03', location: 'Khartoum',
  });
  expectEvent('أطلقت قوات الأمن العراقية الرصاص الحي على المتظاهرين في مدينة الناصرية، ما أسفر عن مقتل ثمانية متظاهرين.', '2019-10-05', {
    sub: 'Excessive force against protesters', type: PROTESTS, actor1: 'iq.army', actor2: 'generic.protesters', fatalities: 8, location: 'Nasiriyah',
  });
});

test('Violent demonstration: protesters who riot, burn and storm (Libya, Syria, Iraq)', () => {
  expectEvent('أضرم متظاهرون النار في مبنى البلدية في مدينة الزاوية احتجاجا على انقطاع الكهرباء.', SAT, {
    sub: 'Violent demonstration', type: RIOTS, fatalities: 0, date: SAT, location: 'Az Zāwīyah',
  });
  expectEvent('اندلعت أعمال شغب في مدينة القامشلي احتجاجا على غلاء الأسعار.', SAT, {
    sub: 'Violent demonstration', type: RIOTS, fatalities: 0, location: 'Al Qāmishlī',
  });
  expectEvent('اقتحم محتجون مبنى مجلس المحافظة في مدينة البصرة احتجاجا على تردي الخدمات.', SAT, {
    sub: 'Violent demonstration', type: RIOTS, fatalities: 0, date: SAT, location: 'Basrah',
  });
});

test('Mob violence: a crowd or communities attacking without organisation (Egypt, Nigeria)', () => {
  expectEvent('اعتدى حشد من الأهالي على شاب متهم بالسرقة وضربوه حتى الموت في قرية بمحافظة المنيا.', SAT, {
    sub: 'Mob violence', type: RIOTS, date: SAT, location: 'Al Minyā',
  });
  expectEvent('اندلعت أعمال عنف طائفية بين سكان قريتين في محافظة المنيا أسفرت عن إصابة عشرة أشخاص.', SAT, {
    sub: 'Mob violence', type: RIOTS, fatalities: 0, location: 'Al Minyā',
  });
  expectEvent('هاجم سكان غاضبون منزل رجل متهم بالتجديف وأحرقوه في ولاية سوكوتو النيجيرية.', SAT, {
    sub: 'Mob violence', type: RIOTS, fatalities: 0, location: 'Sokoto',
  });
});

test('Agreement: a ceasefire or a prisoner swap signed (Libya, talks in Geneva)', () => {
  expectEvent('وقعت الأطراف الليبية اتفاقا لوقف إطلاق النار في مدينة جنيف.', '2020-10-23', {
    sub: 'Agreement', type: STRATEGIC, fatalities: 0, date: '2020-10-23', location: 'Genève',
  });
  expectEvent('وقع الطرفان اتفاقا لتبادل الأسرى في مدينة جنيف.', SAT, {
    sub: 'Agreement', type: STRATEGIC, fatalities: 0, date: SAT, location: 'Genève',
  });
});

test('Arrests: detentions by state forces (West Bank, Iraq, Somalia)', () => {
  expectEvent('اعتقلت قوات الاحتلال الإسرائيلي 15 فلسطينيا، فجر اليوم، في مدينة نابلس.', SAT, {
    sub: 'Arrests', type: STRATEGIC, actor1: 'il.idf', fatalities: 0, date: SAT, location: 'Nablus',
  });
  expectEvent('ألقت الشرطة العراقية القبض على ثلاثة مطلوبين في مدينة الرمادي.', SAT, {
    sub: 'Arrests', type: STRATEGIC, actor1: 'iq.police', fatalities: 0, location: 'Ramadi',
  });
  expectEvent('اعتقلت قوات الأمن الصومالية عشرة مشتبه بهم في مدينة كيسمايو.', SAT, {
    sub: 'Arrests', type: STRATEGIC, actor1: 'so.police', fatalities: 0, location: 'Kismayo',
  });
});

test('Change to group/activity: defection, dissolution, joining the war (Sudan, Syria)', () => {
  expectEvent('انشق قائد في قوات الدعم السريع مع عشرات من عناصره وانضم إلى الجيش السوداني في مدينة شندي.', SAT, {
    sub: 'Change to group/activity', type: STRATEGIC, actor1: 'sd.rsf', actor2: 'sd.saf', fatalities: 0, location: 'Shendi',
  });
  expectEvent('أعلنت جماعة مسلحة في ريف درعا حل نفسها.', SAT, {
    sub: 'Change to group/activity', type: STRATEGIC, actor1: 'generic.armed-group', fatalities: 0, location: 'Dar‘ā',
  });
  expectEvent('أعلنت حركة تحرير السودان جناح مناوي انضمامها إلى القتال بجانب الجيش السوداني.', '2023-08-20', {
    sub: 'Change to group/activity', type: STRATEGIC, actor1: 'sd.sla_mm', actor2: 'sd.saf', fatalities: 0, date: '2023-08-20',
  });
});

test('Disrupted weapons use: seizures, smuggling foiled, missiles intercepted (Iraq, Lebanon, Egypt, Saudi Arabia)', () => {
  expectEvent('ضبطت قوات الأمن العراقية مخزنا للأسلحة والعبوات الناسفة في مدينة كركوك.', SAT, {
    sub: 'Disrupted weapons use', type: STRATEGIC, actor1: 'iq.army', fatalities: 0, location: 'Kirkuk',
  });
  expectEvent('ضبط الجيش اللبناني كمية من الأسلحة والذخائر في بلدة عرسال.', SAT, {
    sub: 'Disrupted weapons use', type: STRATEGIC, actor1: 'lb.army', fatalities: 0, location: 'Arsal',
  });
  expectEvent('أحبط الجيش المصري محاولة تهريب أسلحة وذخائر عبر الحدود الليبية قرب مدينة السلوم.', SAT, {
    sub: 'Disrupted weapons use', type: STRATEGIC, actor1: 'eg.army', fatalities: 0, location: 'As Sallūm',
  });
  expectEvent('اعترضت الدفاعات الجوية السعودية ثلاثة صواريخ باليستية أطلقها الحوثيون باتجاه مدينة جازان.', SAT, {
    sub: 'Disrupted weapons use', type: STRATEGIC, actor1: 'sa.military', actor2: 'ye.houthi_forces', fatalities: 0, location: 'Jizan',
  });
});

test('Headquarters or base established: a new base, post or headquarters (Syria, Gaza, Somalia)', () => {
  expectEvent('أقامت القوات التركية قاعدة عسكرية جديدة في بلدة الأتارب بريف حلب الغربي.', SAT, {
    sub: 'Headquarters or base established', type: STRATEGIC, actor1: 'tr.army', fatalities: 0, date: SAT, location: 'Al Atārib',
  });
  expectEvent('أقام الجيش الإسرائيلي موقعا عسكريا جديدا في بلدة بيت حانون شمالي قطاع غزة.', SAT, {
    sub: 'Headquarters or base established', type: STRATEGIC, actor1: 'il.idf', fatalities: 0, location: 'Bayt Ḩānūn',
  });
  expectEvent('أعلن الجيش الصومالي إقامة قاعدة عسكرية في بلدة بلدوين.', SAT, {
    sub: 'Headquarters or base established', type: STRATEGIC, actor1: 'so.military', fatalities: 0, location: 'Beledweyne',
  });
});

test('Looting/property destruction: looting, demolition, arson (Sudan, Jerusalem, West Bank)', () => {
  expectEvent('نهبت قوات الدعم السريع سوق مدينة الجنينة.', SAT, {
    sub: 'Looting/property destruction', type: STRATEGIC, actor1: 'sd.rsf', fatalities: 0, location: 'Geneina',
  });
  expectEvent('هدم الجيش الإسرائيلي منزلين لفلسطينيين في بلدة سلوان بالقدس.', SAT, {
    sub: 'Looting/property destruction', type: STRATEGIC, actor1: 'il.idf', fatalities: 0, location: 'Silwan',
  });
  expectEvent('أحرق مستوطنون منازل ومركبات في بلدة حوارة جنوب نابلس.', SAT, {
    sub: 'Looting/property destruction', type: STRATEGIC, fatalities: 0, location: 'Ḩuwwārah',
  });
});

test('Non-violent transfer of territory: ground handed over or left without a fight (Syria, Libya, Sudan)', () => {
  expectEvent('دخل الجيش التركي بلدة تل أبيض دون قتال بعد انسحاب وحدات حماية الشعب الكردية منها.', SAT, {
    sub: 'Non-violent transfer of territory', type: STRATEGIC, actor1: 'tr.army', actor2: 'sy.ypg', fatalities: 0, location: 'Tall Abyaḑ',
  });
  expectEvent('تسلمت قوات الجيش الليبي مدينة سرت بعد انسحاب قوات الوفاق منها دون قتال.', SAT, {
    sub: 'Non-violent transfer of territory', type: STRATEGIC, actor1: 'ly.lna', fatalities: 0, location: 'Sirte',
  });
  assert.deepEqual(codeText('ستعيد الولايات المتحدة العقوبات على إيران بعد انسحابها من الاتفاق النووي.', SAT), []);
});

test('Other: a curfew or a coup (Lebanon, Iraq, Sudan)', () => {
  expectEvent('أعلنت وزارة الداخلية اللبنانية حظر تجوال في مدينة طرابلس بعد الاشتباكات.', SAT, {
    sub: 'Other', type: STRATEGIC, fatalities: 0, date: SAT, location: 'Tripoli',
  });
  expectEvent('فرضت السلطات العراقية حظر التجوال في مدينة البصرة.', SAT, {
    sub: 'Other', type: STRATEGIC, fatalities: 0, location: 'Basrah',
  });
  expectEvent('نفذ الجيش السوداني انقلابا عسكريا على الحكومة المدنية في الخرطوم فجر اليوم.', '2021-10-25', {
    sub: 'Other', type: STRATEGIC, actor1: 'sd.saf', fatalities: 0, date: '2021-10-25', location: 'Khartoum',
  });
});

test('an aircraft brought down is no air strike: shot down by a missile it is a missile attack; a crash is no event', () => {
  const downed = codeText('أسقط مسلحون مروحية عسكرية بصاروخ قرب مدينة قندهار يوم الجمعة، ما أدى إلى مقتل تسعة جنود.', '2019-03-16');
  assert.equal(downed.length, 1);
  assert.equal(downed[0]!.sub_event_type, 'Shelling/artillery/missile attack');
  assert.equal(codeText('قتل تسعة جنود في تحطم مروحية عسكرية قرب مدينة قندهار يوم الجمعة.', '2019-03-16').length, 0);
});
