/** A trigger's sentence → who says so: the words after the last claim cue before the trigger (or after it). */
import type { Span } from '../text/index.js';
import { hitSpan, type ArticleDoc, type Hit } from './article-doc.js';
import type { ActorMention } from './resolve-actor.js';

export interface Claim {
  text: string;
  span: Span;
  actor: ActorMention | null;
  /** "بحسب الشرطة", "وفق مصادر أمنية": the claimant is named only as the source, not as a side of the event. */
  isAttribution: boolean;
}

const CLAIM_END = new Set(['ان', 'انه', 'انها', 'بان', 'لها', 'له', 'عن', 'في', 'الي', 'ايضا']);
const MAX_WORDS = 9;
/** "وأضاف أن…", "كما أشار إلى أن…": the speaker of the sentences just before still speaks. */
const CARRY_OVER_SENTENCES = 3;

export function findClaim(doc: ArticleDoc, trigger: Hit<unknown>, actors: readonly ActorMention[]): Claim | null {
  const sentence = doc.sentenceOf[trigger.first]!;
  const cues = doc.hits.claim.filter((h) => doc.sentenceOf[h.first] === sentence);
  const before = cues.filter((h) => h.last < trigger.first);
  // "وقال المتحدث باسم القوات في بيان إن…": the speaking verb introduces the claimant, the nouns after it are it.
  const cue = before.filter((h) => h.value !== 'statement').pop() ?? before.pop() ?? cues.find((h) => h.first > trigger.last);
  if (!cue) return null;
  const own = claimAfter(doc, cue, trigger, actors);
  if (own) return own;
  for (const earlier of doc.hits.claim.filter((h) => h.last < cue.first && doc.sentenceOf[h.first]! >= sentence - CARRY_OVER_SENTENCES).reverse()) {
    const claim = claimAfter(doc, earlier, trigger, actors);
    if (claim) return claim;
  }
  return null;
}

function claimAfter(doc: ArticleDoc, cue: Hit<string>, trigger: Hit<unknown>, actors: readonly ActorMention[]): Claim | null {
  const sentence = doc.sentenceOf[cue.first];
  // "تم نقل 45 جريحا": a passive verb moves the wounded, it reports nothing; nor is a count ever who speaks.
  if (doc.tokens[cue.first - 1]?.text === 'تم' || doc.tokens[cue.last + 1]?.isNumber) return null;
  const isTrigger = (i: number) => doc.hits.trigger.some((t) => t.first <= i && t.last >= i);
  // A statement noun is part of the claimant ("بيان للمتحدث باسم الجيش"); a verb or "بحسب" is not.
  const first = cue.value === 'statement' ? cue.first : cue.last + 1;
  let last = first - 1;
  for (let i = first; i < doc.tokens.length && i - first < MAX_WORDS; i++) {
    if (doc.sentenceOf[i] !== sentence || i === trigger.first || isTrigger(i) || CLAIM_END.has(doc.tokens[i]!.text)) break;
    if (i > first && /[،,.:"()]/.test(doc.nt.text.slice(doc.tokens[i - 1]!.end, doc.tokens[i]!.start))) break;
    last = i;
  }
  if (last < first) return null;
  const span = hitSpan(doc, { first, last });
  const actor = actors.find((a) => a.first >= first && a.last <= last) ?? null;
  return { text: doc.nt.original.slice(span.start, span.end), span, actor, isAttribution: cue.value === 'source' };
}
