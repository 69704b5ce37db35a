/**
 * What the user is looking at, as one value that round-trips through the URL's query string, so a link shows a
 * colleague the same filters, dates, mode and open event. The filter names are the API's own (GET /events), so a
 * shared link's query is also a valid API query.
 */

/** The filters sent to the API. */
export const FILTER_NAMES = ['country', 'admin1', 'event_type', 'sub_event_type', 'actor', 'fatalities', 'q'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
export type Filters = Partial<Record<FilterName, string>>;

export type MapMode = 'events' | 'control';
export type SortKey = 'date' | 'fatalities';

export interface ViewState {
  filters: Filters;
  /** The slider's window, YYYY-MM-DD; null means the edge of the data. */
  start: string | null;
  end: string | null;
  mode: MapMode;
  sort: { key: SortKey; descending: boolean };
  /** The event whose detail is open. */
  event: string | null;
  /** The locality whose control timeline is open. */
  place: string | null;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name)?.trim();
    // The API takes a country code in either case; the menus list them as the store keeps them, in capitals.
    if (value) filters[name] = name === 'country' ? value.toUpperCase() : value;
  }
  const day = (name: string) => {
    const value = params.get(name);
    return value && ISO_DAY.test(value) ? value : null;
  };
  const sort = params.get('sort') ?? '-date';
  const sortKey: SortKey = sort.replace(/^-/, '') === 'fatalities' ? 'fatalities' : 'date';
  return {
    filters,
    start: day('start_date'),
    end: day('end_date'),
    mode: params.get('mode') === 'control' ? 'control' : 'events',
    sort: { key: sortKey, descending: sort.startsWith('-') },
    event: params.get('event'),
    place: params.get('place'),
  };
}

export function writeViewState(state: ViewState): string {
  const params = filterParams(state.filters);
  if (state.start) params.set('start_date', state.start);
  if (state.end) params.set('end_date', state.end);
  if (state.mode !== 'events') params.set('mode', state.mode);
  const sort = `${state.sort.descending ? '-' : ''}${state.sort.key}`;
  if (sort !== '-date') params.set('sort', sort);
  if (state.event) params.set('event', state.event);
  if (state.place) params.set('place', state.place);
  return params.toString();
}

/** The filters as API query parameters. */
export function filterParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  return params;
}

export const sameFilters = (a: Filters, b: Filters): boolean => FILTER_NAMES.every((name) => (a[name] ?? '') === (b[name] ?? ''));
