/** The events in the window as a table, sortable by date and by fatalities; a row opens the event's detail. */
import type { ListedEvent } from '../api/types.js';
import { el, replaceChildren } from '../dom.js';
import { formatDay, formatNumber, label, language, t, type MessageKey } from '../i18n/i18n.js';
import { colourOfType } from '../map/event-colours.js';
import type { SortKey, ViewState } from '../state/view-state.js';

/**
 * Rows drawn at first, and added by each "show more": every row is layout work on each filter change and slider
 * step, and the page lays itself out again whenever the map moves, so the table grows only when asked.
 */
const ROWS_PER_PAGE = 100;

export type Sort = ViewState['sort'];

export class EventTable {
  readonly element: HTMLElement;
  private readonly caption = el('p', { class: 'table-count', 'aria-live': 'polite' });
  private readonly table = el('table', { class: 'events' });
  private readonly more = el('button', { type: 'button', class: 'show-more' });
  private rowsShown = ROWS_PER_PAGE;
  private last: { events: readonly ListedEvent[]; sort: Sort; selected: string | null } = { events: [], sort: { key: 'date', descending: true }, selected: null };

  constructor(
    private readonly onOpen: (id: string) => void,
    private readonly onSort: (sort: Sort) => void,
  ) {
    this.element = el('section', { class: 'table-panel' }, this.caption, el('div', { class: 'table-scroll' }, this.table), this.more);
    this.more.addEventListener('click', () => {
      this.rowsShown += ROWS_PER_PAGE;
      this.render(this.last.events, this.last.sort, this.last.selected, true);
    });
  }

  /** `keepRows` keeps the rows already opened with "show more"; a new filter or window starts from one page again. */
  render(events: readonly ListedEvent[], sort: Sort, selected: string | null, keepRows = false): void {
    if (!keepRows) this.rowsShown = ROWS_PER_PAGE;
    this.last = { events, sort, selected };
    const sorted = [...events].sort(comparator(sort));
    const shown = sorted.slice(0, this.rowsShown);
    replaceChildren(this.caption, t('table.count', { shown: shown.length, total: events.length }));
    this.more.hidden = shown.length >= events.length;
    replaceChildren(this.more, t('table.more', { count: Math.min(ROWS_PER_PAGE, events.length - shown.length) }));
    const head = el(
      'tr',
      {},
      this.sortHeader('date', 'table.date', sort),
      header('table.type'),
      header('table.subType'),
      header('table.actors'),
      header('table.location'),
      this.sortHeader('fatalities', 'table.fatalities', sort),
      header('table.precision'),
      header('table.sources'),
    );
    const rows = shown.map((e) => this.row(e, e.id === selected));
    replaceChildren(
      this.table,
      el('thead', {}, head),
      el('tbody', {}, ...rows, events.length === 0 ? el('tr', {}, el('td', { colspan: 8, class: 'table-empty' }, t('table.empty'))) : null),
    );
  }

  private sortHeader(key: SortKey, labelKey: MessageKey, sort: Sort): HTMLElement {
    const active = sort.key === key;
    const button = el('button', { type: 'button', class: 'sort', 'data-sort': key }, t(labelKey), active ? (sort.descending ? ' ▼' : ' ▲') : '');
    button.addEventListener('click', () => this.onSort({ key, descending: active ? !sort.descending : true }));
    return el('th', { scope: 'col', 'aria-sort': active ? (sort.descending ? 'descending' : 'ascending') : 'none' }, button);
  }

  private row(e: ListedEvent, isSelected: boolean): HTMLElement {
    const open = el('button', { type: 'button', class: 'open-event', 'data-event-id': e.id }, formatDay(e.event_date));
    open.addEventListener('click', () => this.onOpen(e.id));
    const swatch = el('span', { class: 'type-swatch', 'aria-hidden': 'true' });
    swatch.style.background = colourOfType(e.event_type);
    const place = (language() === 'ar' ? e.location_ar : null) ?? e.location;
    const precision = e.latitude === null ? 'precision.none' : (`precision.${e.geo_precision ?? 3}` as MessageKey);
    return el(
      'tr',
      { 'data-event-id': e.id, 'data-date': e.event_date, 'data-fatalities': e.fatalities, class: isSelected ? 'selected' : null },
      el('td', {}, open),
      el('td', {}, swatch, label('eventType', e.event_type)),
      el('td', {}, label('subEventType', e.sub_event_type)),
      el('td', {}, [e.actor1?.name, e.actor2?.name].filter(Boolean).join(' — ')),
      el('td', {}, [place, e.admin1 && e.admin1 !== e.location ? e.admin1 : null].filter(Boolean).join(language() === 'ar' ? '، ' : ', ')),
      el('td', { class: 'num' }, formatNumber(e.fatalities)),
      el('td', { class: `precision precision-${e.geo_precision ?? 'none'}` }, t(precision)),
      el('td', { class: 'num' }, formatNumber(e.num_sources)),
    );
  }
}

function header(key: MessageKey): HTMLElement {
  return el('th', { scope: 'col' }, t(key));
}

function comparator(sort: Sort): (a: ListedEvent, b: ListedEvent) => number {
  const sign = sort.descending ? -1 : 1;
  // Ties fall back to date, then id, so the order is stable across reloads.
  return sort.key === 'fatalities'
    ? (a, b) => sign * (a.fatalities - b.fatalities) || b.event_date.localeCompare(a.event_date) || a.id.localeCompare(b.id)
    : (a, b) => sign * a.event_date.localeCompare(b.event_date) || a.id.localeCompare(b.id);
}
