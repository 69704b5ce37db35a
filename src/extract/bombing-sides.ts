/**
 * State forces named with a bombing are its target or who reports it, never the bomber: "انفجار حافلة الدرك",
 * "قالت الشرطة إن 20 أصيبوا". Told as actor 1 by any telling of a merged bombing, they become its second side when
 * it has none, and leave the first side to whoever a claim names (claimed-attacks.ts) or to no one.
 */
import type { EventRecord } from './event-record.js';
import { isBombing } from './event-types.js';

/** ACLED's inter code of state forces. */
const STATE_FORCES = 1;

export function withoutStateBombers(events: EventRecord[]): void {
  for (const e of events) {
    if (!isBombing(e.sub_event_type) || e.actor1?.inter !== STATE_FORCES) continue;
    e.actor2 ??= e.actor1;
    e.actor1 = null;
  }
}
