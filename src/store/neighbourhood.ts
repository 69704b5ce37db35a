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

/** Keeps an IN list well under either engine's limit on parameters. */
const DAYS_PER_QUERY = 500;

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
  const byDay = new Map<string, MentionRow[]>();
  const parsed = new Map<string, Mention>();
  const windows = new Map<string, string[]>();
  const dayKey = (type: string, day: string) => `${type}|${day}`;
  /** The days within MAX_DAYS_APART of a mention's, worked out once per date. */
  const windowDays = (date: string) => {
    let days = windows.get(date);
    if (!days) windows.set(date, (days = Array.from({ length: 2 * MAX_DAYS_APART + 1 }, (_, i) => addDays(date, i - MAX_DAYS_APART))));
    return days;
  };

  /** Reads every day around `mentions` not read yet, one query per sub-event type. */
  async function prefetch(mentions: readonly Mention[]): Promise<void> {
    const missing = new Map<string, Set<string>>();
    for (const m of mentions) {
      const type = m.record.sub_event_type;
      for (const day of windowDays(m.record.event_date)) {
        if (byDay.has(dayKey(type, day))) continue;
        let days = missing.get(type);
        if (!days) missing.set(type, (days = new Set()));
        days.add(day);
      }
    }
    for (const [type, days] of missing) {
      const list = [...days];
      for (const day of list) byDay.set(dayKey(type, day), []);
      for (let i = 0; i < list.length; i += DAYS_PER_QUERY) {
        const chunk = list.slice(i, i + DAYS_PER_QUERY);
        const rows = await tx.all<MentionRow & { event_date: string }>(
          `SELECT m.event_date, ${MENTION_COLUMNS} WHERE m.sub_event_type = ? AND m.event_date IN (${chunk.map(() => '?').join(', ')}) AND m.deleted_at IS NULL`,
          [type, ...chunk],
        );
        for (const row of rows) byDay.get(dayKey(type, row.event_date))!.push(row);
      }
    }
  }

  return {
    prefetch,
    /** The live stored mentions of `m`'s sub-event type within MAX_DAYS_APART days of it. */
    async window(m: Mention): Promise<MentionRow[]> {
      const type = m.record.sub_event_type;
      const days = windowDays(m.record.event_date);
      if (days.some((day) => !byDay.has(dayKey(type, day)))) await prefetch([m]);
      return days.flatMap((day) => byDay.get(dayKey(type, day))!);
    },
    parsed(row: MentionRow): Mention {
      const k = mentionKey(row);
      let m = parsed.get(k);
      if (!m) parsed.set(k, (m = toMention(row)));
      return m;
    },
  };
}
