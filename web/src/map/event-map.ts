/**
 * The map: offline basemap, clustered events (or, in control mode, localities by controller), and its controls. The
 * map itself is never mirrored in Arabic — geography has no reading direction — only its controls move.
 */
import { AttributionControl, LngLatBounds, Map as MapLibreMap, NavigationControl, prewarm, ScaleControl, setWorkerCount, setWorkerUrl, type GeoJSONSource, type MapLayerMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { ListedEvent, PlaceControl } from '../api/types.js';
import { isRtl } from '../i18n/i18n.js';
import type { MapMode } from '../state/view-state.js';
import { addFineOutlinesWhenZoomedIn, BASEMAP_STYLE } from './basemap.js';
import { ClusterMarkers } from './cluster-markers.js';
import { addControlLayer, CONTROL_LAYER, CONTROL_SOURCE, controlFeatures } from './control-layer.js';
import { addEventLayers, EVENT_POINT_LAYERS, EVENTS_SOURCE, LOWEST_DATA_LAYER, selectEvent, setEventLayersVisible, toEventFeatures } from './event-layers.js';

// The bundle moves MapLibre's code; its worker is a file of our own build, served from our origin. Two workers (the
// machines this runs on may have no GPU, and the map's tiling is then the slow part), started now, while the page
// builds its panels, rather than when the map is made.
setWorkerUrl(workerUrl);
setWorkerCount(2);
prewarm();

export interface EventMapCallbacks {
  onEventClick(id: string): void;
  onPlaceClick(id: string): void;
}

/** Middle East and North Africa, before any event is known. */
const DEFAULT_VIEW = { center: [30, 25] as [number, number], zoom: 2.6 };
// The key covers the map's top edge: events are fitted below it.
const FIT = { padding: { top: 90, bottom: 40, left: 50, right: 50 }, maxZoom: 7 };

export class EventMap {
  readonly map: MapLibreMap;
  private readonly ready: Promise<void>;
  private readonly clusters: ClusterMarkers;
  private navigation: NavigationControl | null = null;
  private scale: ScaleControl | null = null;
  private attribution: AttributionControl | null = null;
  /** The ids last drawn, so drawing the same events again costs nothing. */
  private drawnKey: string | null = null;

  /**
   * `initialEvents`, when the page has them already, are drawn in the map's first frames at their own extent: in
   * software WebGL every frame is dear, and a default view drawn and then refitted would double them.
   */
  constructor(container: HTMLElement, callbacks: EventMapCallbacks, initialEvents: readonly ListedEvent[] = []) {
    const initial = toEventFeatures(initialEvents);
    const bounds = boundsOf(initial.features.map((f) => f.geometry.coordinates as [number, number]));
    const camera = bounds ? { bounds, fitBoundsOptions: FIT } : DEFAULT_VIEW;
    this.map = new MapLibreMap({ container, style: BASEMAP_STYLE, ...camera, attributionControl: false, dragRotate: false, pitchWithRotate: false, fadeDuration: 0 });
    this.map.touchZoomRotate.disableRotation();
    // Until its first complete frame the canvas stays hidden: a browser without a GPU copies every visible WebGL frame
    // back for its compositor, and the half-loaded frames before the first idle would each cost that copy.
    this.map.getCanvas().style.visibility = 'hidden';
    this.map.once('idle', () => (this.map.getCanvas().style.visibility = ''));
    this.clusters = new ClusterMarkers(this.map);
    this.placeControls();
    // Data layers can be added as soon as the style is parsed; waiting for 'load' would wait for the outlines too.
    this.ready = new Promise<void>((resolve) => {
      const addLayers = () => {
        addEventLayers(this.map);
        if (initial.features.length) {
          (this.map.getSource(EVENTS_SOURCE) as GeoJSONSource).setData(initial);
          this.drawnKey = keyOf(initialEvents);
        }
        addControlLayer(this.map);
        addFineOutlinesWhenZoomedIn(this.map, LOWEST_DATA_LAYER);
        resolve();
      };
      if (this.map.isStyleLoaded()) addLayers();
      else this.map.once('style.load', addLayers);
    });
    for (const layer of EVENT_POINT_LAYERS) {
      this.map.on('click', layer, (e: MapLayerMouseEvent) => {
        const id = e.features?.[0]?.properties?.id;
        if (typeof id === 'string') callbacks.onEventClick(id);
      });
      this.pointerOn(layer);
    }
    this.map.on('click', CONTROL_LAYER, (e: MapLayerMouseEvent) => {
      const id = e.features?.[0]?.properties?.place_id;
      if (typeof id === 'string') callbacks.onPlaceClick(id);
    });
    this.pointerOn(CONTROL_LAYER);
  }

  /**
   * The map's chrome is mirrored with the page: zoom buttons at the top of the inline end (right in English, left in
   * Arabic), the scale at the bottom of the inline start, the attribution at the bottom of the inline end.
   */
  placeControls(): void {
    for (const control of [this.navigation, this.scale, this.attribution]) if (control) this.map.removeControl(control);
    this.navigation = new NavigationControl({ showCompass: false });
    this.scale = new ScaleControl({ unit: 'metric' });
    this.attribution = new AttributionControl({ compact: true });
    const [start, end] = isRtl() ? ['right', 'left'] : ['left', 'right'];
    this.map.addControl(this.navigation, `top-${end}` as 'top-left' | 'top-right');
    this.map.addControl(this.scale, `bottom-${start}` as 'bottom-left' | 'bottom-right');
    this.map.addControl(this.attribution, `bottom-${end}` as 'bottom-left' | 'bottom-right');
    this.clusters.clear();
  }

  async showEvents(events: readonly ListedEvent[], fit: boolean): Promise<void> {
    await this.ready;
    const key = keyOf(events);
    if (key === this.drawnKey) return this.idle();
    this.drawnKey = key;
    const data = toEventFeatures(events);
    (this.map.getSource(EVENTS_SOURCE) as GeoJSONSource).setData(data);
    const bounds = fit ? boundsOf(data.features.map((f) => f.geometry.coordinates as [number, number])) : null;
    if (bounds) this.map.fitBounds(bounds, { ...FIT, duration: 0 });
    await this.idle();
  }

  async showControl(places: readonly PlaceControl[], day: string, fit: boolean): Promise<void> {
    await this.ready;
    const data = controlFeatures(places, day);
    (this.map.getSource(CONTROL_SOURCE) as GeoJSONSource).setData(data);
    const bounds = fit ? boundsOf(data.features.map((f) => f.geometry.coordinates as [number, number])) : null;
    if (bounds) this.map.fitBounds(bounds, { ...FIT, duration: 0 });
    await this.idle();
  }

  /** Rings the open event; `fly` also brings it into view, zoomed in past the clusters. */
  async select(id: string | null, fly?: { longitude: number; latitude: number }): Promise<void> {
    await this.ready;
    selectEvent(this.map, id);
    if (fly) this.map.easeTo({ center: [fly.longitude, fly.latitude], zoom: Math.max(this.map.getZoom(), 9), duration: 600 });
  }

  async setMode(mode: MapMode): Promise<void> {
    await this.ready;
    setEventLayersVisible(this.map, mode === 'events');
    this.clusters.setEnabled(mode === 'events');
    this.map.setLayoutProperty(CONTROL_LAYER, 'visibility', mode === 'control' ? 'visible' : 'none');
  }

  /** Resolves once the map has drawn everything it was given (or after 3 s, so a stalled frame never hangs the app). */
  idle(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, 3000);
      this.map.once('idle', () => {
        clearTimeout(timer);
        resolve();
      });
      this.map.triggerRepaint();
    });
  }

  private pointerOn(layer: string): void {
    this.map.on('mouseenter', layer, () => (this.map.getCanvas().style.cursor = 'pointer'));
    this.map.on('mouseleave', layer, () => (this.map.getCanvas().style.cursor = ''));
  }
}

function boundsOf(points: ReadonlyArray<[number, number]>): LngLatBounds | null {
  if (!points.length) return null;
  const bounds = new LngLatBounds();
  for (const p of points) bounds.extend(p);
  return bounds;
}

const keyOf = (events: readonly ListedEvent[]): string => events.map((e) => e.id).join(',');
