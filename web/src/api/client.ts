/** Calls to the rasd API on the page's own origin. Every answer is JSON parsed as data. */
import { LIST_FIELDS, type EventPage, type EventWithArticles, type ListedEvent, type PlaceControl, type StoredActor, type StoredArticle } from './types.js';

/** The API's own page limit: the list is fetched in pages this big until the cursor runs out. */
export const PAGE_LIMIT = 5000;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { signal: signal ?? null, headers: { accept: 'application/json' } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: string } | null;
    throw new ApiError(response.status, body?.message ?? `${response.status} ${response.statusText}`);
  }
  return (await response.json()) as T;
}

/** Every event matching the query, all pages. */
export async function fetchEvents(query: URLSearchParams, signal?: AbortSignal): Promise<ListedEvent[]> {
  const events: ListedEvent[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams(query);
    params.set('fields', LIST_FIELDS.join(','));
    params.set('limit', String(PAGE_LIMIT));
    if (cursor) params.set('cursor', cursor);
    const page: EventPage = await getJson<EventPage>(`/events?${params}`, signal);
    events.push(...page.events);
    cursor = page.next_cursor;
  } while (cursor);
  return events;
}

/** Country and province of every event, for the filter menus (which list what the store holds, not what is shown). */
export async function fetchPlacesInStore(signal?: AbortSignal): Promise<Array<{ country: string | null; admin1: string | null }>> {
  const places: Array<{ country: string | null; admin1: string | null }> = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams({ fields: 'country,admin1', limit: String(PAGE_LIMIT) });
    if (cursor) params.set('cursor', cursor);
    const page: { next_cursor: string | null; events: Array<{ country: string | null; admin1: string | null }> } = await getJson(`/events?${params}`, signal);
    places.push(...page.events);
    cursor = page.next_cursor;
  } while (cursor);
  return places;
}

export const fetchActors = async (signal?: AbortSignal): Promise<StoredActor[]> => (await getJson<{ actors: StoredActor[] }>('/actors', signal)).actors;

export const fetchEvent = (id: string, signal?: AbortSignal): Promise<EventWithArticles> => getJson(`/events/${encodeURIComponent(id)}`, signal);

export const fetchArticle = (id: string, signal?: AbortSignal): Promise<StoredArticle> => getJson(`/articles/${encodeURIComponent(id)}`, signal);

export const fetchPlaceControl = (id: string, signal?: AbortSignal): Promise<PlaceControl> => getJson(`/places/${encodeURIComponent(id)}/control`, signal);
