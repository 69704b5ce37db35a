/**
 * A sentence's killing words → death tolls: the number right after (مقتل اثنين) or right before (خمسة قتلى) the
 * word, skipping hedges (ما لا يقل عن); a lone person noun (مقتل جندي) is one death; the wounded are never counted.
 */
import type { NumberReader, Span } from '../text/index.js';
import { hasCommaBetween, hitSpan, type ArticleDoc, type Hit } from './article-doc.js';

export interface Toll {
  value: number;
  span: Span;
  /** The killing word's token, to hand the toll to the nearest event. */
  at: number;
  /** No number was given ("سقوط قتلى"): the toll is ACLED's conventional 3. */
  isVague: boolean;
  /** A number word for "some" or "tens" (عدد من، عشرات): coded by convention, a precise count told later wins. */
  isApproximate: boolean;
  /** "بعد مقتل شاب": deaths told as what an event followed, not as its own toll. */
  isCause: boolean;
  /** "وقتل جنديان آخران": more dead of an event already counted. */
  isAdditional: boolean;
  /** "8 منهم في تفجير انتحاري": a share of a total, belonging to the event told right after it. */
  isShare: boolean;
}

export function findTolls(doc: ArticleDoc, sentence: number, numbers: NumberReader): Toll[] {
  const kills = doc.hits.trigger.filter((h) => h.value.flags.has('kills') && doc.sentenceOf[h.first] === sentence);
  const tolls: Toll[] = [];
  for (const k of kills) {
    if (isAmongTheDead(doc, k)) continue;
    const found = tollAfter(doc, k, numbers) ?? tollBefore(doc, k, numbers) ?? countedKill(doc, k) ?? vagueToll(doc, k);
    const toll = found && { ...found, isCause: doc.hits.sequence.some((h) => h.last === k.first - 1), isAdditional: isAdditional(doc, found), isShare: false };
    if (toll && !tolls.some((t) => t.span.start === toll.span.start)) tolls.push(toll);
  }
  // "ارتفعت حصيلة قتلى التفجير إلى 45 قتيلا", "سقط عدد من الضحايا … إن 9 أشخاص قتلوا": a vague plural or an
  // approximate count beside a precise one is the same dead.
  const precise = tolls.filter((t) => !t.isVague && !t.isApproximate);
  const counted = precise.length > 0 ? precise : tolls.some((t) => !t.isVague) ? tolls.filter((t) => !t.isVague) : tolls;
  // "قتل 12 شخصا …، 8 منهم في تفجير انتحاري و4 آخرون في قصف": shares that make up a total replace it.
  const shares = findShares(doc, sentence, numbers);
  const sum = shares.reduce((total, t) => total + t.value, 0);
  const whole = counted.find((t) => !t.isVague && t.value === sum);
  return shares.length > 1 && whole ? [...counted.filter((t) => t !== whole), ...shares] : counted;
}

/** Counts followed by "منهم" or by "آخرون" with no killing word of their own: the shares of a total. */
function findShares(doc: ArticleDoc, sentence: number, numbers: NumberReader): Toll[] {
  const shares: Toll[] = [];
  const marks = [...doc.hits['partial-toll'], ...doc.hits['additional-toll']].filter((h) => doc.sentenceOf[h.first] === sentence);
  for (const mark of marks) {
    for (let start = Math.max(0, mark.first - 2); start < mark.first; start++) {
      const n = numbers.readNumber(doc.tokens, start, true);
      if (!n || n.last !== mark.first - 1 || isYear(doc, start)) continue;
      shares.push({ value: n.value, span: hitSpan(doc, { first: start, last: mark.last }), at: start, isVague: false, isApproximate: n.isVague, isCause: false, isAdditional: false, isShare: true });
      break;
    }
  }
  return shares;
}

type FoundToll = Omit<Toll, 'isCause' | 'isAdditional' | 'isShare'>;

/** How far after the start of a toll "آخرون" may stand: "جنديان آخران", "ثلاثة جنود آخرين". */
const ADDITIONAL_REACH = 4;

function isAdditional(doc: ArticleDoc, toll: FoundToll): boolean {
  const sentence = doc.sentenceOf[toll.at];
  // "قتل ثلاثة وأصيب خمسة آخرون": others among the wounded say nothing of the dead.
  const woundedBetween = (a: number, b: number) => doc.hits.injury.some((i) => i.first >= Math.min(a, b) && i.first <= Math.max(a, b));
  return doc.hits['additional-toll'].some(
    (h) => Math.abs(h.first - toll.at) <= ADDITIONAL_REACH && doc.sentenceOf[h.first] === sentence && !woundedBetween(h.first, toll.at) && !isInjury(doc, h.first + 1),
  );
}

/** "مقتل اثنين", "قتلت طائرات التحالف سبعة أشخاص", "قتل ثلاثة من عناصر الشرطة ومدنيان": the number after the word. */
function tollAfter(doc: ArticleDoc, k: Hit<unknown>, numbers: NumberReader): FoundToll | null {
  let i = k.last + 1;
  // "7 قتلى وقرابة 20 جريحا": a word joined by و after the killing word begins another count.
  if (doc.tokens[i]?.text.startsWith('و') && !numbers.readNumber(doc.tokens, i)) return null;
  // The killer may stand between the verb and its count.
  const killer = doc.hits.actor.find((h) => h.first === i);
  if (killer) i = killer.last + 1;
  // "قتلت يوم الأحد، ثلاثة من عناصر الحركة": the day may stand between the verb and its count, a comma after it.
  const isDay = (j: number) => doc.hits.weekday.some((h) => h.first <= j && h.last >= j) || doc.hits['date-word'].some((h) => h.first <= j && h.last >= j);
  const afterVerb = i;
  while (i < doc.tokens.length && i - afterVerb < MAX_DAY_WORDS && isDay(i)) i++;
  // A comma after the day is the day's; one right after the verb ends its clause.
  const breaksClause = (to: number) => hasCommaBetween(doc, k.last, i > afterVerb ? afterVerb : to);
  const filler = doc.hits['toll-filler'].find((h) => h.first === i);
  if (filler) i = filler.last + 1;
  const qualifier = doc.hits['number-qualifier'].find((h) => h.first === i);
  if (qualifier) i = qualifier.last + 1;
  const n = numbers.readNumber(doc.tokens, i);
  // "17 شخصا قتلوا، 12 جنديا وأفراد الطاقم": after a comma the count breaks the dead down, it does not count them.
  if (n && doc.sentenceOf[i] === doc.sentenceOf[k.first] && !breaksClause(i)) {
    if (isInjury(doc, n.last + 1)) return null;
    const more = joinedCount(doc, n.last, numbers);
    const last = more?.last ?? n.last;
    return { value: n.value + (more?.value ?? 0), span: hitSpan(doc, { first: k.first, last, offset: k.offset }), at: k.first, isVague: false, isApproximate: n.isVague };
  }
  // "مقتل شرطي": a person noun right after the killing word (read as an actor above) is one of the dead.
  const person = doc.hits.person.find((h) => h.first === i) ?? doc.hits.person.find((h) => h.first === k.last + 1);
  if (person) {
    // "مقتل ضابط ومجند": a second person joined by و is a second death.
    const more = joinedCount(doc, person.last, numbers);
    const last = more?.last ?? person.last;
    return { value: person.value + (more?.value ?? 0), span: hitSpan(doc, { first: k.first, last, offset: k.offset }), at: k.first, isVague: false, isApproximate: false };
  }
  return null;
}

/** Words of a day ("يوم الأحد", "مساء أمس") between a killing verb and its count. */
const MAX_DAY_WORDS = 3;

/** How far after a count a second one joined by و may follow ("ثلاثة من عناصر الشرطة ومدنيان"). */
const JOINED_COUNT_REACH = 4;

/** A second count of the same dead joined by و: a number or a dual person noun, not followed by an injury word. */
function joinedCount(doc: ArticleDoc, after: number, numbers: NumberReader): { value: number; last: number } | null {
  for (let i = after + 1; i <= after + JOINED_COUNT_REACH && doc.sentenceOf[i] === doc.sentenceOf[after]; i++) {
    if (isInjury(doc, i)) return null;
    if (!doc.tokens[i]!.text.startsWith('و')) continue;
    // "وخمسة" is و + five; "واحدة" ("من أسرة واحدة") is a number word of its own, not a second count.
    const n = numbers.readNumber(doc.tokens, i) ? null : numbers.readNumber(doc.tokens, i, true);
    const person = doc.hits.person.find((h) => h.first === i);
    const count = n ? { value: n.value, last: n.last } : person ? { value: person.value, last: person.last } : null;
    if (!count || isInjury(doc, count.last + 1) || isInjury(doc, count.last + 2)) return null;
    return count;
  }
  return null;
}

/**
 * "23 قتيلا", "ثلاثة أشخاص لقوا حتفهم", "لقي 12 شخصا على الأقل مصرعهم": a number a few words before the killing
 * word, with only a person noun or a hedge between.
 */
function tollBefore(doc: ArticleDoc, k: Hit<unknown>, numbers: NumberReader): FoundToll | null {
  // A trailing hedge ("12 شخصا على الأقل مصرعهم") stands between the number and the word without counting.
  if (isDeadAndWounded(doc, k)) return null;
  const hedge = doc.hits['number-qualifier'].find((h) => h.last === k.first - 1);
  const end = hedge ? hedge.first : k.first;
  for (let back = 1; back <= TOLL_BEFORE_REACH; back++) {
    const i = end - back;
    if (i < 0 || doc.sentenceOf[i] !== doc.sentenceOf[k.first]) return null;
    for (let start = Math.max(0, i - 2); start <= i; start++) {
      const n = numbers.readNumber(doc.tokens, start);
      if (n && n.last === i && !isYear(doc, start)) return { value: n.value, span: hitSpan(doc, { first: start, last: k.last }), at: k.first, isVague: false, isApproximate: n.isVague };
    }
  }
  return null;
}

/** "لقي مصرعه", "فقتلاه": the pronoun on the killing word counts the dead. */
function countedKill(doc: ArticleDoc, k: Hit<unknown>): FoundToll | null {
  const counted = doc.hits['counted-kill'].find((h) => h.first <= k.last && h.last >= k.first);
  return counted ? { value: counted.value, span: hitSpan(doc, counted), at: k.first, isVague: false, isApproximate: false } : null;
}

/** "بسقوط قتلى وجرحى": a killing noun with no number is a vague plural, coded 3. */
function vagueToll(doc: ArticleDoc, k: Hit<unknown>): FoundToll | null {
  // "وسط ورود أنباء عن سقوط قتلى": dead neither counted nor confirmed are not coded.
  if (doc.hits.hedging.some((h) => h.last < k.first && k.first - h.last <= UNCONFIRMED_REACH && doc.sentenceOf[h.first] === doc.sentenceOf[k.first])) return null;
  const vague = doc.hits['vague-toll'].find((h) => h.first === k.first);
  return vague ? { value: vague.value, span: hitSpan(doc, k), at: k.first, isVague: true, isApproximate: true } : null;
}

const TOLL_BEFORE_REACH = 3;

/** How far before a vague toll a word of doubt (أنباء، يعتقد) leaves it unconfirmed: "أنباء عن سقوط قتلى". */
const UNCONFIRMED_REACH = 3;

function isYear(doc: ArticleDoc, i: number): boolean {
  return /^(19|20)\d\d$/.test(doc.tokens[i]!.text);
}

/** "18 شخصا من القتلى مدنيون", "من بين القتلى ثلاثة أطفال": who the dead told elsewhere were, not how many died. */
function isAmongTheDead(doc: ArticleDoc, k: Hit<unknown>): boolean {
  const before = doc.tokens[k.first - 1]?.text;
  return doc.tokens[k.first]!.text.startsWith('ال') && (before === 'من' || before === 'بين');
}

/** "88 قتيلا وجريحا": one count for the dead and the wounded together counts neither. */
function isDeadAndWounded(doc: ArticleDoc, k: Hit<unknown>): boolean {
  return doc.hits['dead-and-wounded'].some((h) => h.first <= k.first && h.last > k.last);
}

function isInjury(doc: ArticleDoc, i: number): boolean {
  return doc.hits.injury.some((h) => h.first === i);
}
