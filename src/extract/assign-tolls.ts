/**
 * Each death toll of a sentence goes to the event whose trigger is nearest to its killing word; a joint toll for
 * several places is split between their events (the first takes the remainder). Arrests, agreements and peaceful
 * protests take no toll: deaths in their sentence are another event's; nor does a riot take deaths told as its cause
 * ("أعمال شغب بعد مقتل شاب").
 */
import type { Toll } from './fatalities.js';
import type { EventDraft } from './merge-events.js';

const takesNoToll = (d: EventDraft) =>
  d.record.event_type === 'Strategic developments' || d.record.sub_event_type === 'Peaceful protest' || d.record.sub_event_type === 'Protest with intervention';

export function assignTolls(drafts: readonly EventDraft[], tollsIn: (sentence: number) => Toll[]): void {
  for (const sentence of new Set(drafts.map((d) => d.sentence))) {
    for (const toll of tollsIn(sentence)) {
      const here = drafts.filter((d) => d.sentence === sentence && !takesNoToll(d) && !(toll.isCause && d.record.event_type === 'Riots'));
      if (here.length === 0) continue;
      // A share ("17 منهم بسقوط مروحية") names its event right after it.
      const pool = toll.isShare && here.some((d) => d.triggerAt > toll.at) ? here.filter((d) => d.triggerAt > toll.at) : here;
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
