/** What the store keeps and serves: articles with their text, mentions (one article's telling) and merged events. */
import type { EventEvidence, EventRecord } from '../extract/index.js';

/** An article as ingest hands it to the store: `published` is YYYY-MM-DD, `text` what every span points into. */
export interface NewArticle {
  source_id: string | null;
  published: string;
  title: string | null;
  text: string;
  outlet: string | null;
  url: string | null;
}

export interface StoredArticle extends NewArticle {
  id: string;
  content_hash: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** One article's telling of an event, as extraction coded it. */
export interface Mention {
  article_id: string;
  idx: number;
  outlet: string | null;
  record: EventRecord;
}

/** One article's figure for the toll, kept beside the one the event carries. */
export interface FatalityClaim {
  article_id: string;
  outlet: string | null;
  fatalities: number;
  claimant: string | null;
}

export interface StoredEvidence extends EventEvidence {
  article_id: string;
}

/** An event merged from every article that reports it; `article_id` is the article its coded fields come from. */
export interface EventContent extends Omit<EventRecord, 'evidence'> {
  id: string;
  location_id: string | null;
  num_sources: number;
  num_articles: number;
  article_ids: string[];
  fatality_claims: FatalityClaim[];
  evidence: StoredEvidence[];
}

export interface StoredEvent extends EventContent {
  created_at: string;
  updated_at: string;
  /** Set when the event was merged into another or its articles were deleted; only `since` queries return these. */
  deleted_at: string | null;
}

export interface StoredActor {
  id: string;
  name: string;
  acled: string;
  inter: number | null;
  country: string | null;
  events: number;
}

/** Who took a locality and when, from the territory events coded at it, oldest first. */
export interface PlaceControl {
  place: { id: string; name: string; name_ar: string | null; admin1: string | null; country: string | null; latitude: number | null; longitude: number | null };
  control: Array<{ from: string; controller: string | null; controller_id: string | null; sub_event_type: string; event_id: string }>;
}
