/** An actor alias + the article's date and countries → one actor, as an ActorRef naming the words used. */
import type { ActorAlias } from '../lexicon/index.js';
import type { ActorRef } from './event-record.js';
import type { Span } from '../text/index.js';

export interface ActorMention {
  first: number;
  last: number;
  /** Clitic characters before the name in its first token (ل in لقوات). */
  prefixLength: number;
  ref: ActorRef;
  /** True when the alias was the enemy's word for the actor (مليشيا حفتر). */
  isPejorative: boolean;
}

/** ACLED inter codes of armed actors: state forces, rebels, political and identity militias, external forces. */
const ARMED_INTER = new Set([1, 2, 3, 4, 8]);

export function isArmed(ref: ActorRef | null | undefined): boolean {
  return ref !== null && ref !== undefined && ARMED_INTER.has(ref.inter ?? 0);
}

/** Among actors sharing an alias: valid on the article's date, then in the article's strongest country. */
export function chooseActor(aliases: readonly ActorAlias[], published: string, countryWeights: ReadonlyMap<string, number>): ActorAlias | null {
  const valid = aliases.filter((a) => (a.actor.valid_from ?? '') <= published && published <= (a.actor.valid_to ?? '9999'));
  let best: ActorAlias | null = null;
  let bestWeight = -1;
  for (const a of valid) {
    const w = a.actor.country ? (countryWeights.get(a.actor.country) ?? 0) : 0;
    if (w > bestWeight) [best, bestWeight] = [a, w];
  }
  return best;
}

/** Generic actors (country null) take the article's country into their ACLED name: "Police Forces of Libya". */
export function toActorRef(alias: ActorAlias, mention: string, span: Span, topCountry: string | null, countryName: (iso2: string) => string | undefined): ActorRef {
  const { actor } = alias;
  const country = actor.country ?? topCountry;
  const fill = (template: string) => template.replace('{country}', (country && countryName(country)) ?? 'Unknown');
  const acled = fill(actor.acled ?? actor.name);
  return { id: actor.id, name: actor.country === null && actor.acled ? acled : fill(actor.name), acled, mention, inter: actor.inter, country, span };
}
