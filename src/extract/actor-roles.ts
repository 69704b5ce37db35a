/**
 * Actor mentions of a sentence + a trigger → actor 1 (who acts) and actor 2 (who is acted upon), by the words around
 * each mention: ل / من / على / ضد before an actor make it the target, an affiliation word (التابع ل، داعم ل) puts
 * it on the side of the noun before it, and "من عناصرها" after a killing word makes the reporting side the victim.
 */
import type { ArticleDoc, Hit } from './article-doc.js';
import type { NumberReader } from '../text/index.js';
import type { ActorMention } from './resolve-actor.js';

type Role = 'agent' | 'patient' | 'affiliated';

export interface ActorRoles {
  actor1: ActorMention | null;
  actor2: ActorMention | null;
}

export function assignRoles(doc: ArticleDoc, mentions: readonly ActorMention[], trigger: Hit<unknown>, claimant: ActorMention | null, numbers: NumberReader): ActorRoles {
  const isKilled = (m: ActorMention) => isCountedDead(doc, m, numbers);
  const role = (m: ActorMention): Role => {
    const men = menOf(doc, mentions, m);
    // "قتلت خمسة مسلحين من حركة الشباب": the group whose men were killed is the side that suffered.
    return men ? (isKilled(men) ? 'patient' : 'affiliated') : isKilled(m) ? 'patient' : roleOf(doc, m);
  };
  const after = mentions.filter((m) => m.first > trigger.last);
  const before = mentions.filter((m) => m.last < trigger.first).reverse();
  const victimsOwnedByClaimant = claimant !== null && hasVictimsPronoun(doc, trigger, claimant);

  // "قصف طيران … داعم لقوات حفتر", "هجوم لتنظيم داعش": the actor right after a noun trigger, or tied to it, acts.
  // "قصف مدفعي لقوات النظام": ل right after the event noun (or its adjective) names who did it.
  const isAgentRight = (m: ActorMention) => m.first - trigger.last <= 2 && (role(m) === 'agent' || hasLamPrefix(doc, m));
  let actor1 =
    after.find((m) => m.first - trigger.last <= 6 && (role(m) === 'affiliated' || (m.first === trigger.last + 1 && role(m) === 'agent'))) ??
    after.find((m) => isAgentRight(m) && !(victimsOwnedByClaimant && sameActor(m, claimant))) ??
    before.find((m) => role(m) !== 'patient' && !(victimsOwnedByClaimant && sameActor(m, claimant))) ??
    // "فجر انتحاري نفسه", "خرج متظاهرون": the event word that names a doer is actor 1.
    mentions.find((m) => m.first <= trigger.last && m.last >= trigger.first) ??
    after.find((m) => role(m) === 'agent') ??
    null;
  // "مسلحون من حركة الشباب": the group the generic men belong to is who acts, and the men are no second side.
  const generic = actor1;
  actor1 = mentions.find((m) => generic && m.first === generic.last + 2 && isMemberOf(doc, mentions, m)) ?? actor1;
  const isFirstSide = (m: ActorMention) => m === actor1 || m === generic || sameActor(m, actor1);
  let actor2 =
    (victimsOwnedByClaimant ? claimant : null) ??
    after.find((m) => !isFirstSide(m) && role(m) === 'patient') ??
    after.find((m) => !isFirstSide(m) && role(m) !== 'affiliated') ??
    // "قتل 30 مدنيا بغارات جوية": the dead named before the event word are who it struck.
    before.find((m) => !isFirstSide(m) && isKilled(m)) ??
    null;
  if (actor1 && actor2 && sameActor(actor1, actor2)) actor2 = null;
  if (!actor1 && actor2 && before.length === 0 && after.length > 1) [actor1, actor2] = [actor2, after.find((m) => m !== actor2) ?? null];
  return { actor1, actor2 };
}

/** "مسلحون من حركة الشباب": a group named right after a generic armed actor and من is who those men are. */
function isMemberOf(doc: ArticleDoc, mentions: readonly ActorMention[], m: ActorMention): boolean {
  return menOf(doc, mentions, m) !== undefined;
}

/** The generic armed men a group is named after ("مسلحون من حركة الشباب"), if it is. */
function menOf(doc: ArticleDoc, mentions: readonly ActorMention[], m: ActorMention): ActorMention | undefined {
  if (doc.tokens[m.first - 1]?.text !== 'من' || m.ref.id?.startsWith('generic.')) return undefined;
  return mentions.find((o) => o.last === m.first - 2 && o.ref.id?.startsWith('generic.') && o.ref.inter !== 7);
}

/** How far after a killing word its counted dead stand: "قتلت خمسة مسلحين". */
const KILLED_REACH = 3;

/**
 * Counted dead: "قتلت خمسة مسلحين", a count right before them and a killing word just before it ("قتل مسلحون" is who
 * killed); or the group of a killed member: "قتل القيادي في ميليشيا الحوثي".
 */
function isCountedDead(doc: ArticleDoc, m: ActorMention, numbers: NumberReader): boolean {
  const killedBefore = (first: number) => doc.hits.trigger.some((t) => t.value.flags.has('kills') && t.last < first && first - t.last <= KILLED_REACH);
  const counted = [m.first - 1, m.first - 2].some((k) => k >= 0 && numbers.readNumber(doc.tokens, k)?.last === m.first - 1);
  const memberOf = doc.tokens[m.first - 1]?.text === 'في' && doc.hits.person.some((p) => p.last === m.first - 2 && killedBefore(p.first));
  return (counted && killedBefore(m.first)) || memberOf;
}

function roleOf(doc: ArticleDoc, m: ActorMention): Role {
  // Civilians suffer violence; they act only in protests, whose coding does not depend on roles.
  if (m.ref.inter === 7) return 'patient';
  const prev = m.first - 1;
  const affiliated = doc.hits.affiliation.some((h) => h.last === prev || h.last === prev - 1);
  if (affiliated) return 'affiliated';
  if (hasLamPrefix(doc, m)) return 'patient';
  if (doc.hits.patient.some((h) => h.last === prev)) return 'patient';
  return 'agent';
}

/** "مقتل اثنين من عناصرها" between the claim and the trigger, or right after the killing word. */
function hasVictimsPronoun(doc: ArticleDoc, trigger: Hit<unknown>, claimant: ActorMention): boolean {
  const sentence = doc.sentenceOf[trigger.first];
  return doc.hits.victims.some((h) => h.first > claimant.last && doc.sentenceOf[h.first] === sentence && Math.abs(h.first - trigger.first) <= 8);
}

function sameActor(a: ActorMention | null, b: ActorMention | null): boolean {
  return a !== null && b !== null && a.ref.id !== null && a.ref.id === b.ref.id;
}

/** لقوات، ولقوات، للجيش: the actor is written with the preposition ل. */
function hasLamPrefix(doc: ArticleDoc, m: ActorMention): boolean {
  const word = doc.tokens[m.first]!.text;
  return word.slice(0, m.prefixLength).includes('ل') || (word.startsWith('لل') && m.prefixLength === 0);
}
