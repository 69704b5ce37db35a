/**
 * An evidence sentence + its spans → HTML with each span in <mark data-role="…">. Every character of the article
 * is escaped first: whatever the source page contained, only rasd's own <mark> tags reach a browser.
 */
import type { StoredEvidence } from '../store/index.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export function highlightEvidence(articleText: string, evidence: StoredEvidence): string {
  const { start, end } = evidence.sentence;
  const marks = Object.entries(evidence.spans)
    .filter(([, span]) => span.start >= start && span.end <= end && span.end > span.start)
    .sort(([, a], [, b]) => a.start - b.start || b.end - a.end);
  let html = '';
  let at = start;
  for (const [role, span] of marks) {
    // Spans may nest (a place inside a trigger phrase): the outer one is marked, the inner left plain.
    if (span.start < at) continue;
    html += escapeHtml(articleText.slice(at, span.start)) + `<mark data-role="${role}">${escapeHtml(articleText.slice(span.start, span.end))}</mark>`;
    at = span.end;
  }
  return html + escapeHtml(articleText.slice(at, end));
}
