/**
 * Mentions added or withdrawn → every live mention reachable from them through links, with the event each stored
 * one is in now. Stored mentions are read by sub-event type and day: the days around every mention of the change
 * in one query per type, later days as the search reaches them. Each row is parsed once, however many of the
 * searched mentions' windows it falls in.
 */
import { addDays } from '../extract/index.js';
import { MAX_DAYS_APART, areLinked } from './mention-links.js';
import type { SqlExecutor } from './sql-executor.js';
import type { Mention } from './stored-event.js';
import { MENTION_COLUMNS, mentionKey, toMention, type MentionRow } from './stored-mentions.js';

export interface Neighbourhood {
  /** By mentionKey: the added mentions and every live stored mention linked to them, directly or not. */
  members: Map<string, Mention>;
  /** By mentionKey: the event a stored member is in before re-clustering (a mention not yet stored has none). */
  previous: Map<string, string | null>;
}

/** Days of one sub-event type read in one query. */
const DAYS_PER_QUERY = 64;
const READ_DAYS = `SELECT m.event_date, ${MENTION_COLUMNS} WHERE m.sub_event_type = ? AND m.event_date IN (${Array(DAYS_PER_QUERY).fill('?').join(', ')}) AND m.deleted_at IS NULL`;

export async function findNeighbourhood(tx: SqlExecutor, added: readonly Mention[], withdrawn: readonly Mention[]): Promise<Neighbourhood> {
  const members = new Map<string, Mention>(added.map((m) => [mentionKey(m), m]));
  const previous = new Map<string, string | null>();
  const read = createDayReader(tx);
  // A withdrawn mention is no member any more, but what it linked may now fall apart: the search starts there too.
  const frontier = [...added, ...withdrawn];
  await read.prefetch(frontier);
  while (frontier.length) {
    const m = frontier.pop()!;
    for (const row of await read.window(m)) {
      const k = mentionKey(row);
      if (!previous.has(k)) previous.set(k, row.event_id);
      if (members.has(k)) continue;
      const other = read.parsed(row);
      if (!areLinked(m.record, other.record)) continue;
      members.set(k, other);
      frontier.push(other);
    }
  }
  return { members, previous };
}

/** Live stored mentions of a sub-event type on a day, read once per search. */
function createDayReader(tx: SqlExecutor) {
  const byType = new Map<string, Map<string, MentionRow[]>>();
  const parsed = new Map<string, Mention>();
  const windows = new Map<string, string[]>();
  const daysOf = (type: string) => {
    let days = byType.get(type);
    if (!days) byType.set(type, (days = new Map()));
    return days;
  };
  /** The days within MAX_DAYS_APART of a mention's, worked out once per date. */
  const windowDays = (date: string) => {
    let days = windows.get(date);
    if (!days) windows.set(date, (days = Array.from({ length: 2 * MAX_DAYS_APART + 1 }, (_, i) => addDays(date, i - MAX_DAYS_APART))));
    return days;
  };

  /** Reads every day around `mentions` not read yet, one query per sub-event type and DAYS_PER_QUERY days. */
  async function prefetch(mentions: readonly Mention[]): Promise<void> {
    const missing = new Map<string, Set<string>>();
    for (const m of mentions) {
      const type = m.record.sub_event_type;
      const read = daysOf(type);
      for (const day of windowDays(m.record.event_date)) {
        if (read.has(day)) continue;
        let days = missing.get(type);
        if (!days) missing.set(type, (days = new Set()));
        days.add(day);
      }
    }
    for (const [type, days] of missing) {
      const read = daysOf(type);
      const list = [...days];
      for (const day of list) read.set(day, []);
      for (let i = 0; i < list.length; i += DAYS_PER_QUERY) {
        const chunk = list.slice(i, i + DAYS_PER_QUERY);
        // Always as many days, the last one repeated: one statement for the engine to prepare, not one per count.
        const slots = Array.from({ length: DAYS_PER_QUERY }, (_, k) => chunk[Math.min(k, chunk.length - 1)]!);
        const rows = await tx.all<MentionRow & { event_date: string }>(READ_DAYS, [type, ...slots]);
        for (const row of rows) read.get(row.event_date)!.push(row);
      }
    }
  }

  return {
    prefetch,
    /** The live stored mentions of `m`'s sub-event type within MAX_DAYS_APART days of it. */
    async window(m: Mention): Promise<MentionRow[]> {
      const read = daysOf(m.record.sub_event_type);
      const days = windowDays(m.record.event_date);
      if (days.some((day) => !read.has(day))) await prefetch([m]);
      return days.flatMap((day) => read.get(day)!);
    },
    parsed(row: MentionRow): Mention {
      const k = mentionKey(row);
      let m = parsed.get(k);
      if (!m) parsed.set(k, (m = toMention(row)));
      return m;
    },
  };
}
