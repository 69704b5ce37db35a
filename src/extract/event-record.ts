/** The output contract of extraction: one ACLED-style event with its evidence. */
import type { Span } from '../text/span.js';

export type TimePrecision = 1 | 2 | 3;
export type GeoPrecision = 1 | 2 | 3;

export interface ActorRef {
  /** Stable registry id such as `ly.gna`, or null for a generic actor resolved only by name. */
  id: string | null;
  /** Canonical English name. */
  name: string;
  /** ACLED's name for the actor, as the CSV's actor columns carry it. */
  acled: string;
  /** The words of the article that name this actor. */
  mention: string;
  inter: number | null;
  country: string | null;
  span: Span;
}

export interface EventSpans {
  trigger: Span;
  actor1?: Span;
  actor2?: Span;
  place?: Span;
  date?: Span;
  fatalities?: Span;
  claimant?: Span;
}

/** One telling of the event: its sentence, its spans, and what that telling claims, so that two sides' accounts of
 * one event (the army's toll, the group's toll) are both kept. */
export interface EventEvidence {
  quote: string;
  sentence: Span;
  spans: EventSpans;
  /** Who this telling says says so (الناطق باسم الجيش), or null. */
  claimant: string | null;
  /** The deaths this telling counts (0 when it counts none). */
  fatalities: number;
}

export interface EventRecord {
  article_id: string | null;
  event_type: string;
  sub_event_type: string;
  cameo: string;
  event_date: string;
  time_precision: TimePrecision;
  actor1: ActorRef | null;
  actor2: ActorRef | null;
  assoc_actor_1: ActorRef[];
  assoc_actor_2: ActorRef[];
  fatalities: number;
  location: string | null;
  location_ar: string | null;
  admin1: string | null;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
  geo_precision: GeoPrecision | null;
  radius_km: number | null;
  claimant: string | null;
  source: string | null;
  notes: string;
  /** The first telling's sentence and spans; `evidence` lists every telling. */
  quote: string;
  spans: EventSpans;
  evidence: EventEvidence[];
  confidence: number;
  warnings: string[];
}

/** The article as rasd reads it. `published` is YYYY-MM-DD. */
export interface Article {
  id: string | null;
  published: string;
  title?: string;
  text: string;
  outlet?: string;
  url?: string;
}
