/**
 * Place mentions in text order → the ties between them: a place described by its distance and direction from the
 * next one ("ترهونة الواقعة على بعد 90 كلم جنوب شرق طرابلس"), a place between two ("بين X وY"), and a place near
 * the one a direction or "near" word puts before it ("جنوبي مدينة سرت").
 */
import { readDistance, type NumberReader } from '../text/index.js';
import type { ArticleDoc } from './article-doc.js';
import type { PlaceMention } from './place-mention.js';

/** Ties each place to the next one when only direction, distance and linking words stand between them. */
export function linkDescriptors(doc: ArticleDoc, mentions: PlaceMention[], numbers: NumberReader, units: ReadonlyMap<string, number>): void {
  const dirAt = new Map(doc.hits.direction.map((h) => [h.first, h]));
  const nearAt = new Map(doc.hits['place-cue'].filter((h) => h.value.kind === 'near').map((h) => [h.first, h]));
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const next = mentions[k + 1];
    if (next && isBetween(doc, m, next)) {
      m.between = next;
      next.isAnchor = true;
      continue;
    }
    let bearing: number | null = null;
    let km: number | null = null;
    let isNear = false;
    let ok = true;
    const end = next ? next.first : Math.min(doc.tokens.length, m.last + 8);
    for (let i = m.last + 1; i < end && ok; i++) {
      const dir = dirAt.get(i);
      const near = nearAt.get(i);
      const dist = readDistance(numbers, units, doc.tokens, i);
      if (dir) (bearing = dir.value), (i = dir.last);
      else if (near) (isNear = true), (i = near.last);
      else if (dist) (km = dist.km), (i = dist.last);
      else if (!doc.hits['place-link'].some((h) => h.first <= i && h.last >= i)) ok = false;
    }
    const hasDescriptor = bearing !== null || km !== null || isNear;
    if (next && ok && hasDescriptor && next.first - m.last <= 10) {
      m.relation = { anchor: next, bearing, km };
      next.isAnchor = true;
    }
  }
  // A direction or "near" word right before a place that describes nothing else: the event is near that place.
  for (const m of mentions) {
    if (m.isAnchor) continue;
    const dir = doc.hits.direction.find((h) => h.last === m.first - 1 || h.last === m.first - 2);
    const near = doc.hits['place-cue'].find((h) => h.value.kind === 'near' && (h.last === m.first - 1 || h.last === m.first - 2));
    const hit = dir ?? near;
    if (!hit) continue;
    m.isNear = true;
    m.bearing = dir ? dir.value : null;
    m.first = hit.first;
  }
}

/** "بين مدينة حلب وبلدة الباب": the first place carries the between cue (or follows one), the second joins it with و. */
function isBetween(doc: ArticleDoc, m: PlaceMention, next: PlaceMention): boolean {
  const opens = m.cue?.kind === 'between' || doc.hits['place-cue'].some((h) => h.value.kind === 'between' && h.last === m.first - 1);
  return opens && next.first === m.last + 1 && doc.tokens[next.first]!.text.startsWith('و');
}

