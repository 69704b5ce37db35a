/** Decides whether a predicted actor is one of the names gold accepts for that side. */
import type { ActorRef } from '../extract/event-record.js';
import { foldName } from './fold-name.js';

export function actorMatches(predicted: ActorRef | null, accepted: readonly string[]): boolean {
  // An empty gold list means the article does not name this side, so only "no actor" is right.
  if (accepted.length === 0) return predicted === null;
  if (predicted === null) return false;
  const gold = accepted.map(foldName).filter((name) => name !== '');
  const names = [predicted.name, predicted.mention, predicted.id ?? ''].map(foldName).filter((name) => name !== '');
  if (names.some((name) => gold.includes(name))) return true;
  // The mention may carry a clitic or fewer words than gold lists ("لقوات الوفاق", "طالبان" for "حركة طالبان"); ل
  // before ال drops the alef ("للتحالف العربي" is ل + "التحالف العربي").
  const mention = foldName(predicted.mention).replace(/^[وف]?لل/, 'ال');
  return mention !== '' && gold.some((name) => name.includes(mention) || mention.includes(name));
}
