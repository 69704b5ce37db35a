/**
 * A locality's control over time: a bar of periods coloured by who held it (from each change of control to the
 * next), and the list of changes with the event behind each. The slider's end day is marked on the bar.
 */
import type { PlaceControl } from '../api/types.js';
import { el, replaceChildren } from '../dom.js';
import { formatDay, label, language, t } from '../i18n/i18n.js';
import { controlAt } from './control-at.js';
import { colourOfController } from './controller-colours.js';

export interface TimelineCallbacks {
  onOpenEvent(id: string): void;
  onClose(): void;
}

export function renderControlTimeline(box: HTMLElement, place: PlaceControl | null, day: string | null, callbacks: TimelineCallbacks): void {
  const close = el('button', { type: 'button', class: 'close', 'aria-label': t('detail.close'), title: t('detail.close') }, '×');
  close.addEventListener('click', () => callbacks.onClose());
  if (!place) {
    replaceChildren(box, close, el('p', {}, t('control.empty')));
    return;
  }
  const name = (language() === 'ar' ? place.place.name_ar : null) ?? place.place.name;
  const changes = place.control;
  const holder = day ? controlAt(changes, day) : null;
  replaceChildren(
    box,
    close,
    el('h2', { 'data-place-id': place.place.id }, t('control.title', { place: name })),
    changes.length === 0 ? el('p', {}, t('control.empty')) : periodBar(changes, day),
    el(
      'ol',
      { class: 'control-changes' },
      ...changes.map((c) => {
        const open = el('button', { type: 'button', class: 'open-event link-like', 'data-event-id': c.event_id }, t('control.openEvent'));
        open.addEventListener('click', () => callbacks.onOpenEvent(c.event_id));
        const swatch = el('span', { class: 'legend-dot', 'aria-hidden': 'true' });
        swatch.style.setProperty('--swatch', colourOfController(c.controller_id));
        return el(
          'li',
          { class: c === holder ? 'current' : null, 'data-from': c.from },
          el('strong', {}, t('control.from', { date: formatDay(c.from) })),
          ' ',
          swatch,
          el('bdi', { class: 'controller' }, c.controller ?? t('control.unknownController')),
          el('div', { class: 'control-how' }, label('subEventType', c.sub_event_type), ' · ', open),
        );
      }),
    ),
  );
}

/**
 * Periods from each change to the next; the last runs to the slider's day (or a day past its own start).
 * Positions use inset-inline-start, so in Arabic the bar runs right to left, like the slider.
 */
function periodBar(changes: PlaceControl['control'], day: string | null): HTMLElement {
  const first = Date.parse(changes[0]!.from);
  const lastChange = Date.parse(changes[changes.length - 1]!.from);
  const end = Math.max(lastChange + 86_400_000, day ? Date.parse(day) : 0);
  const span = end - first || 1;
  const bar = el('div', { class: 'control-bar', role: 'img', 'aria-label': changes.map((c) => `${formatDay(c.from)}: ${c.controller ?? '?'}`).join('; ') });
  changes.forEach((c, i) => {
    const from = Date.parse(c.from);
    const to = i + 1 < changes.length ? Date.parse(changes[i + 1]!.from) : end;
    const part = el('span', { class: 'control-period', title: `${formatDay(c.from)}: ${c.controller ?? t('control.unknownController')}` });
    part.style.background = colourOfController(c.controller_id);
    part.style.insetInlineStart = `${((from - first) / span) * 100}%`;
    part.style.width = `${Math.max(0.5, ((to - from) / span) * 100)}%`;
    bar.append(part);
  });
  if (day) {
    const marker = el('span', { class: 'control-today', title: formatDay(day) });
    marker.style.insetInlineStart = `${Math.min(100, ((Date.parse(day) - first) / span) * 100)}%`;
    bar.append(marker);
  }
  return bar;
}
