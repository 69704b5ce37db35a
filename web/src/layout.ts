/** The page's frame: header, filters, map with its legend, side panel, time chart and slider, table. */
import { el } from './dom.js';
import { t } from './i18n/i18n.js';
import { i18nText } from './i18n/relabel.js';

export interface Layout {
  languageButton: HTMLButtonElement;
  modeEvents: HTMLInputElement;
  modeControl: HTMLInputElement;
  exports: HTMLElement;
  filters: HTMLElement;
  map: HTMLElement;
  legend: HTMLElement;
  notice: HTMLElement;
  side: HTMLElement;
  control: HTMLElement;
  chart: HTMLElement;
  slider: HTMLElement;
  summary: HTMLElement;
  table: HTMLElement;
}

export function buildLayout(root: HTMLElement): Layout {
  const modeRadio = (value: string) => el('input', { type: 'radio', name: 'map-mode', value, class: `mode-${value}` });
  const parts: Layout = {
    languageButton: el('button', { type: 'button', class: 'language-switch', 'data-i18n-label': 'language.switchLabel' }),
    modeEvents: modeRadio('events'),
    modeControl: modeRadio('control'),
    exports: el('nav', { class: 'exports' }),
    filters: el('div', { class: 'filters-box' }),
    map: el('div', { id: 'map', class: 'map' }),
    legend: el('section', { class: 'legend' }),
    notice: el('p', { class: 'map-notice', 'aria-live': 'polite' }),
    side: el('div', { class: 'side-detail' }),
    control: el('section', { class: 'control-timeline', hidden: true }),
    chart: el('div', { class: 'chart' }),
    slider: el('div', { class: 'slider-box' }),
    summary: el('p', { class: 'time-summary', 'aria-live': 'polite' }),
    table: el('div', { class: 'table-box' }),
  };
  root.append(
    el(
      'header',
      { class: 'topbar' },
      el('h1', i18nText('app.name'), t('app.name')),
      el('fieldset', { class: 'mode-switch' },
        el('legend', i18nText('mode.label'), t('mode.label')),
        el('label', {}, parts.modeEvents, el('span', i18nText('mode.events'), t('mode.events'))),
        el('label', {}, parts.modeControl, el('span', i18nText('mode.control'), t('mode.control')))),
      parts.exports,
      parts.languageButton,
    ),
    el(
      'main',
      { class: 'workspace' },
      el('aside', { class: 'filters-panel' }, parts.filters),
      // The key is a strip along the map's top edge; the map keeps that edge clear when it fits events (event-map.ts).
      el('section', { class: 'map-panel' }, parts.map, parts.legend, parts.notice),
      el('aside', { class: 'side-panel' }, parts.control, parts.side),
    ),
    el('section', { class: 'timeline' }, el('h2', { class: 'visually-hidden', ...i18nText('time.title') }, t('time.title')), parts.slider, parts.chart, parts.summary),
    parts.table,
  );
  return parts;
}
