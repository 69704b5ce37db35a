/**
 * Events and fatalities per day as two rows of bars (SVG), under the map and on the slider's axis: days inside the
 * slider's window are coloured, the rest grey. In Arabic the axis runs right to left, like the slider above it.
 */
import type { ListedEvent } from '../api/types.js';
import { svg, replaceChildren, el } from '../dom.js';
import { formatDay, formatNumber, isRtl, t } from '../i18n/i18n.js';
import { inWindow } from './days.js';

const ROW_HEIGHT = 40;

export function renderDailyChart(box: HTMLElement, events: readonly ListedEvent[], days: readonly string[], start: string | null, end: string | null): void {
  if (days.length === 0) {
    replaceChildren(box, el('p', { class: 'chart-empty' }, t('time.noDates')));
    return;
  }
  const index = new Map(days.map((d, i) => [d, i]));
  const counts = new Array<number>(days.length).fill(0);
  const deaths = new Array<number>(days.length).fill(0);
  for (const e of events) {
    const i = index.get(e.event_date);
    if (i === undefined) continue;
    counts[i]!++;
    deaths[i]! += e.fatalities;
  }
  replaceChildren(
    box,
    row('events', t('time.eventsPerDay'), counts, days, start, end),
    row('fatalities', t('time.fatalitiesPerDay'), deaths, days, start, end),
    // The axis's ends: a flex row, so in Arabic the first day sits at the right like the bars above it.
    el('div', { class: 'chart-axis' }, el('span', {}, formatDay(days[0]!)), el('span', { class: 'chart-key' }, el('span', { class: 'key-events' }, '▮ '), t('time.eventsPerDay'), ' · ', el('span', { class: 'key-fatalities' }, '▮ '), t('time.fatalitiesPerDay')), el('span', {}, formatDay(days[days.length - 1]!))),
  );
}

function row(kind: string, title: string, values: readonly number[], days: readonly string[], start: string | null, end: string | null): SVGSVGElement {
  const max = Math.max(1, ...values);
  const n = days.length;
  const chart = svg('svg', { class: `chart-row chart-${kind}`, viewBox: `0 0 ${n} ${ROW_HEIGHT}`, preserveAspectRatio: 'none', role: 'img', 'aria-label': title }, svg('title', {}, title));
  values.forEach((value, i) => {
    if (value === 0) return;
    const h = Math.max(1.5, (value / max) * (ROW_HEIGHT - 2));
    const x = isRtl() ? n - 1 - i : i;
    const day = days[i]!;
    chart.append(
      svg('rect', { x: x + 0.1, y: ROW_HEIGHT - h, width: 0.8, height: h, class: inWindow(day, start, end) ? 'bar bar-in' : 'bar bar-out', 'data-day': day, 'data-value': value },
        svg('title', {}, `${formatDay(day)}: ${formatNumber(value)}`)),
    );
  });
  return chart;
}
