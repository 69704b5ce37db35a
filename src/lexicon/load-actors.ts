/**
 * Loads and cross-checks every actor file. One alias names one actor, unless the two actors belong to different
 * countries (the article's country decides) or their dates do not overlap.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DataFileError } from '../tsv.js';
import { actorFileSchema, type Actor } from './actor-schema.js';

export interface ActorAlias {
  actor: Actor;
  /** The alias as written in the data file. */
  alias: string;
  isPejorative: boolean;
}

export function loadActors(dir: string, fold: (s: string) => string): { actors: Actor[]; aliases: Map<string, ActorAlias[]> } {
  const actors: Actor[] = [];
  const aliases = new Map<string, ActorAlias[]>();
  const ids = new Set<string>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const file = path.join(dir, name);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new DataFileError(file, 1, `expected JSON, found a syntax error: ${(e as Error).message}`);
    }
    const parsed = actorFileSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new DataFileError(file, 1, `at ${issue.path.join('.')}: ${issue.message}`);
    }
    parsed.data.actors.forEach((actor, index) => {
      const where = `entry ${index + 1} (${actor.id})`;
      if (ids.has(actor.id)) throw new DataFileError(file, 1, `${where}: id already used by another actor`);
      ids.add(actor.id);
      actors.push(actor);
      const own = new Set<string>();
      for (const [alias, isPejorative] of [...actor.names.map((n) => [n, false] as const), ...actor.pejoratives.map((n) => [n, true] as const)]) {
        const key = fold(alias);
        if (own.has(key)) continue;
        own.add(key);
        const list = aliases.get(key) ?? [];
        const clash = list.find((other) => other.actor.country === actor.country && datesOverlap(other.actor, actor));
        if (clash) throw new DataFileError(file, 1, `${where}: alias "${alias}" also belongs to ${clash.actor.id}`);
        list.push({ actor, alias, isPejorative });
        aliases.set(key, list);
      }
    });
  }
  return { actors, aliases };
}

function datesOverlap(a: Actor, b: Actor): boolean {
  const aFrom = a.valid_from ?? '0000-00-00';
  const aTo = a.valid_to ?? '9999-99-99';
  const bFrom = b.valid_from ?? '0000-00-00';
  const bTo = b.valid_to ?? '9999-99-99';
  return aFrom < bTo && bFrom < aTo;
}
