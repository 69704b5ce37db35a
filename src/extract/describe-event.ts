/** EventRecord → ACLED-style English notes, one sentence an analyst can check against the quote. */
import type { EventRecord } from './event-record.js';

export function describeEvent(r: EventRecord): string {
  const who = r.actor1 ? r.actor1.name : 'Unidentified actor';
  const whom = r.actor2 ? ` against ${r.actor2.name}` : '';
  const where = r.location ? ` at ${r.location}${r.geo_precision && r.geo_precision > 1 ? ` (precision ${r.geo_precision})` : ''}` : ' (no place named)';
  const toll = r.fatalities ? `; ${r.fatalities} killed` : '';
  const claim = r.claimant ? `; according to ${r.claimant}` : '';
  return `On ${r.event_date}, ${r.sub_event_type.toLowerCase()} by ${who}${whom}${where}${toll}${claim}.`;
}
