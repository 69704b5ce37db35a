/**
 * Each death toll of a sentence goes to the event whose trigger is nearest to its killing word; a joint toll for
 * several places is split between their events (the first takes the remainder). Arrests, agreements and peaceful
 * protests take no toll: deaths in their sentence are another event's; nor does a riot take deaths told as its cause
 * ("أعمال شغب بعد مقتل شاب").
 */
import type { ArticleDoc } from './article-doc.js';
import type { Toll } from './fatalities.js';
import type { EventDraft } from './merge-events.js';

/** How far after a toll the event word it belongs to may stand. */
const EVENT_AFTER_TOLL_REACH = 10;

const takesNoToll = (d: EventDraft) =>
  d.record.event_type === 'Strategic developments' || d.record.sub_event_type === 'Peaceful protest' || d.record.sub_event_type === 'Protest with intervention';

export function assignTolls(doc: ArticleDoc, drafts: readonly EventDraft[], tollsIn: (sentence: number) => Toll[]): void {
  // "مقتل قيادي في غارة جوية", "قتلوا جراء القصف": the event word the dead are said to have died in.
  const diedIn = (d: EventDraft) => {
    const token = doc.tokens[d.triggerAt]!.text;
    return /^و?ب/.test(token) || doc.hits.locative.some((h) => h.last === d.triggerAt - 1) || doc.hits.undergo.some((h) => h.last === d.triggerAt - 1 && h.value === 'cause');
  };
  for (const sentence of new Set(drafts.map((d) => d.sentence))) {
    const tolls = tollsIn(sentence);
    for (const toll of tolls) {
      const here = drafts.filter((d) => d.sentence === sentence && !takesNoToll(d) && !(toll.isCause && d.record.event_type === 'Riots'));
      if (here.length === 0) continue;
      // The dead are told before the event they died in ("مقتل قيادي في غارة جوية", "8 منهم في تفجير انتحاري"): an
      // event word shortly after the toll takes it before one further back.
      // A share belongs to what is told between it and the next share: "17 منهم بسقوط مروحية، وستة آخرون في هجوم
      // انتحاري" gives the attack six, and the crash (no event word rasd codes) keeps its seventeen.
      const nextShare = toll.isShare ? Math.min(...tolls.filter((t) => t.isShare && t.at > toll.at).map((t) => t.at)) : Infinity;
      const ownPart = here.filter((d) => d.triggerAt > toll.at && d.triggerAt < nextShare);
      const after = ownPart.filter((d) => d.triggerAt - toll.at <= EVENT_AFTER_TOLL_REACH && diedIn(d));
      if (toll.isShare && after.length === 0 && ownPart.length === 0 && here.some((d) => d.triggerAt > toll.at)) continue;
      const pool = after.length > 0 ? after : toll.isShare && ownPart.length > 0 ? ownPart : here;
      const nearest = pool.reduce((a, b) => (Math.abs(b.triggerAt - toll.at) < Math.abs(a.triggerAt - toll.at) ? b : a));
      const sharing = pool.filter((d) => d.triggerAt === nearest.triggerAt);
      sharing.forEach((d, i) => {
        const share = Math.floor(toll.value / sharing.length) + (i === 0 ? toll.value % sharing.length : 0);
        d.record.fatalities += share;
        d.record.evidence[0]!.fatalities += share;
        d.record.spans.fatalities ??= toll.span;
        d.tollKind = toll.isApproximate ? (d.tollKind === 'none' ? 'vague' : d.tollKind) : toll.isAdditional ? 'additional' : 'counted';
      });
    }
  }
}
