/**
 * How far back an article's news reaches. Events dated before the window are background; events dated only to a
 * week or a month ("الأسبوع الماضي") and more than a few days back are background when the article also reports
 * the day's news, and its news when they are all it reports.
 */
import { addDays } from './calendar.js';
import type { EventRecord } from './event-record.js';

/** Events older than this many days before publication are background, not news. */
const NEWS_WINDOW_DAYS = 10;
/** An event dated only to a week or a month this many days back is old next to the day's news. */
const VAGUE_RECENT_DAYS = 3;

export function isInNewsWindow(date: string, published: string): boolean {
  return date >= addDays(published, -NEWS_WINDOW_DAYS) && date <= addDays(published, 1);
}

export function withoutVagueBackground(events: EventRecord[], published: string): EventRecord[] {
  const isOldAndVague = (e: EventRecord) => e.time_precision !== 1 && e.event_date < addDays(published, -VAGUE_RECENT_DAYS);
  return events.some((e) => !isOldAndVague(e)) ? events.filter((e) => !isOldAndVague(e)) : events;
}
