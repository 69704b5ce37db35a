/**
 * A date-range slider: two native range inputs over one track (keyboard and screen readers work as with any
 * slider), and a play button that walks the window forward in time.
 *
 * Direction, chosen deliberately: in Arabic, time runs right to left — the earliest day at the right, as a reader
 * of Arabic starts a line there — and the bar chart under the map uses the same axis, so a handle always sits above
 * its own day. Native range inputs mirror under dir="rtl", so no arithmetic is needed for the slider itself. The
 * play icon points the way time moves on screen.
 */
import { el, replaceChildren } from '../dom.js';
import { formatDay, isRtl, t } from '../i18n/i18n.js';
import { i18nText } from '../i18n/relabel.js';

export type WindowListener = (start: string, end: string) => void;

/** A play walks the whole range in about this many steps, whatever its length. */
const PLAY_STEPS = 40;
const PLAY_TICK_MS = 150;

export class TimeSlider {
  readonly element: HTMLElement;
  private readonly from = el('input', { type: 'range', min: 0, max: 0, step: 1, class: 'range-from', 'data-i18n-label': 'time.from', 'aria-label': t('time.from') });
  private readonly to = el('input', { type: 'range', min: 0, max: 0, step: 1, class: 'range-to', 'data-i18n-label': 'time.to', 'aria-label': t('time.to') });
  private readonly playButton = el('button', { type: 'button', class: 'play', 'aria-pressed': 'false' });
  private readonly fromLabel = el('output', { class: 'time-from' });
  private readonly toLabel = el('output', { class: 'time-to' });
  private days: readonly string[] = [];
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly onChange: WindowListener) {
    this.element = el(
      'div',
      { class: 'time-slider' },
      this.playButton,
      el('div', { class: 'time-labels' }, el('span', i18nText('time.from'), t('time.from')), ' ', this.fromLabel, ' ', el('span', i18nText('time.to'), t('time.to')), ' ', this.toLabel),
      el('div', { class: 'range-pair' }, this.from, this.to),
    );
    this.from.addEventListener('input', () => this.moved('from'));
    this.to.addEventListener('input', () => this.moved('to'));
    this.playButton.addEventListener('click', () => (this.timer ? this.pause() : this.play()));
    this.relabel();
  }

  get isPlaying(): boolean {
    return this.timer !== null;
  }

  /** The days the data spans, and the window to show within them (null: an edge). */
  set(days: readonly string[], start: string | null, end: string | null): void {
    this.days = days;
    const last = Math.max(0, days.length - 1);
    for (const input of [this.from, this.to]) {
      input.max = String(last);
      input.disabled = days.length < 2;
    }
    this.from.value = String(start ? Math.max(0, this.indexAtOrAfter(start)) : 0);
    this.to.value = String(end ? Math.min(last, this.indexAtOrBefore(end)) : last);
    this.showLabels();
  }

  relabel(): void {
    this.playButton.textContent = this.timer ? '❚❚' : isRtl() ? '◀' : '▶';
    this.playButton.setAttribute('aria-label', t(this.timer ? 'time.pause' : 'time.play'));
    this.playButton.title = t(this.timer ? 'time.pause' : 'time.play');
    this.playButton.setAttribute('aria-pressed', String(this.timer !== null));
    this.showLabels();
  }

  play(): void {
    if (this.days.length < 2) return;
    const last = this.days.length - 1;
    let from = Number(this.from.value);
    let to = Number(this.to.value);
    // From the whole range, the play grows the window from the first day; from a narrower one, it slides it.
    const growing = from === 0 && to === last;
    if (growing) to = 0;
    else if (to === last) {
      to -= from;
      from = 0;
    }
    const step = Math.max(1, Math.ceil(this.days.length / PLAY_STEPS));
    this.apply(from, to);
    this.timer = setInterval(() => {
      const next = Math.min(last, to + step);
      if (!growing) from += next - to;
      to = next;
      this.apply(from, to);
      if (to >= last) this.pause();
    }, PLAY_TICK_MS);
    this.relabel();
  }

  pause(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.relabel();
  }

  private apply(from: number, to: number): void {
    this.from.value = String(from);
    this.to.value = String(to);
    this.showLabels();
    this.onChange(this.days[from]!, this.days[to]!);
  }

  private moved(which: 'from' | 'to'): void {
    let from = Number(this.from.value);
    let to = Number(this.to.value);
    // The handles may not cross: the one being dragged pushes the other.
    if (from > to) {
      if (which === 'from') to = from;
      else from = to;
    }
    this.pause();
    this.apply(from, to);
  }

  private showLabels(): void {
    const from = this.days[Number(this.from.value)];
    const to = this.days[Number(this.to.value)];
    replaceChildren(this.fromLabel, from ? formatDay(from) : '–');
    replaceChildren(this.toLabel, to ? formatDay(to) : '–');
    if (from) this.fromLabel.dataset.day = from;
    if (to) this.toLabel.dataset.day = to;
  }

  private indexAtOrAfter(day: string): number {
    const i = this.days.findIndex((d) => d >= day);
    return i < 0 ? this.days.length - 1 : i;
  }

  private indexAtOrBefore(day: string): number {
    for (let i = this.days.length - 1; i >= 0; i--) if (this.days[i]! <= day) return i;
    return 0;
  }
}
