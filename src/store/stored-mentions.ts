/** Mentions as the event_mentions table keeps them, and back as the Mention clustering works on. */
import type { EventRecord } from '../extract/index.js';
import type { Mention } from './stored-event.js';

export interface MentionRow {
  article_id: string;
  idx: number;
  event_id: string | null;
  outlet: string | null;
  record: string;
}

/** A mention with its article's outlet; follow with WHERE on `m.`. */
export const MENTION_COLUMNS = 'm.article_id, m.idx, m.event_id, a.outlet, m.record FROM event_mentions m JOIN articles a ON a.id = m.article_id';

export const toMention = (row: MentionRow): Mention => ({ article_id: row.article_id, idx: row.idx, outlet: row.outlet, record: JSON.parse(row.record) as EventRecord });

/** A mention's primary key as one string, for maps. */
export const mentionKey = (m: { article_id: string; idx: number }): string => `${m.article_id}#${m.idx}`;
