/**
 * Downloads of what is on screen: the current filters and the slider's dates as the API's own exports — CSV with
 * ACLED's columns and a byte-order mark (for Excel), GeoJSON, and JSON.
 */
import { PAGE_LIMIT } from '../api/client.js';
import { el, replaceChildren } from '../dom.js';
import { t, type MessageKey } from '../i18n/i18n.js';
import { filterParams, type ViewState } from '../state/view-state.js';

const FORMATS: ReadonlyArray<{ path: string; key: MessageKey; file: string }> = [
  { path: '/events.csv', key: 'export.csv', file: 'rasd-events.csv' },
  { path: '/events.geojson', key: 'export.geojson', file: 'rasd-events.geojson' },
  { path: '/events', key: 'export.json', file: 'rasd-events.json' },
];

export function exportQuery(state: ViewState): URLSearchParams {
  const params = filterParams(state.filters);
  if (state.start) params.set('start_date', state.start);
  if (state.end) params.set('end_date', state.end);
  params.set('limit', String(PAGE_LIMIT));
  return params;
}

export function renderExportLinks(box: HTMLElement, state: ViewState): void {
  const query = exportQuery(state).toString();
  replaceChildren(
    box,
    el('span', { class: 'export-title', title: t('export.hint', { limit: PAGE_LIMIT }) }, t('export.title')),
    ...FORMATS.map((f) => el('a', { href: `${f.path}?${query}`, download: f.file, class: 'export', 'data-format': f.file.split('.').pop()!, title: t('export.hint', { limit: PAGE_LIMIT }) }, t(f.key))),
  );
}
