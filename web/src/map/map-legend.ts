/** The key under the map: type colours, what each place precision looks like, and (control mode) the controllers. */
import type { PlaceControl } from '../api/types.js';
import { controlAt } from '../control/control-at.js';
import { colourOfController, UNKNOWN_CONTROLLER_COLOUR } from '../control/controller-colours.js';
import { el, replaceChildren } from '../dom.js';
import { EVENT_TYPE_NAMES } from '../filters/acled-taxonomy.js';
import { formatDay, label, t } from '../i18n/i18n.js';
import type { MapMode } from '../state/view-state.js';
import { EVENT_TYPE_COLOURS } from './event-colours.js';

export function renderLegend(box: HTMLElement, mode: MapMode, places: readonly PlaceControl[], day: string | null): void {
  replaceChildren(box, el('h2', { class: 'legend-title' }, t('legend.title')), mode === 'events' ? eventsKey() : controlKey(places, day));
}

function eventsKey(): HTMLElement {
  return el(
    'div',
    { class: 'legend-body' },
    el('ul', { class: 'legend-types' }, ...EVENT_TYPE_NAMES.map((type) => el('li', {}, swatch('legend-dot', EVENT_TYPE_COLOURS[type]), label('eventType', type)))),
    el(
      'ul',
      { class: 'legend-precision' },
      el('li', { 'data-precision': '1', title: t('precision.1') }, swatch('legend-dot precision-1', '#444'), t('legend.exact')),
      el('li', { 'data-precision': '2', title: t('precision.2') }, swatch('legend-dot precision-2', '#444'), t('legend.near')),
      el('li', { 'data-precision': '3', title: t('precision.3') }, swatch('legend-dot precision-3', '#444'), t('legend.area')),
      el('li', {}, swatch('legend-cluster', ''), t('legend.cluster')),
      el('li', { class: 'legend-note' }, t('legend.size')),
    ),
  );
}

function controlKey(places: readonly PlaceControl[], day: string | null): HTMLElement {
  const controllers = new Map<string, string | null>();
  for (const p of places) {
    const holder = day ? controlAt(p.control, day) : null;
    if (holder) controllers.set(holder.controller ?? t('control.unknownController'), holder.controller_id);
  }
  return el(
    'div',
    { class: 'legend-body' },
    day ? el('p', {}, t('control.legend', { date: formatDay(day) })) : null,
    places.length === 0 ? el('p', {}, t('control.none')) : null,
    el(
      'ul',
      { class: 'legend-controllers' },
      ...[...controllers].sort(([a], [b]) => a.localeCompare(b)).map(([name, id]) => el('li', {}, swatch('legend-dot', colourOfController(id)), name)),
      el('li', {}, swatch('legend-dot legend-hollow', UNKNOWN_CONTROLLER_COLOUR), t('legend.controlUnknown')),
    ),
    el('p', { class: 'legend-note' }, t('control.anchor')),
  );
}

function swatch(className: string, colour: string): HTMLElement {
  const s = el('span', { class: className, 'aria-hidden': 'true' });
  if (colour) s.style.setProperty('--swatch', colour);
  return s;
}
