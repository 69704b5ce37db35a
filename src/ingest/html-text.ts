/**
 * HTML → the article's title, main text and publication date. Readability picks the main content; its HTML is
 * turned into text with a line break after each block, and that text is what rasd stores and codes, so every
 * evidence span points into it. Scripts, styles and markup never reach the stored text.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlArticle {
  title: string | null;
  text: string;
  published: string | null;
}

const BLOCKS = new Set(['P', 'DIV', 'BR', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'FIGCAPTION', 'PRE', 'TABLE', 'UL', 'OL']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG']);
const DATE_SELECTORS = ['meta[property="article:published_time"]', 'meta[name="pubdate"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]', 'time[datetime]'];

export function readHtmlArticle(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const published = publishedOf(document);
  const title = document.querySelector('title')?.textContent?.trim() || null;
  // Readability edits the document it reads: it gets its own copy.
  const main = new Readability(parseHTML(html).document as unknown as Document).parse();
  const content = main?.content ? parseHTML(`<!doctype html><html><body>${main.content}</body></html>`).document.body : document.body;
  return { title: main?.title?.trim() || title, text: content ? blockText(content as unknown as Node) : '', published };
}

/** An HTML fragment (a feed item's content) → its text, blocks on their own lines. */
export function fragmentText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return document.body ? blockText(document.body as unknown as Node) : '';
}

function blockText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
    if (node.nodeType !== 1 || SKIPPED.has((node as Element).tagName)) return;
    const isBlock = BLOCKS.has((node as Element).tagName);
    if (isBlock) parts.push('\n');
    node.childNodes.forEach(walk);
    if (isBlock) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

function publishedOf(document: { querySelector: (s: string) => Element | null }): string | null {
  for (const selector of DATE_SELECTORS) {
    const el = document.querySelector(selector);
    const value = el?.getAttribute('content') ?? el?.getAttribute('datetime');
    if (value) return value;
  }
  return null;
}
