/**
 * RSS 2.0 or Atom XML → one article per item: title, link, date and the item's content as text. A document that
 * is neither is an error with what was found instead.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fragmentText } from './html-text.js';
import { toIsoDay } from './publication-date.js';
import { IngestError } from './ingest-error.js';

export interface FeedItem {
  /** The feed's own title (the outlet), when it gives one. */
  outlet: string | null;
  title: string | null;
  url: string | null;
  /** YYYY-MM-DD, or null when the item gives no readable date. */
  published: string | null;
  rawDate: string | null;
  text: string;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', isArray: (name) => name === 'item' || name === 'entry' || name === 'link' });

export function isFeed(xml: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/.test(xml.slice(0, 2000));
}

export function readFeedItems(xml: string): FeedItem[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new IngestError('bad_feed', `expected well-formed RSS or Atom XML, found an error at line ${valid.err.line}: ${valid.err.msg}`);
  const doc = parser.parse(xml) as Record<string, any>;
  const rssItems = doc.rss?.channel?.item ?? doc['rdf:RDF']?.item;
  if (Array.isArray(rssItems)) {
    const outlet = text(doc.rss?.channel?.title ?? doc['rdf:RDF']?.channel?.title);
    return rssItems.map((item: Record<string, unknown>) => {
      const rawDate = text(item.pubDate) ?? text(item['dc:date']);
      return { outlet, title: text(item.title), url: text((item.link as unknown[] | undefined)?.[0]), published: toIsoDay(rawDate), rawDate, text: fragmentText(text(item['content:encoded']) ?? text(item.description) ?? '') };
    });
  }
  const entries = doc.feed?.entry;
  if (doc.feed) {
    const outlet = text(doc.feed.title);
    return (Array.isArray(entries) ? entries : []).map((entry: Record<string, unknown>) => {
      const rawDate = text(entry.published) ?? text(entry.updated);
      const links = (entry.link as Array<Record<string, string>> | undefined) ?? [];
      const link = links.find((l) => !l['@rel'] || l['@rel'] === 'alternate')?.['@href'] ?? null;
      return { outlet, title: text(entry.title), url: link, published: toIsoDay(rawDate), rawDate, text: fragmentText(text(entry.content) ?? text(entry.summary) ?? '') };
    });
  }
  if (doc.rss) return [];
  throw new IngestError('bad_feed', `expected an <rss> or Atom <feed> document, found <${Object.keys(doc).find((k) => !k.startsWith('?')) ?? 'nothing'}>`);
}

/** An element's text whether the parser gave a string, a number or an object with attributes. */
function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'object') return text((value as Record<string, unknown>)['#text']);
  const s = String(value).trim();
  return s === '' ? null : s;
}
