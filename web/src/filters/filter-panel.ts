/**
 * The filters of GET /events as form controls: country, province, event type, sub-event type, actor, fatalities
 * at least, and text. Menus list what the store holds; a sub-type menu lists only its type's sub-types.
 */
import type { StoredActor } from '../api/types.js';
import { el, replaceChildren } from '../dom.js';
import { countryName, label, t, type MessageKey } from '../i18n/i18n.js';
import { i18nText } from '../i18n/relabel.js';
import type { FilterName, Filters } from '../state/view-state.js';
import { EVENT_TYPE_NAMES, subEventTypesOf } from './acled-taxonomy.js';

export interface FilterOptions {
  places: Array<{ country: string | null; admin1: string | null }>;
  actors: StoredActor[];
}

/** Typing in the text box waits this long for a pause before asking the server. */
const TEXT_DEBOUNCE_MS = 300;

export class FilterPanel {
  readonly element: HTMLFormElement;
  private readonly country = select('country');
  private readonly admin1 = select('admin1');
  private readonly eventType = select('event_type');
  private readonly subEventType = select('sub_event_type');
  private readonly actor = select('actor');
  private readonly fatalities = el('input', { type: 'number', min: 0, step: 1, name: 'fatalities', inputmode: 'numeric' });
  private readonly text = el('input', { type: 'search', name: 'q', maxlength: 200, 'data-i18n-placeholder': 'filters.textPlaceholder' });
  private options: FilterOptions = { places: [], actors: [] };
  private filters: Filters = {};
  private typing: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly onChange: (filters: Filters) => void) {
    const clear = el('button', { type: 'reset', class: 'filters-clear', ...i18nText('filters.clear') }, t('filters.clear'));
    this.element = el(
      'form',
      { class: 'filters', role: 'search' },
      el('h2', i18nText('filters.title'), t('filters.title')),
      field('filters.country', this.country),
      field('filters.admin1', this.admin1),
      field('filters.eventType', this.eventType),
      field('filters.subEventType', this.subEventType),
      field('filters.actor', this.actor),
      field('filters.fatalities', this.fatalities),
      field('filters.text', this.text),
      clear,
    );
    this.text.placeholder = t('filters.textPlaceholder');
    this.element.addEventListener('submit', (e) => e.preventDefault());
    this.element.addEventListener('reset', (e) => {
      e.preventDefault();
      this.set({});
      this.onChange({});
    });
    for (const control of [this.country, this.admin1, this.eventType, this.subEventType, this.actor, this.fatalities]) {
      control.addEventListener('change', () => this.changed(control.name as FilterName));
    }
    this.text.addEventListener('input', () => {
      if (this.typing) clearTimeout(this.typing);
      this.typing = setTimeout(() => this.changed('q'), TEXT_DEBOUNCE_MS);
    });
    this.text.addEventListener('change', () => this.changed('q'));
  }

  setOptions(options: FilterOptions): void {
    this.options = options;
    this.fillMenus();
  }

  set(filters: Filters): void {
    this.filters = { ...filters };
    this.fillMenus();
    this.fatalities.value = filters.fatalities ?? '';
    if (document.activeElement !== this.text) this.text.value = filters.q ?? '';
  }

  /** Menu labels (countries, types) are in the interface language. */
  relabel(): void {
    this.fillMenus();
  }

  private changed(name: FilterName): void {
    const next: Filters = { ...this.filters };
    const value = name === 'q' ? this.text.value.trim() : name === 'fatalities' ? this.fatalities.value.trim() : (this.element.elements.namedItem(name) as HTMLSelectElement).value;
    if (value) next[name] = value;
    else delete next[name];
    // A narrower menu's choice may not exist under the wider one's new value.
    if (name === 'country') delete next.admin1;
    if (name === 'event_type' && next.sub_event_type && !subEventTypesOf(next.event_type).includes(next.sub_event_type)) delete next.sub_event_type;
    if (name === 'q' && (next.q ?? '') === (this.filters.q ?? '')) return;
    this.filters = next;
    this.fillMenus();
    this.onChange(next);
  }

  private fillMenus(): void {
    const { places, actors } = this.options;
    const f = this.filters;
    const countries = unique(places.map((p) => p.country));
    fill(this.country, countries.map((c) => [c, countryName(c)] as const).sort((a, b) => a[1].localeCompare(b[1])), f.country);
    const admin1 = unique(places.filter((p) => !f.country || p.country === f.country.toUpperCase()).map((p) => p.admin1));
    fill(this.admin1, admin1.map((a) => [a, a] as const).sort((a, b) => a[1].localeCompare(b[1])), f.admin1);
    fill(this.eventType, EVENT_TYPE_NAMES.map((type) => [type, label('eventType', type)] as const), f.event_type);
    fill(this.subEventType, subEventTypesOf(f.event_type).map((sub) => [sub, label('subEventType', sub)] as const), f.sub_event_type);
    const actorOptions = actors
      .filter((a) => !f.country || !a.country || a.country === f.country.toUpperCase())
      .map((a) => [a.id, t('filters.actorEvents', { name: a.name, count: a.events })] as const);
    fill(this.actor, actorOptions, f.actor);
  }
}

function select(name: FilterName): HTMLSelectElement {
  return el('select', { name });
}

function field(labelKey: MessageKey, control: HTMLElement): HTMLElement {
  return el('label', { class: 'field' }, el('span', { class: 'field-label', ...i18nText(labelKey) }, t(labelKey)), control);
}

function unique(values: ReadonlyArray<string | null>): string[] {
  return [...new Set(values.filter((v): v is string => !!v))];
}

/** A menu's options: "any" first, then each value; a chosen value the menu lacks (from a shared link) is kept. */
function fill(menu: HTMLSelectElement, options: ReadonlyArray<readonly [string, string]>, chosen: string | undefined): void {
  const all = chosen && !options.some(([v]) => v === chosen) ? [...options, [chosen, chosen] as const] : options;
  replaceChildren(menu, el('option', { value: '' }, t('filters.any')), ...all.map(([value, text]) => el('option', { value }, text)));
  menu.value = chosen ?? '';
}
