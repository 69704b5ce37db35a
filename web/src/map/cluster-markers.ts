/**
 * Clusters drawn as HTML markers: a pie of the event types inside (a CSS conic gradient) with the count written in
 * the page's own font. The map itself draws no text, which is what keeps it free of glyph downloads.
 */
import { Marker, type GeoJSONSource, type Map as MapLibreMap } from 'maplibre-gl';
import { el } from '../dom.js';
import { EVENT_TYPE_NAMES } from '../filters/acled-taxonomy.js';
import { formatNumber, t } from '../i18n/i18n.js';
import { EVENT_TYPE_COLOURS, UNKNOWN_TYPE_COLOUR } from './event-colours.js';
import { EVENTS_SOURCE } from './event-layers.js';

const TYPE_COLOURS = [...EVENT_TYPE_NAMES.map((name) => EVENT_TYPE_COLOURS[name]), UNKNOWN_TYPE_COLOUR];

export class ClusterMarkers {
  private shown = new Map<number, Marker>();
  private enabled = true;

  constructor(private readonly map: MapLibreMap) {
    map.on('render', () => {
      if (this.enabled && map.getSource(EVENTS_SOURCE) && map.isSourceLoaded(EVENTS_SOURCE)) this.update();
    });
  }

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    if (!enabled) this.clear();
    else this.update();
  }

  /** Labels are in the interface language: a language switch redraws them. */
  clear(): void {
    for (const marker of this.shown.values()) marker.remove();
    this.shown.clear();
  }

  private update(): void {
    const next = new Map<number, Marker>();
    for (const feature of this.map.querySourceFeatures(EVENTS_SOURCE, { filter: ['has', 'point_count'] })) {
      const props = feature.properties as Record<string, number>;
      const id = props.cluster_id!;
      if (next.has(id)) continue; // a cluster straddling tiles comes once per tile
      const marker = this.shown.get(id) ?? this.create(id, props, (feature.geometry as GeoJSON.Point).coordinates as [number, number]);
      next.set(id, marker);
    }
    for (const [id, marker] of this.shown) if (!next.has(id)) marker.remove();
    this.shown = next;
  }

  private create(clusterId: number, props: Record<string, number>, at: [number, number]): Marker {
    const count = props.point_count ?? 0;
    const size = Math.round(28 + 10 * Math.log10(count));
    const button = el(
      'button',
      { type: 'button', class: `cluster${props.approximate === count ? ' cluster-approximate' : ''}`, 'aria-label': t('map.clusterLabel', { count, fatalities: props.fatalities ?? 0 }), 'data-count': count },
      el('span', { class: 'cluster-count' }, formatNumber(count)),
    );
    button.style.width = button.style.height = `${size}px`;
    button.style.background = pie(TYPE_COLOURS.map((colour, i) => [colour, props[`type${i}`] ?? 0]));
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      void (this.map.getSource(EVENTS_SOURCE) as GeoJSONSource).getClusterExpansionZoom(clusterId).then((zoom) => this.map.easeTo({ center: at, zoom }));
    });
    const marker = new Marker({ element: button }).setLngLat(at).addTo(this.map);
    this.shown.set(clusterId, marker);
    return marker;
  }
}

/** Shares of each colour as a conic gradient, starting at twelve o'clock. */
function pie(shares: Array<[string, number]>): string {
  const total = shares.reduce((sum, [, n]) => sum + n, 0) || 1;
  let at = 0;
  const stops = shares
    .filter(([, n]) => n > 0)
    .map(([colour, n]) => {
      const from = (at / total) * 360;
      at += n;
      return `${colour} ${from.toFixed(1)}deg ${((at / total) * 360).toFixed(1)}deg`;
    });
  return `conic-gradient(${stops.join(', ')})`;
}
