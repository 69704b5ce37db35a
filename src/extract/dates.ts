/**
 * ArticleDoc + publication date → the temporal expressions of each sentence, and the date that governs a trigger:
 * the nearest expression before it in its sentence (else the first after it), else the publication day.
 */
import type { Span } from '../text/index.js';
import type { ArticleDoc } from './article-doc.js';
import { hasCommaBetween, hitSpan } from './article-doc.js';
import { addDays, dateWithoutYear, hijriToIso, hijriWithoutYear, isoOf, lastWeekday } from './calendar.js';

/** `offset`: clitic characters before the expression in its first token (و in وفي). */
interface Located {
  first: number;
  last: number;
  offset: number;
}

export type TemporalItem =
  /** `isNamed`: a weekday or a calendar day, not a word relative to the governing date (أمس، قبل يومين). */
  | (Located & { kind: 'date'; date: string; precision: 1 | 2 | 3; isNamed: boolean })
  /** غداة / عشية: the event after it is `days` days from the date governing the marker. */
  | (Located & { kind: 'anchor'; days: number })
  /** منذ + date, summaries, anniversaries, past years: what follows is not news. */
  | (Located & { kind: 'background'; cue: string });

export interface GoverningDate {
  date: string;
  precision: 1 | 2 | 3;
  span: Span | null;
  isBackground: boolean;
  /** True when the text dates the event; false when it falls back to the publication day. */
  isExplicit: boolean;
  /** Dated only by the day a source spoke ("قال مسعفون أمس إن …"): the event may be a day earlier. */
  isDayOfSaying: boolean;
}

/** How far after the event word its relative clause may open, and how far into it the clause's date may stand. */
const RELATIVE_OPENS = 3;
const RELATIVE_REACH = 5;

/** How many words after a future verb a weekday is still its day: "سيجتمع مجلس الأمن، يوم الأربعاء". */
const FUTURE_REACH = 5;

/** Temporal items in token order. */
export function findTemporalItems(doc: ArticleDoc, published: string): TemporalItem[] {
  const items: TemporalItem[] = [];
  const { hits, tokens } = doc;
  const parts = new Set(hits['date-word'].filter((h) => h.value.kind === 'part').map((h) => h.last));
  // A part of the day right before a day word widens its span: "في وقت متأخر الجمعة".
  const withParts = (h: { first: number; last: number; offset: number }): Located => {
    let start = { first: h.first, offset: h.offset };
    for (let part = partEndingAt(start.first - 1); part; part = partEndingAt(start.first - 1)) start = { first: part.first, offset: part.offset };
    return { ...start, last: h.last };
  };
  const partEndingAt = (last: number) => (parts.has(last) ? hits['date-word'].find((h) => h.last === last) : undefined);
  // "سيجتمع مجلس الأمن، يوم الأربعاء": a weekday a future verb governs is a day to come, and dates no event.
  const isFuture = (h: { first: number }) =>
    hits.negation.some((n) => n.value === 'future' && n.last < h.first && h.first - n.last <= FUTURE_REACH && doc.sentenceOf[n.first] === doc.sentenceOf[h.first]);
  for (const h of hits.weekday) if (!isFuture(h)) items.push({ kind: 'date', ...withParts(h), date: lastWeekday(published, h.value), precision: 1, isNamed: true });
  for (const h of hits['date-word']) {
    const w = h.value;
    if (w.kind === 'part') continue;
    if (w.kind === 'anchor-after' || w.kind === 'anchor-before') items.push({ kind: 'anchor', first: h.first, last: h.last, offset: h.offset, days: w.offset });
    else items.push({ kind: 'date', ...withParts(h), date: addDays(published, w.offset), precision: w.precision, isNamed: false });
  }
  for (const m of hits.month) {
    const dayToken = tokens[m.first - 1];
    const day = dayToken?.isNumber ? Number(dayToken.text) : NaN;
    let last = m.last;
    // "أبريل/ نيسان": the second month name of the pair belongs to the same date.
    const twin = hits.month.find((o) => o.first === last + 1 && o.value === m.value);
    if (twin) last = twin.last;
    const yearToken = tokens[last + 1];
    const year = yearToken?.isNumber && /^(19|20)\d\d$/.test(yearToken.text) ? Number(yearToken.text) : null;
    if (year) last += 1;
    const first = day >= 1 && day <= 31 ? m.first - 1 : m.first;
    if (items.some((i) => i.first <= m.first && i.last >= m.first)) continue;
    // "في محافظة إب": a month name with no day, right after a place cue, is the place.
    if (first === m.first && hits['place-cue'].some((c) => c.last === m.first - 1)) continue;
    const date = first < m.first
      ? (year ? isoOf(year, m.value, day) : dateWithoutYear(published, m.value, day))
      : year ? isoOf(year, m.value, 1) : dateWithoutYear(published, m.value, 1);
    if (date) items.push({ kind: 'date', first, last, offset: first < m.first ? 0 : m.offset, date, precision: first < m.first ? 1 : 3, isNamed: true });
  }
  for (const m of hits['hijri-month']) {
    const dayToken = tokens[m.first - 1];
    const day = dayToken?.isNumber ? Number(dayToken.text) : NaN;
    if (!(day >= 1 && day <= 30) || items.some((i) => i.first <= m.first && i.last >= m.first)) continue;
    const yearToken = tokens[m.last + 1];
    const year = yearToken?.isNumber && /^1[34]\d\d$/.test(yearToken.text) ? Number(yearToken.text) : null;
    const date = year ? hijriToIso(year, m.value, day) : hijriWithoutYear(published, m.value, day);
    if (date) items.push({ kind: 'date', first: m.first - 1, last: year ? m.last + 1 : m.last, offset: 0, date, precision: 1, isNamed: true });
  }
  for (const h of hits.background) if (h.value !== 'since-then') items.push({ kind: 'background', first: h.first, last: h.last, offset: h.offset, cue: h.value });
  // A year alone ("عام 2017") that is not the publication's: the end of that year, far outside the news window.
  const pubYear = Number(published.slice(0, 4));
  tokens.forEach((t, i) => {
    const year = t.isNumber && /^(19|20)\d\d$/.test(t.text) ? Number(t.text) : 0;
    if (year && year < pubYear && !items.some((it) => it.first <= i && it.last >= i)) {
      items.push({ kind: 'date', first: i, last: i, offset: 0, date: `${year}-12-31`, precision: 3, isNamed: true });
    }
  });
  return mergePairs(items.sort((a, b) => a.first - b.first || b.last - a.last));
}

/**
 * "منذ 4 أبريل 2019": the date after منذ is where a past campaign began, so the pair is background.
 * "ليل الخميس إلى الجمعة": a night spanning two days is dated by the first.
 */
function mergePairs(items: TemporalItem[]): TemporalItem[] {
  const out: TemporalItem[] = [];
  for (const item of items) {
    const prev = out[out.length - 1];
    const isSince = prev?.kind === 'background' && prev.cue === 'since';
    const isOvernight = prev?.kind === 'date' && item.kind === 'date' && prev.precision === 1 && item.date === addDays(prev.date, 1);
    if (prev && (isSince || isOvernight) && item.first <= prev.last + 2) {
      prev.last = Math.max(prev.last, item.last);
      continue;
    }
    out.push(item);
  }
  return out;
}

/** How many words after a trigger a background word (منذ) may still date it: "القصف المستمر منذ أسبوع". */
const SINCE_AFTER_REACH = 8;

/** How many words after a claim verb ("قالت مصادر عسكرية السبت") a day is still the day of the saying. */
const CLAIM_DAY_REACH = 3;

export function governingDate(doc: ArticleDoc, items: readonly TemporalItem[], at: number, published: string): GoverningDate {
  const sentence = doc.sentenceOf[at]!;
  const inSentence = items.filter((i) => doc.sentenceOf[i.first] === sentence);
  const before = inSentence.filter((i) => i.last < at);
  // غداة / عشية date what follows them, never an event told before them.
  const after = inSentence.find((i) => i.first > at && i.kind !== 'anchor');
  const previous = before[before.length - 1];
  // "قالت مصادر عسكرية السبت إن … قتلوا … ليل الخميس": the day right after the claim is when it was said.
  const followsClaim = previous !== undefined && doc.hits.claim.some((c) => c.last < previous.first && previous.first - c.last <= CLAIM_DAY_REACH);
  const isClaimDay = followsClaim && after?.kind === 'date' && after.isNamed;
  // "تحاصر القوات المدينة منذ مايو 2023، وقصفت المدفعية المدينة اليوم": منذ ends with its clause.
  const isPastSince = previous?.kind === 'background' && after !== undefined && hasCommaBetween(doc, previous.last, at);
  // "الانفجارات التي وقعت في بلدة … بصمات جماعة تشن تمردا منذ 2009": a منذ far after the trigger dates another clause.
  const afterInReach = after && (after.kind !== 'background' || after.cue !== 'since' || after.first - at <= SINCE_AFTER_REACH) ? after : undefined;
  // "هجوم نيس الذي وقع في يوليو عام 2016": a date in the relative clause that opens right after the event word is its own.
  const relative = doc.hits.relative.find((r) => r.first > at && r.first - at <= RELATIVE_OPENS);
  const isOwnClause = relative !== undefined && after !== undefined && after.first > relative.last && after.first - relative.last <= RELATIVE_REACH && !hasCommaBetween(doc, at, after.first);
  const item = (isClaimDay || isPastSince || isOwnClause ? after : previous) ?? afterInReach;
  if (!item) return { date: published, precision: 1, span: null, isBackground: false, isExplicit: false, isDayOfSaying: false };
  const span = hitSpan(doc, item);
  if (item.kind === 'background') return { date: published, precision: 1, span, isBackground: true, isExplicit: true, isDayOfSaying: false };
  if (item.kind === 'date') return { date: item.date, precision: item.precision, span, isBackground: false, isExplicit: true, isDayOfSaying: followsClaim && item === previous };
  const anchor = governingDate(doc, items.filter((i) => i.last < item.first), item.first, published);
  return { ...anchor, date: addDays(anchor.date, item.days), span, isExplicit: true };
}
