/**
 * Countries named as the side that acts: "قصفت تركيا…", "أعلنت إسرائيل…", "مقاتلات روسية", "غارة أمريكية". A
 * country's name not placed by a preposition ("في سوريا" is a place), or its adjective right after a weapon or an
 * event word, stands for that state's military forces (inter 1), unless it is part of a longer place name, of the
 * dateline ("القاهرة، مصر (CNN)"), or follows a place cue ("العاصمة عمان") or a word that makes it a place or a
 * relation ("من اليمن", "الموالية لإيران": cues/country-relations.tsv).
 */
import type { GazetteerHit } from '../gazetteer/index.js';
import type { PhraseMatch } from '../lexicon/index.js';
import { hitSpan, type ArticleDoc } from './article-doc.js';
import { isDateline, isPlacedByWordBefore } from './place-support.js';
import type { ActorMention } from './resolve-actor.js';

export function findCountryActors(doc: ArticleDoc, gazetteerMatches: readonly PhraseMatch<GazetteerHit>[], named: readonly ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  const inNamedActor = (first: number, last: number) => named.some((a) => a.first <= last && a.last >= first);
  const endsBefore = (first: number) => (h: { last: number }) => h.last === first - 1;
  // "بحيرة تشاد", "خليج عدن": a country's name inside a longer place name is part of that place.
  const inLongerPlace = (m: PhraseMatch<GazetteerHit>) =>
    gazetteerMatches.some((o) => o !== m && o.first <= m.first && o.last >= m.last && o.last - o.first > m.last - m.first && o.payloads.some((p) => p.kind === 'place'));
  for (const m of gazetteerMatches) {
    for (const p of m.payloads) {
      // "داخل الأراضي السورية" is a place, not Syria's army.
      const afterTerritoryNoun = doc.hits['territory-noun'].some(endsBefore(m.first));
      // "العاصمة عمان", "مدينة الكويت": after a place cue the name is the town.
      const related = doc.hits['country-relation'].some(endsBefore(m.first)) || doc.hits['place-cue'].some(endsBefore(m.first));
      if (p.kind !== 'country' || inNamedActor(m.first, m.last) || inLongerPlace(m) || afterTerritoryNoun || related || isInDateline(doc, m.first, m.last)) continue;
      const isActor = p.isName
        ? !isPlacedByWordBefore(doc, m)
        : doc.hits.instrument.some(endsBefore(m.first)) || doc.hits.trigger.some(endsBefore(m.first));
      if (!isActor) continue;
      const span = hitSpan(doc, m);
      const name = `Military Forces of ${p.country.name}`;
      out.push({
        first: m.first,
        last: m.last,
        prefixLength: m.offset,
        isPejorative: false,
        ref: { id: `state.${p.country.iso2.toLowerCase()}`, name, acled: name, mention: doc.nt.original.slice(span.start, span.end), inter: 1, country: p.country.iso2, span },
      });
    }
  }
  return out;
}

/** How many words of a dateline may come before a country's name in it: "دبي، الإمارات العربية المتحدة (CNN)". */
const DATELINE_LEAD = 3;

/** The name is in the article's dateline (a line opening "City، Country (Agency) —"). */
function isInDateline(doc: ArticleDoc, first: number, last: number): boolean {
  for (let k = first; k >= Math.max(0, first - DATELINE_LEAD); k--) {
    const opensLine = k === 0 || doc.nt.text.slice(doc.tokens[k - 1]!.end, doc.tokens[k]!.start).includes('\n');
    if (opensLine) return isDateline(doc, k, last);
  }
  return false;
}
