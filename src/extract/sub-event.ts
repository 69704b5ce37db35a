/**
 * A trigger's base sub-event type → the sub-event type the clause supports: the weapon or means named near it
 * (طيران → air strike, عبوة → IED), who acts (a state regains territory, others overtake it) and who is hit
 * (armed men shooting civilians is an attack on civilians; shooting soldiers is a clash).
 */
import type { Trigger } from '../lexicon/index.js';
import type { ArticleDoc, Hit } from './article-doc.js';
import type { ActorRoles } from './actor-roles.js';
import { isArmed } from './resolve-actor.js';

const WINDOW = 12;
/** How far after an attack word the civilian place it struck may be named ("هاجم مسلحون من بوكو حرام قرية"). */
const CIVILIAN_SITE_REACH = 6;

export function refineSubEvent(doc: ArticleDoc, trigger: Hit<Trigger>, roles: ActorRoles): string {
  let sub = trigger.value.subEventType;
  const flags = trigger.value.flags;
  if (flags.has('refine')) {
    const sentence = doc.sentenceOf[trigger.first];
    const distance = (h: Hit<unknown>) => (h.first > trigger.last ? h.first - trigger.last : trigger.first - h.last);
    // A means that is itself a strong event word ("هذه الغارات ردا على هجوم") tells its own event, not a bare
    // attack's; beside another strong word ("قصفا عنيفا وغارات") it still says how.
    const isOwnEvent = (h: Hit<unknown>) => !trigger.value.isStrong && doc.hits.trigger.some((t) => t.value.isStrong && t.first <= h.first && t.last >= h.last);
    const cues = doc.hits.instrument
      .filter((h) => doc.sentenceOf[h.first] === sentence && h.value.appliesTo.has(sub) && distance(h) <= WINDOW && (h.first > trigger.last || h.last < trigger.first) && !isOwnEvent(h) && !isDowned(doc, h))
      .sort((a, b) => b.value.priority - a.value.priority || distance(a) - distance(b));
    if (cues[0]) sub = cues[0].value.subEventType;
  }
  const inter1 = roles.actor1?.ref.inter ?? null;

  if (flags.has('territory') && (sub === 'Government regains territory' || sub === 'Non-state actor overtakes territory')) {
    sub = inter1 === 1 ? 'Government regains territory' : 'Non-state actor overtakes territory';
  }
  if (flags.has('civilian-target')) {
    // "هاجم مسلحون قرية", "هجوم على حفل زفاف": a civilian place struck, and no armed side named as the target.
    const strikesCivilians = !roles.actor2 && doc.hits['civilian-site'].some((h) => h.first > trigger.last && h.first - trigger.last <= CIVILIAN_SITE_REACH && doc.sentenceOf[h.first] === doc.sentenceOf[trigger.first]);
    if (sub === 'Attack' && isArmed(roles.actor2?.ref)) sub = 'Armed clash';
    else if (sub === 'Armed clash' && (roles.actor2?.ref.inter === 7 || strikesCivilians)) sub = 'Attack';
  }
  return sub;
}

/** How far after a downing word ("أسقطت الحركة مروحية") the aircraft it downed is named. */
const DOWNED_REACH = 3;

/** "أسقطت حركة طالبان مروحية"، "تحطم مروحية": the aircraft was brought down; it struck nothing. */
export function isDowned(doc: ArticleDoc, instrument: Hit<unknown>): boolean {
  return doc.hits.downing.some((h) => h.last < instrument.first && instrument.first - h.last <= DOWNED_REACH && doc.sentenceOf[h.first] === doc.sentenceOf[instrument.first]);
}
