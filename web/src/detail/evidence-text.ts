/**
 * Article text with its evidence marked, built from the text and the UTF-16 spans alone: each evidence sentence
 * becomes a <span class="evidence">, each span inside it a <mark data-role>. All of it is text nodes, so whatever
 * the article contains is shown as written and never read as markup. (The API's own `highlighted` HTML is not used:
 * a page that inserted it would trust markup it did not build.)
 */
import type { StoredEvent } from '../api/types.js';
import { el } from '../dom.js';
import { t, type MessageKey } from '../i18n/i18n.js';

type Evidence = Pick<StoredEvent['evidence'][number], 'sentence' | 'spans'>;

/** One evidence sentence with its spans marked. */
export function markedSentence(text: string, evidence: Evidence): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const { start, end } = evidence.sentence;
  const marks = Object.entries(evidence.spans)
    .filter(([, span]) => span && span.start >= start && span.end <= end && span.end > span.start)
    .sort(([, a], [, b]) => a!.start - b!.start || b!.end - a!.end);
  let at = start;
  for (const [role, span] of marks) {
    // Spans may nest (a place inside the trigger phrase): the outer one is marked, the inner left plain.
    if (span!.start < at) continue;
    fragment.append(text.slice(at, span!.start), el('mark', { 'data-role': role, title: t(`role.${role}` as MessageKey) }, text.slice(span!.start, span!.end)));
    at = span!.end;
  }
  fragment.append(text.slice(at, end));
  return fragment;
}

/** The whole article, its evidence sentences highlighted in place (overlapping tellings are shown once). */
export function markedArticle(text: string, evidence: readonly Evidence[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const sentences = [...evidence].sort((a, b) => a.sentence.start - b.sentence.start);
  let at = 0;
  for (const e of sentences) {
    if (e.sentence.start < at) continue;
    fragment.append(text.slice(at, e.sentence.start), el('span', { class: 'evidence' }, markedSentence(text, e)));
    at = e.sentence.end;
  }
  fragment.append(text.slice(at));
  return fragment;
}
