/**
 * One event in full: its coded fields, the tolls each source gave, and every supporting article — title, outlet,
 * date, link to the source — with the evidence spans highlighted in the original Arabic text.
 */
import { fetchArticle, fetchEvent } from '../api/client.js';
import type { EventWithArticles, StoredArticle, StoredEvent } from '../api/types.js';
import { el, replaceChildren, safeHttpUrl } from '../dom.js';
import { countryName, formatDay, formatNumber, label, language, t, type MessageKey } from '../i18n/i18n.js';
import { colourOfType } from '../map/event-colours.js';
import { markedArticle, markedSentence } from './evidence-text.js';

type ActorRef = NonNullable<StoredEvent['actor1']>;

export interface DetailCallbacks {
  onClose(): void;
  onShowControl(placeId: string): void;
  onShowOnMap(at: { longitude: number; latitude: number }): void;
}

export class EventDetail {
  readonly element = el('section', { class: 'event-detail', 'aria-live': 'polite' });
  private shownId: string | null = null;
  private loaded: { found: EventWithArticles; texts: Map<string, StoredArticle> } | null = null;
  private request: AbortController | null = null;

  constructor(private readonly callbacks: DetailCallbacks) {}

  /** Shows the event (fetching it unless already loaded); resolves once its articles are on screen. */
  async show(id: string | null): Promise<void> {
    if (id === this.shownId) return;
    this.request?.abort();
    this.shownId = id;
    this.loaded = null;
    if (!id) {
      replaceChildren(this.element);
      this.element.hidden = true;
      return;
    }
    this.element.hidden = false;
    replaceChildren(this.element, el('p', { class: 'loading' }, t('detail.loading')));
    const request = (this.request = new AbortController());
    try {
      const found = await fetchEvent(id, request.signal);
      const articles = await Promise.all(found.articles.map((a) => fetchArticle(a.id, request.signal)));
      this.loaded = { found, texts: new Map(articles.map((a) => [a.id, a])) };
      this.render();
    } catch (error) {
      if (request.signal.aborted) return;
      replaceChildren(this.element, this.closeButton(), el('p', { class: 'error' }, t('detail.error', { message: (error as Error).message })));
    }
  }

  /** Redraws in the current language. */
  render(): void {
    if (!this.loaded) return;
    const { found, texts } = this.loaded;
    const e = found.event;
    const swatch = el('span', { class: 'type-swatch', 'aria-hidden': 'true' });
    swatch.style.background = colourOfType(e.event_type);
    const place = (language() === 'ar' ? e.location_ar : null) ?? e.location;
    replaceChildren(
      this.element,
      this.closeButton(),
      el('h2', { class: 'detail-title', 'data-event-id': e.id }, swatch, `${label('subEventType', e.sub_event_type)} — ${place ?? countryName(e.country ?? '')}`),
      el('p', { class: 'detail-date' }, formatDay(e.event_date)),
      fields(e),
      el('p', { class: 'detail-actions' }, this.showOnMapButton(e), e.location_id ? this.controlButton(e.location_id, place ?? e.location_id) : null),
      el('h3', {}, t('detail.articles', { count: found.articles.length })),
      ...found.articles.map((meta) => articleView(meta, texts.get(meta.id), found.event.evidence.filter((x) => x.article_id === meta.id))),
    );
  }

  private closeButton(): HTMLElement {
    const button = el('button', { type: 'button', class: 'close', 'aria-label': t('detail.close'), title: t('detail.close') }, '×');
    button.addEventListener('click', () => this.callbacks.onClose());
    return button;
  }

  private showOnMapButton(e: StoredEvent): HTMLElement | null {
    if (e.latitude === null || e.longitude === null) return null;
    const at = { longitude: e.longitude, latitude: e.latitude };
    const button = el('button', { type: 'button', class: 'show-on-map' }, t('detail.showOnMap'));
    button.addEventListener('click', () => this.callbacks.onShowOnMap(at));
    return button;
  }

  private controlButton(placeId: string, place: string): HTMLElement {
    const button = el('button', { type: 'button', class: 'show-control', 'data-place-id': placeId }, t('detail.controlHistory', { place }));
    button.addEventListener('click', () => this.callbacks.onShowControl(placeId));
    return button;
  }
}

function fields(e: StoredEvent): HTMLElement {
  const rows: Array<[MessageKey, Node | string | null]> = [
    ['detail.type', label('eventType', e.event_type)],
    ['detail.subType', label('subEventType', e.sub_event_type)],
    ['detail.timePrecision', t(`timePrecision.${e.time_precision}` as MessageKey)],
    ['detail.actor1', actor(e.actor1)],
    ['detail.assoc1', actors(e.assoc_actor_1)],
    ['detail.actor2', actor(e.actor2)],
    ['detail.assoc2', actors(e.assoc_actor_2)],
    ['detail.fatalities', formatNumber(e.fatalities)],
    ['detail.fatalityClaims', claims(e)],
    ['detail.location', [e.location_ar, e.location].filter(Boolean).join(' / ') || null],
    ['detail.admin1', e.admin1],
    ['detail.country', e.country ? countryName(e.country) : null],
    ['detail.coordinates', e.latitude !== null && e.longitude !== null ? `${e.latitude.toFixed(4)}, ${e.longitude.toFixed(4)}` : null],
    ['detail.geoPrecision', precision(e)],
    ['detail.claimant', e.claimant ?? t('detail.noClaimant')],
    ['detail.sources', `${formatNumber(e.num_sources)} / ${formatNumber(e.num_articles)}`],
    ['detail.confidence', formatNumber(Math.round(e.confidence * 100) / 100)],
    ['detail.warnings', e.warnings.length ? el('ul', {}, ...e.warnings.map((w) => el('li', {}, w))) : null],
    ['detail.notes', e.notes],
  ];
  const list = el('dl', { class: 'fields' });
  for (const [key, value] of rows) {
    if (value === null || value === '') continue;
    // dir=auto: a value in the other script (English notes on an Arabic page) keeps its own direction.
    list.append(el('dt', {}, t(key)), el('dd', { 'data-field': key.slice('detail.'.length), dir: 'auto' }, value));
  }
  return list;
}

function actor(a: ActorRef | null): Node | null {
  if (!a) return null;
  return el('span', { class: 'actor' }, el('span', { class: 'actor-name' }, a.name), ' ', el('bdi', { class: 'actor-mention', lang: 'ar' }, `«${a.mention}»`), a.acled !== a.name ? el('small', { class: 'actor-acled' }, ` ${a.acled}`) : null);
}

function actors(list: readonly ActorRef[]): Node | null {
  if (!list.length) return null;
  const fragment = document.createDocumentFragment();
  list.forEach((a, i) => fragment.append(...(i ? ['; '] : []), actor(a)!));
  return fragment;
}

function claims(e: StoredEvent): Node | null {
  if (e.fatality_claims.length < 2 && e.fatality_claims.every((c) => c.fatalities === e.fatalities)) return null;
  return el('ul', { class: 'claims' }, ...e.fatality_claims.map((c) => el('li', {}, t('detail.claim', { fatalities: c.fatalities, claimant: c.claimant ?? t('detail.noClaimant'), outlet: c.outlet ?? '—' }))));
}

function precision(e: StoredEvent): string {
  const base = e.latitude === null ? t('precision.none') : t(`precision.${e.geo_precision ?? 3}` as MessageKey);
  return e.radius_km ? `${base} (${t('detail.radius', { km: e.radius_km })})` : base;
}

function articleView(meta: EventWithArticles['articles'][number], article: StoredArticle | undefined, evidence: StoredEvent['evidence']): HTMLElement {
  const link = safeHttpUrl(meta.url);
  const text = article?.text ?? '';
  return el(
    'article',
    { class: 'source-article', 'data-article-id': meta.id },
    el('h4', { lang: 'ar', dir: 'auto' }, meta.title ?? t('detail.article')),
    el(
      'p',
      { class: 'article-meta' },
      meta.outlet ? el('bdi', { class: 'outlet' }, meta.outlet) : null,
      meta.outlet ? ' · ' : null,
      t('detail.published', { date: formatDay(meta.published) }),
      ' · ',
      link ? el('a', { href: link, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'source-link' }, t('detail.link')) : null,
      link ? ' · ' : null,
      el('a', { href: `/articles/${encodeURIComponent(meta.id)}`, class: 'stored-link', target: '_blank', rel: 'noopener' }, t('detail.storedText')),
    ),
    el('h5', {}, t('detail.evidence')),
    ...evidence.flatMap((x) => [
      el('blockquote', { class: 'evidence-quote', lang: 'ar', dir: 'rtl' }, markedSentence(text, x)),
      // Each telling keeps its own source and toll: two sides' accounts of one event may differ.
      el('p', { class: 'telling' }, t('detail.telling', { claimant: x.claimant ?? t('detail.noClaimant'), fatalities: x.fatalities })),
    ]),
    el('details', { class: 'full-text' }, el('summary', {}, t('detail.fullText')), el('p', { lang: 'ar', dir: 'rtl', class: 'article-text' }, markedArticle(text, evidence))),
  );
}
