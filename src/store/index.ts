/**
 * Articles + their EventRecords → a store of articles, mentions and events merged across articles (SQLite or
 * PostgreSQL behind one interface), read back with the filters of the API and `rasd export`.
 */
export { openStore, databaseUrlFrom, type StoreOptions } from './open-store.js';
export type { AddResult, ArticleWithEvents, EventPage, Store } from './repository.js';
export type { EventContent, FatalityClaim, Mention, NewArticle, PlaceControl, StoredActor, StoredArticle, StoredEvent, StoredEvidence } from './stored-event.js';
export { EVENT_FILTERS, MAX_LIMIT, eventQuerySchema, parseEventQuery, pickFields, type EventField, type EventQuery, type EventQueryInput } from './event-query.js';
export { QueryError } from './store-error.js';
