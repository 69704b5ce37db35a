/** The API's JSON, typed by the store's own declarations (type-only imports: no server code reaches the bundle). */
import type { PlaceControl, StoredActor, StoredArticle, StoredEvent, StoredEvidence } from '../../../src/store/stored-event.js';

export type { PlaceControl, StoredActor, StoredArticle, StoredEvent };

/** The fields the map, the time chart and the table need; the rest comes with GET /events/:id. */
export const LIST_FIELDS = [
  'id', 'event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'fatalities', 'location', 'location_ar', 'location_id',
  'admin1', 'country', 'latitude', 'longitude', 'geo_precision', 'num_sources',
] as const satisfies ReadonlyArray<keyof StoredEvent>;

export type ListedEvent = Pick<StoredEvent, (typeof LIST_FIELDS)[number]>;

export interface EventPage {
  count: number;
  next_cursor: string | null;
  events: ListedEvent[];
}

/** GET /events/:id: the event, its articles' metadata, each telling with the server's highlight (which we do not use). */
export interface EventWithArticles {
  event: StoredEvent;
  articles: Array<Omit<StoredArticle, 'text'>>;
  evidence: Array<StoredEvidence & { highlighted: string }>;
}
