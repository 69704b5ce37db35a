/**
 * The map: offline basemap, clustered events (or, in control mode, localities by controller), navigation controls on
 * the side the reading direction starts from. The map itself is never mirrored in Arabic — geography has no
 * reading direction — only its controls move.
 */
import { LngLatBounds, Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl, type GeoJSONSource, type MapLayerMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { ListedEvent, PlaceControl } from '../api/types.js';
import { isRtl } from '../i18n/i18n.js';
import type { MapMode } from '../state/view-state.js';
import { BASEMAP_STYLE } from './basemap.js';
import { ClusterMarkers } from './cluster-markers.js';
import { addControlLayer, CONTROL_LAYER, CONTROL_SOURCE, controlFeatures } from './control-layer.js';
import { addEventLayers, EVENT_POINT_LAYERS, EVENTS_SOURCE, setEventLayersVisible, toEventFeatures } from './event-layers.js';

// The bundle moves MapLibre's code; its worker is a file of our own build, served from our origin.
setWorkerUrl(workerUrl);

export interface EventMapCallbacks {
  onEventClick(id: string): void;
  onPlaceClick(id: string): void;
}

/** Middle East and North Africa, before any event is known. */
const DEFAULT_VIEW = { center: [30, 25] as [number, number], zoom: 2.6 };

export class EventMap {
  readonly map: MapLibreMap;
  private readonly ready: Promise<void>;
  private readonly clusters: ClusterMarkers;
  private navigation: NavigationControl | null = null;
  private scale: ScaleControl | null = null;

  constructor(container: HTMLElement, callbacks: EventMapCallbacks) {
    this.map = new MapLibreMap({ container, style: BASEMAP_STYLE, ...DEFAULT_VIEW, attributionControl: { compact: true }, dragRotate: false, pitchWithRotate: false, fadeDuration: 0 });
    this.map.touchZoomRotate.disableRotation();
    this.clusters = new ClusterMarkers(this.map);
    this.placeControls();
    // Data layers can be added as soon as the style is parsed; waiting for 'load' would wait for the outlines too.
    this.ready = new Promise<void>((resolve) => {
      const addLayers = () => {
        addEventLayers(this.map);
        addControlLayer(this.map);
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

  /** Zoom buttons sit at the top of the side a reader starts from: left in Arabic, right in English. */
  placeControls(): void {
    if (this.navigation) this.map.removeControl(this.navigation);
    if (this.scale) this.map.removeControl(this.scale);
    this.navigation = new NavigationControl({ showCompass: false });
    this.scale = new ScaleControl({ unit: 'metric' });
    this.map.addControl(this.navigation, isRtl() ? 'top-left' : 'top-right');
    this.map.addControl(this.scale, isRtl() ? 'bottom-right' : 'bottom-left');
    this.clusters.clear();
  }

  async showEvents(events: readonly ListedEvent[], fit: boolean): Promise<void> {
    await this.ready;
    const data = toEventFeatures(events);
    (this.map.getSource(EVENTS_SOURCE) as GeoJSONSource).setData(data);
    if (fit && data.features.length) {
      const bounds = new LngLatBounds();
      for (const f of data.features) bounds.extend(f.geometry.coordinates as [number, number]);
      this.map.fitBounds(bounds, { padding: 60, maxZoom: 7, duration: 0 });
    }
    await this.idle();
  }

  async showControl(places: readonly PlaceControl[], day: string): Promise<void> {
    await this.ready;
    (this.map.getSource(CONTROL_SOURCE) as GeoJSONSource).setData(controlFeatures(places, day));
    await this.idle();
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
