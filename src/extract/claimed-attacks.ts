/**
 * Claims of responsibility → actor 1 of the attacks they claim, as ACLED codes them: "وأعلنت حركة الشباب مسؤوليتها
 * عن الهجوم", "وتبنى تنظيم داعش التفجير". A bombing or attack told without its doer, or with only "a suicide
 * bomber" or "gunmen", takes the group that claims it later in the article; a negation or denial earlier in the
 * claim's sentence ("لم تعلن أي جهة مسؤوليتها", "ونفت الحركة مسؤوليتها") claims nothing.
 */
import { hitSpan, type ArticleDoc } from './article-doc.js';
import type { ActorRef, EventRecord } from './event-record.js';
import type { ActorMention } from './resolve-actor.js';

/** The event types groups claim: bombings and shelling, and attacks on civilians. */
const CLAIMED_TYPES = new Set(['Explosions/Remote violence', 'Violence against civilians']);

/** How far after تبنى (or its spokesman) the group may come: "تبنى تنظيم داعش", "تبنى الهجوم تنظيم داعش". */
const ADOPT_REACH = 2;

interface Claim {
  /** Where the claim is made in the original text. */
  at: number;
  claimant: ActorRef;
}

/** Every claim of responsibility in the article, in order, with a named group as claimant. */
export function findClaims(doc: ArticleDoc, actors: readonly ActorMention[]): Claim[] {
  const claims: Claim[] = [];
  for (const h of doc.hits.responsibility) {
    const sentence = doc.sentenceOf[h.first];
    const inSentence = (m: { first: number }) => doc.sentenceOf[m.first] === sentence;
    const negated = doc.hits.negation.some((n) => inSentence(n) && n.last < h.first && (n.value === 'negation' || n.value === 'denial'));
    if (negated) continue;
    // "وتبنى المتحدث باسم حركة طالبان": a spokesman's words between the verb and the group do not count.
    const from = doc.hits.claim.find((c) => c.first === h.last + 1 && c.value === 'statement')?.last ?? h.last;
    const claimant =
      h.value === 'owned'
        ? [...actors].reverse().find((m) => inSentence(m) && m.last < h.first)
        : actors.find((m) => inSentence(m) && m.first > from && m.first - from <= ADOPT_REACH);
    if (claimant && !isUnidentified(claimant.ref)) claims.push({ at: hitSpan(doc, h).start, claimant: claimant.ref });
  }
  return claims;
}

/** Gives each claimable event without a named doer the first claim made after the event is first told. */
export function applyClaims(events: EventRecord[], claims: readonly Claim[]): void {
  if (claims.length === 0) return;
  for (const e of events) {
    if (!CLAIMED_TYPES.has(e.event_type) || (e.actor1 && !isUnidentified(e.actor1))) continue;
    const told = Math.min(...e.evidence.map((x) => x.sentence.start));
    const claim = claims.find((c) => c.at > told);
    if (claim && claim.claimant.id !== e.actor2?.id) e.actor1 = claim.claimant;
  }
}

/** "Unidentified Armed Group (Iraq)": a suicide bomber, gunmen, an armed group nobody named. */
const isUnidentified = (a: ActorRef) => a.acled.startsWith('Unidentified Armed Group');
