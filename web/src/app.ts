/**
 * The app: one ViewState (in the URL) drives every view. A filter change asks the API for the matching events; the
 * slider, sort, mode and open event work on what is loaded, so dragging or playing the slider needs no request.
 */
import { fetchActors, fetchEvents, fetchPlacesInStore } from './api/client.js';
import type { ListedEvent, PlaceControl } from './api/types.js';
import { controlOf, controlledPlaces, forgetControl } from './control/control-data.js';
import { renderControlTimeline } from './control/control-timeline.js';
import { EventDetail } from './detail/event-detail.js';
import { replaceChildren } from './dom.js';
import { renderExportLinks } from './export/export-links.js';
import { FilterPanel } from './filters/filter-panel.js';
import { language, onLanguageChange, setLanguage, t } from './i18n/i18n.js';
import { relabel } from './i18n/relabel.js';
import { buildLayout } from './layout.js';
import { EventTable } from './list/event-table.js';
import { EventMap } from './map/event-map.js';
import { renderLegend } from './map/map-legend.js';
import { filterChangeStarted, renderFinished } from './render-timings.js';
import { filterParams, sameFilters, type ViewState } from './state/view-state.js';
import { ViewStore } from './state/view-store.js';
import { renderDailyChart } from './time/daily-chart.js';
import { daysBetween, inWindow } from './time/days.js';
import { TimeSlider } from './time/time-slider.js';

export async function startApp(root: HTMLElement, firstEvents?: Promise<ListedEvent[]>): Promise<void> {
  const view = new ViewStore(location.search);
  // The events were asked for before this code loaded; they are usually here already, and the map starts with them.
  const initialEvents = (await firstEvents?.catch(() => null)) ?? null;
  const ui = buildLayout(root);
  let events: ListedEvent[] = [];
  let days: string[] = [];
  let places: PlaceControl[] = [];
  let loads = 0;
  let renders = 0;

  const initiallyVisible = (initialEvents ?? []).filter((e) => inWindow(e.event_date, view.state.start, view.state.end));
  const map = new EventMap(ui.map, { onEventClick: (id) => view.update({ event: id }), onPlaceClick: (id) => view.update({ place: id }) }, view.state.mode === 'events' ? initiallyVisible : []);
  const filters = new FilterPanel((next) => {
    filterChangeStarted();
    view.update({ filters: next });
  });
  const slider = new TimeSlider((start, end) => view.update({ start: start === days[0] ? null : start, end: end === days[days.length - 1] ? null : end }));
  const table = new EventTable((id) => view.update({ event: id }), (sort) => view.update({ sort }));
  const detail = new EventDetail({
    onClose: () => view.update({ event: null }),
    onShowControl: (place) => view.update({ place }),
    onShowOnMap: (at) => void map.select(view.state.event, at),
  });
  ui.filters.append(filters.element);
  ui.slider.append(slider.element);
  ui.table.append(table.element);
  ui.side.append(detail.element);
  detail.element.hidden = true;

  ui.languageButton.addEventListener('click', () => setLanguage(language() === 'ar' ? 'en' : 'ar'));
  for (const radio of [ui.modeEvents, ui.modeControl]) radio.addEventListener('change', () => radio.checked && view.update({ mode: radio.value === 'control' ? 'control' : 'events' }));

  async function load(fit: boolean): Promise<void> {
    const load = ++loads;
    document.documentElement.dataset.busy = '1';
    try {
      const prefetched = firstEvents;
      firstEvents = undefined;
      const loaded = await (prefetched ?? fetchEvents(filterParams(view.state.filters)));
      if (load !== loads) return; // a later filter change overtook this one
      events = loaded;
      const dates = events.map((e) => e.event_date).sort();
      days = dates.length ? daysBetween(dates[0]!, dates[dates.length - 1]!) : [];
      forgetControl();
      places = [];
      await render(fit);
    } catch (error) {
      replaceChildren(ui.notice, t('app.error', { message: (error as Error).message }));
      document.documentElement.dataset.busy = '0';
    }
  }

  async function render(fit = false): Promise<void> {
    const run = ++renders;
    const state = view.state;
    const visible = events.filter((e) => inWindow(e.event_date, state.start, state.end));
    const lastDay = days[days.length - 1] ?? null;
    // The map's worker clusters and draws while this thread builds the chart and the table.
    const drawn = map.setMode(state.mode).then(() => (state.mode === 'events' ? map.showEvents(visible, fit) : undefined));
    slider.set(days, state.start, state.end);
    renderDailyChart(ui.chart, events, days, state.start, state.end);
    replaceChildren(ui.summary, t('time.summary', { events: visible.length, fatalities: visible.reduce((n, e) => n + e.fatalities, 0) }));
    table.render(visible, state.sort, state.event);
    renderExportLinks(ui.exports, state);
    const unplaced = visible.filter((e) => e.latitude === null).length;
    replaceChildren(ui.notice, unplaced ? t('map.noCoordinates', { count: unplaced }) : '');
    ui.modeEvents.checked = state.mode === 'events';
    ui.modeControl.checked = state.mode === 'control';
    if (state.mode === 'control') {
      // The localities are fetched once per set of events; the map then fits them, as it fits events on a new filter.
      const fresh = !places.length;
      if (fresh) places = await controlledPlaces(events);
      await map.showControl(places, state.end ?? lastDay ?? '9999-12-31', fresh || fit);
    }
    await drawn;
    renderLegend(ui.legend, state.mode, places, state.end ?? lastDay);
    if (state.place) void showPlace(state);
    if (run !== renders) return; // a newer render is under way; it will report
    document.documentElement.dataset.busy = '0';
    renderFinished();
  }

  async function showPlace(state: ViewState): Promise<void> {
    ui.control.hidden = !state.place;
    if (!state.place) {
      delete ui.control.dataset.placeId;
      return;
    }
    const place = await controlOf(state.place);
    if (view.state.place !== state.place) return;
    const isNew = ui.control.dataset.placeId !== state.place;
    renderControlTimeline(ui.control, place, view.state.end ?? days[days.length - 1] ?? null, {
      onOpenEvent: (id) => view.update({ event: id }),
      onClose: () => view.update({ place: null }),
    });
    ui.control.dataset.placeId = state.place;
    // It opens above the event it was asked from; the panel's scroll anchoring would otherwise keep it out of sight.
    if (isNew) ui.control.scrollIntoView({ block: 'nearest' });
  }

  view.subscribe((state, previous) => {
    if (!sameFilters(state.filters, previous.filters)) {
      filters.set(state.filters);
      void load(true);
    } else if (state.start !== previous.start || state.end !== previous.end || state.sort !== previous.sort || state.mode !== previous.mode) {
      void render();
    }
    if (state.event !== previous.event) {
      void detail.show(state.event);
      void map.select(state.event);
      if (state.event) table.render(events.filter((e) => inWindow(e.event_date, state.start, state.end)), state.sort, state.event);
    }
    if (state.place !== previous.place) void showPlace(state);
  });

  onLanguageChange(() => {
    relabel(document);
    ui.languageButton.textContent = t('language.switch');
    map.placeControls();
    filters.relabel();
    slider.relabel();
    detail.render();
    void showPlace(view.state);
    void render();
  });

  relabel(document);
  ui.languageButton.textContent = t('language.switch');
  filters.set(view.state.filters);
  void Promise.all([fetchPlacesInStore(), fetchActors()]).then(([placesInStore, actors]) => filters.setOptions({ places: placesInStore, actors }));
  void load(true);
  void detail.show(view.state.event);
  void map.select(view.state.event);
  void showPlace(view.state);
}
