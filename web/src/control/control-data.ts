/**
 * The control history of every locality where the loaded events include a change of control, from the API's
 * GET /places/:id/control (which decides who took a place; the app only reads it). Cached by place until the
 * events are reloaded.
 */
import { fetchPlaceControl } from '../api/client.js';
import type { ListedEvent, PlaceControl } from '../api/types.js';
import { TERRITORY_SUB_EVENTS } from '../filters/acled-taxonomy.js';

/** At most this many requests at once: the server shares two cores with everything else. */
const CONCURRENT_REQUESTS = 6;

const cache = new Map<string, Promise<PlaceControl | null>>();

export function forgetControl(): void {
  cache.clear();
}

export function controlOf(placeId: string): Promise<PlaceControl | null> {
  let found = cache.get(placeId);
  if (!found) {
    found = fetchPlaceControl(placeId).catch(() => null);
    cache.set(placeId, found);
  }
  return found;
}

export async function controlledPlaces(events: readonly ListedEvent[]): Promise<PlaceControl[]> {
  const ids = [...new Set(events.filter((e) => e.location_id && (TERRITORY_SUB_EVENTS as readonly string[]).includes(e.sub_event_type)).map((e) => e.location_id!))];
  const results: Array<PlaceControl | null> = [];
  for (let i = 0; i < ids.length; i += CONCURRENT_REQUESTS) results.push(...(await Promise.all(ids.slice(i, i + CONCURRENT_REQUESTS).map(controlOf))));
  return results.filter((p): p is PlaceControl => p !== null && p.control.length > 0);
}
