/**
 * Reasons a trigger is not an event of the day: a word inside an actor's name, negated or denied (لم، نفى), projected (سوف، تهدد), a purpose
 * (لتحرير: "in order to liberate"), told in the pluperfect (كانت … قد سيطرت), a failure, a call (دعا إلى وقف), a weapons word missing after a seizure, or too
 * little around a weak word to tell news from a figure of speech.
 */
import type { Trigger } from '../lexicon/index.js';
import { hasCommaBetween, type ArticleDoc, type Hit } from './article-doc.js';
import { isViolent } from './event-types.js';
import { isDowned } from './sub-event.js';

const NEGATION_REACH = 3;
/** Plans, threats and conditions reach further, to the end of their clause. */
const CLAUSE_WIDE = new Set(['future', 'intent', 'conditional']);
const CLAUSE_REACH = 10;
const UNDERGO_REACH = 4;
const WEAPONS_REACH = 8;

export function whyNotEvent(doc: ArticleDoc, trigger: Hit<Trigger>): string | null {
  const sentence = doc.sentenceOf[trigger.first];
  const insideName = doc.hits.actor.some((a) => a.first <= trigger.first && a.last >= trigger.last && a.last - a.first > trigger.last - trigger.first);
  if (insideName) return "part of an actor's name (هيئة تحرير الشام)";
  // "ولاية" is a state, not و + ل + أية ("for any"): a word read as a place cue negates nothing.
  const isPlaceCue = (h: Hit<string>) => doc.hits['place-cue'].some((c) => c.first <= h.first && c.last >= h.last);
  // A plan or a threat governs its whole clause: "تهدد الجماعة بشن هجمات واسعة على المدن".
  const reachOf = (h: Hit<string>) => (CLAUSE_WIDE.has(h.value) && !hasCommaBetween(doc, h.last, trigger.first) ? CLAUSE_REACH : NEGATION_REACH);
  const negation = doc.hits.negation.find(
    (h) => h.last < trigger.first && trigger.first - h.last <= reachOf(h) && doc.sentenceOf[h.first] === sentence && !isPlaceCue(h),
  );
  if (negation) return `after "${negation.value}" word`;
  if (isPurpose(doc, trigger)) return 'a purpose (ل + noun), not a report';
  const domain = doc.hits['other-domain'].find((h) => doc.sentenceOf[h.first] === sentence);
  const looksOtherwise = !trigger.value.isStrong || trigger.value.eventType === 'Protests' || trigger.value.eventType === 'Riots' || trigger.value.flags.has('territory');
  if (domain && looksOtherwise) {
    return `${domain.value} news (ضربة جزاء، الهجمات الإلكترونية، دخلت حيز التنفيذ), not an event`;
  }
  if (trigger.value.flags.has('territory') && doc.hits.goal.some((h) => h.last === trigger.first - 1)) return 'an aim (بهدف استعادة), not a report';
  if (isPluperfect(doc, trigger)) return 'told as what had happened before (كان … قد)';
  if (isBackReference(doc, trigger)) return 'refers back to an event already told (عقب تحريرها)';
  const legal = trigger.value.subEventType !== 'Arrests' && doc.hits.legal.some((h) => h.last < trigger.first && trigger.first - h.last <= LEGAL_REACH && doc.sentenceOf[h.first] === sentence);
  if (legal) return 'a charge or a sentence in court (بتهمة قتل، أحكام بالإعدام), not an event of the day';
  if (doc.hits['earlier-event'].some((h) => h.first > trigger.last && h.first - trigger.last <= EARLIER_REACH)) return 'a similar or earlier event (هجمات مماثلة)';
  // "انفجرت شاحنة ناقلة للغاز", "تحطمت الطائرة وقتل جميع ركابها": deaths and blasts with a cause that is no weapon.
  const mayBeAccident = trigger.value.flags.has('kills') || (!trigger.value.isStrong && trigger.value.eventType === 'Explosions/Remote violence');
  if (mayBeAccident && !hasWeaponNear(doc, sentence) && doc.hits['non-violent-cause'].some((h) => doc.sentenceOf[h.first] === sentence)) {
    return 'deaths from a cause that is not violence (a landslide, a road accident)';
  }
  if (spansMonthsOrYears(doc, sentence)) return 'a tally or a campaign over months or years (خلال أربعة أعوام)';
  if (isDefusedWeapon(doc, trigger)) return 'a bomb found or defused (فككت عبوة ناسفة), not one that went off';
  if (trigger.value.flags.has('damage') && isDamageOfViolence(doc, trigger)) return "the damage a violent event did (أدى الانفجار إلى هدم منازل)";
  if (trigger.value.flags.has('needs-agreement-verb') && !hasConcludingVerb(doc, trigger)) return 'a truce talked of, not concluded (فشل في التوصل إلى هدنة)';
  if (trigger.value.flags.has('needs-weapons')) {
    const weapon = doc.hits.weapon.some((h) => h.first > trigger.last && h.first - trigger.last <= WEAPONS_REACH && doc.sentenceOf[h.first] === sentence);
    if (!weapon) return 'a seizure with no weapons named';
  }
  return null;
}

/** "لتحرير المدن" is an aim; "تعرضت لقصف" is not, so ل after an undergoing verb still reports an event. */
function isPurpose(doc: ArticleDoc, trigger: Hit<Trigger>): boolean {
  const token = doc.tokens[trigger.first]!;
  const prefix = token.text.slice(0, trigger.offset);
  // ال is the article, not the preposition: "التفجير" is no purpose; "للسيطرة" is ل + السيطرة, read from its ال.
  const hasLam = (prefix.endsWith('ل') && !prefix.endsWith('ال')) || token.text.startsWith('لل', trigger.offset);
  return (hasLam || continuesPurpose(doc, trigger, prefix)) && !followsUndergoVerb(doc, trigger);
}

const PURPOSE_CHAIN_REACH = 5;

/** "لدعم المقاومة الشعبية، وتحرير المناطق": a noun joined by و to an aim with ل is an aim too. */
function continuesPurpose(doc: ArticleDoc, trigger: Hit<Trigger>, prefix: string): boolean {
  if (prefix !== 'و') return false;
  const sentence = doc.sentenceOf[trigger.first];
  const named = (i: number) => doc.hits.actor.some((h) => h.first <= i && h.last >= i);
  for (let i = trigger.first - 1; i >= 0 && trigger.first - i <= PURPOSE_CHAIN_REACH && doc.sentenceOf[i] === sentence; i--) {
    const text = doc.tokens[i]!.text;
    if (text.length > 3 && text.startsWith('ل') && !text.startsWith('لل') && !named(i) && doc.stemsOf(i).some((v) => v.offset === 1)) return true;
  }
  return false;
}

/**
 * "تعرضت مدينة دوما لغارات": the undergoing verb may stand a few words before, its subject between. With
 * `verbsOnly`, a word naming a cause (جراء، إثر) does not count.
 */
export function followsUndergoVerb(doc: ArticleDoc, trigger: Hit<Trigger>, verbsOnly = false): boolean {
  return doc.hits.undergo.some((h) => h.last < trigger.first && trigger.first - h.last <= UNDERGO_REACH && (!verbsOnly || h.value === 'verb'));
}

/** "عقب تحريرها": an event noun with a possessive pronoun, right after a word of sequence. */
function isBackReference(doc: ArticleDoc, trigger: Hit<Trigger>): boolean {
  if (trigger.first !== trigger.last || !doc.hits.sequence.some((h) => h.last === trigger.first - 1)) return false;
  const word = doc.tokens[trigger.first]!.text.slice(trigger.offset);
  return doc.stemsOf(trigger.first).some((v) => v.offset === trigger.offset && v.stem.length < word.length);
}

const LEGAL_REACH = 4;

/** "غارات مماثلة", "هجمات جوية مماثلة": how far after the event noun the word may come. */
const EARLIER_REACH = 2;

function hasWeaponNear(doc: ArticleDoc, sentence: number | undefined): boolean {
  return doc.hits.instrument.some((h) => doc.sentenceOf[h.first] === sentence && !isDowned(doc, h)) || doc.hits.weapon.some((h) => doc.sentenceOf[h.first] === sentence);
}

const AGREEMENT_VERB_REACH = 8;
const ANNOUNCED_REACH = 5;

/** "توصل الجيش وقوات الدعم السريع إلى هدنة": a concluding verb a few words before, itself not negated. */
function hasConcludingVerb(doc: ArticleDoc, trigger: Hit<Trigger>): boolean {
  const sentence = doc.sentenceOf[trigger.first];
  // With the article it is the verbal noun (التوصل إلى: "reaching"), which concludes nothing by itself unless
  // announced as done ("أعلنت حماس وإسرائيل التوصل إلى اتفاق").
  const isFinite = (v: Hit<string>) => !doc.tokens[v.first]!.text.slice(0, v.offset).endsWith('ال');
  const isAnnounced = (v: Hit<string>) => doc.hits.claim.some((c) => c.last < v.first && v.first - c.last <= ANNOUNCED_REACH && doc.sentenceOf[c.first] === sentence);
  return doc.hits['agreement-verb'].some(
    (v) =>
      (isFinite(v) || isAnnounced(v)) && v.last < trigger.first && trigger.first - v.last <= AGREEMENT_VERB_REACH && doc.sentenceOf[v.first] === sentence &&
      !doc.hits.negation.some((n) => n.last < v.first && v.first - n.last <= NEGATION_REACH && doc.sentenceOf[n.first] === sentence),
  );
}

const PLUPERFECT_REACH = 6;
/** Without a comma between, the pluperfect clause reaches further: "كانت القوات قد سيطرت على دوما بعد معارك عنيفة". */
const PLUPERFECT_CLAUSE_REACH = 12;

/** كان (or كانت…) and then قد before the trigger, a few words before or in the same clause. */
function isPluperfect(doc: ArticleDoc, trigger: Hit<Trigger>): boolean {
  const sentence = doc.sentenceOf[trigger.first];
  return doc.hits.pluperfect.some((k) => {
    if (k.last >= trigger.first || doc.sentenceOf[k.first] !== sentence) return false;
    const gap = trigger.first - k.last;
    if (gap > PLUPERFECT_CLAUSE_REACH || (gap > PLUPERFECT_REACH && hasCommaBetween(doc, k.last, trigger.first))) return false;
    for (let i = k.last + 1; i < trigger.first; i++) if (doc.tokens[i]!.text === 'قد') return true;
    return false;
  });
}

/** A violent trigger or a riot earlier in the sentence did the destruction ("رشق محتجون … وأحرقوا إطارات"). */
function isDamageOfViolence(doc: ArticleDoc, trigger: Hit<Trigger>): boolean {
  const sentence = doc.sentenceOf[trigger.first];
  const causes = (t: Hit<Trigger>) => isViolent(t.value.eventType) || t.value.eventType === 'Riots' || t.value.eventType === 'Protests';
  return doc.hits.trigger.some((t) => t.last < trigger.first && doc.sentenceOf[t.first] === sentence && causes(t));
}

const DEFUSED_REACH = 4;

/** "فككت فرق الهندسة عبوة ناسفة": the weapon word right after a seizure or defusal is its object. */
function isDefusedWeapon(doc: ArticleDoc, trigger: Hit<Trigger>): boolean {
  if (trigger.value.eventType !== 'Explosions/Remote violence') return false;
  const sentence = doc.sentenceOf[trigger.first];
  return doc.hits.trigger.some(
    (t) => t.value.subEventType === 'Disrupted weapons use' && t.last < trigger.first && trigger.first - t.last <= DEFUSED_REACH && doc.sentenceOf[t.first] === sentence,
  );
}

/** How many words after "خلال" or "استمرت" the months or years may come ("خلال نحو أربعة أعوام"). */
const PERIOD_REACH = 4;

function spansMonthsOrYears(doc: ArticleDoc, sentence: number | undefined): boolean {
  const inSentence = doc.hits['long-period'].filter((h) => doc.sentenceOf[h.first] === sentence);
  if (inSentence.some((h) => h.value === 'tally')) return true;
  return inSentence.some((span) => span.value === 'span' && inSentence.some((unit) => unit.value === 'unit' && unit.first > span.last && unit.first - span.last <= PERIOD_REACH));
}
