/**
 * Each death toll of a sentence goes to the event whose trigger is nearest to its killing word; a joint toll for
 * several places is split between their events (the first takes the remainder).
 */
import type { NumberReader } from '../text/index.js';
import type { ArticleDoc } from './article-doc.js';
import { findTolls } from './fatalities.js';
import type { EventDraft } from './merge-events.js';

export function assignTolls(doc: ArticleDoc, drafts: readonly EventDraft[], numbers: NumberReader): void {
  for (const sentence of new Set(drafts.map((d) => d.sentence))) {
    const here = drafts.filter((d) => d.sentence === sentence);
    for (const toll of findTolls(doc, sentence, numbers)) {
      const nearest = here.reduce((a, b) => (Math.abs(b.triggerAt - toll.at) < Math.abs(a.triggerAt - toll.at) ? b : a));
      const sharing = here.filter((d) => d.triggerAt === nearest.triggerAt);
      sharing.forEach((d, i) => {
        d.record.fatalities += Math.floor(toll.value / sharing.length) + (i === 0 ? toll.value % sharing.length : 0);
        d.record.spans.fatalities ??= toll.span;
      });
    }
  }
}
