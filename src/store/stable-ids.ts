/** Ids derived from content, never from arrival order: the same articles give the same ids on any machine. */
import { createHash } from 'node:crypto';
import type { EventRecord } from '../extract/index.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The hash ingest deduplicates on: the stored text, with Unicode composed the same way. */
export const contentHash = (text: string): string => sha256(text.normalize('NFC'));

export const articleIdOf = (hash: string): string => `a${hash.slice(0, 16)}`;

/** An event is named after its first mention in canonical order. */
export const eventIdOf = (articleId: string, idx: number): string => `e${sha256(`${articleId}#${idx}`).slice(0, 16)}`;

/** A generic actor has no registry id; its English name stands for one. */
export const actorIdOf = (actor: { id: string | null; name: string }): string => actor.id ?? `name:${actor.name}`;

export function locationIdOf(e: EventRecord): string | null {
  if (e.location === null) return null;
  return `p${sha256([e.country, e.admin1, e.location, e.latitude?.toFixed(4), e.longitude?.toFixed(4)].join('|')).slice(0, 12)}`;
}
