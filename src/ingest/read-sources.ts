/**
 * PATHs and URLs → candidate articles, each with where it came from (file, file:line, feed#item) or the reason it
 * cannot be one. Folders are walked in name order; a file's format comes from its extension, a URL's from its
 * content type (or its first bytes). One unreadable source never stops the others.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { articleLineSchema } from '../extract/index.js';
import type { NewArticle } from '../store/index.js';
import { isFeed, readFeedItems } from './feed-items.js';
import { readHtmlArticle } from './html-text.js';
import { IngestError } from './ingest-error.js';
import { toIsoDay } from './publication-date.js';

/** An article ready to code, the reason a piece of input cannot be one, or a file in a folder that is no article. */
export type Candidate = { origin: string; article: NewArticle } | { origin: string; problem: string } | { origin: string; passedOver: string };

export interface ReadOptions {
  /** The publication date of .txt files, and of pages and feed items that state none. */
  published?: string | undefined;
}

const FORMATS: Record<string, 'txt' | 'html' | 'jsonl' | 'feed'> = { '.txt': 'txt', '.html': 'html', '.htm': 'html', '.jsonl': 'jsonl', '.xml': 'feed', '.rss': 'feed', '.atom': 'feed' };
const FETCH_TIMEOUT_MS = 20_000;

export async function readSources(paths: readonly string[], options: ReadOptions = {}): Promise<Candidate[]> {
  const out: Candidate[] = [];
  for (const p of paths) {
    try {
      if (/^https?:\/\//i.test(p)) out.push(...(await readUrl(p, options)));
      else out.push(...readPath(p, options, true));
    } catch (e) {
      if (!(e instanceof IngestError)) throw e;
      out.push({ origin: p, problem: e.message });
    }
  }
  return out;
}

function readPath(p: string, options: ReadOptions, isNamed: boolean): Candidate[] {
  let stat;
  try {
    stat = statSync(p);
  } catch (e) {
    // Reported as this path's failure, so one unreadable file in a folder leaves its siblings in.
    return [{ origin: p, problem: `cannot read ${p}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` }];
  }
  if (stat.isDirectory()) {
    return readdirSync(p)
      .sort()
      .flatMap((name) => readPath(path.join(p, name), options, false));
  }
  const isGzip = p.toLowerCase().endsWith('.gz');
  const format = FORMATS[path.extname(isGzip ? p.slice(0, -3) : p).toLowerCase()];
  if (!format) {
    // A stray file in a folder (a README) is passed over; a named file of no known kind is the user's mistake.
    const problem = `expected .txt, .html, .jsonl (or any of them .gz) or an RSS/Atom .xml, found "${path.extname(p) || 'no extension'}"`;
    return [isNamed ? { origin: p, problem } : { origin: p, passedOver: problem }];
  }
  try {
    return readContent(p, readText(p, isGzip), format, options, null);
  } catch (e) {
    if (!(e instanceof IngestError)) throw e;
    return [{ origin: p, problem: e.message }];
  }
}

function readText(file: string, isGzip: boolean): string {
  if (!isGzip) return readFileSync(file, 'utf8');
  try {
    return gunzipSync(readFileSync(file)).toString('utf8');
  } catch (e) {
    throw new IngestError('bad_gzip', `expected gzip data in ${file}, found ${(e as Error).message}`);
  }
}

async function readUrl(url: string, options: ReadOptions): Promise<Candidate[]> {
  const { body, contentType } = await fetchText(url);
  const format = /xml|rss|atom/.test(contentType) || isFeed(body) ? 'feed' : 'html';
  return readContent(url, body, format, options, url);
}

async function fetchText(url: string): Promise<{ body: string; contentType: string }> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { 'user-agent': 'rasd' } });
  } catch (e) {
    throw new IngestError('unreachable', `cannot fetch ${url}: ${(e as Error).message}`);
  }
  if (!response.ok) throw new IngestError('unreachable', `cannot fetch ${url}: HTTP ${response.status}`);
  const contentType = response.headers.get('content-type') ?? '';
  // Many Arabic sites still serve windows-1256: decode by the charset the server names, UTF-8 otherwise.
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    throw new IngestError('unreadable', `cannot read ${url}: unknown charset "${charset}"`);
  }
  return { body: decoder.decode(await response.arrayBuffer()), contentType };
}

function readContent(origin: string, content: string, format: 'txt' | 'html' | 'jsonl' | 'feed', options: ReadOptions, url: string | null): Candidate[] {
  const body = content.replace(/^\uFEFF/, '');
  switch (format) {
    case 'txt':
      return [dated(origin, options.published ?? null, null, { source_id: path.basename(origin), title: null, text: body, outlet: null, url })];
    case 'html': {
      const page = readHtmlArticle(body);
      return [dated(origin, toIsoDay(page.published) ?? options.published ?? null, page.published, { source_id: url ?? path.basename(origin), title: page.title, text: page.text, outlet: url ? new URL(url).hostname : null, url })];
    }
    case 'feed':
      return readFeedItems(body).map((item, i) =>
        dated(`${origin}#${i + 1}`, item.published ?? options.published ?? null, item.rawDate, { source_id: item.url, title: item.title, text: item.text, outlet: item.outlet ?? (item.url ? hostOf(item.url) : null), url: item.url }),
      );
    case 'jsonl':
      return body.split('\n').flatMap((line, i) => (line.trim() === '' ? [] : [jsonlCandidate(`${origin}:${i + 1}`, line, options.published ?? null)]));
  }
}

function jsonlCandidate(origin: string, line: string, published: string | null): Candidate {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (e) {
    return { origin, problem: `expected a JSON object, found invalid JSON (${(e as Error).message})` };
  }
  // A line without a date takes --published, as a page or feed item does.
  const record = json !== null && typeof json === 'object' ? (json as Record<string, unknown>) : null;
  if (record && (record.published === null || record.published === undefined)) {
    if (!published) return undated(origin, null);
    json = { ...record, published };
  }
  const parsed = articleLineSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { origin, problem: `field "${issue.path.join('.') || '(line)'}": ${issue.message}` };
  }
  const a = parsed.data;
  return { origin, article: { source_id: a.id, published: a.published, title: a.title ?? null, text: a.text, outlet: a.outlet ?? null, url: a.url ?? null } };
}

/** Without a publication date no relative date (أمس، الخميس) can be resolved: that is a failure, with the fix. */
function dated(origin: string, published: string | null, rawDate: string | null, article: Omit<NewArticle, 'published'>): Candidate {
  return published ? { origin, article: { ...article, published } } : undated(origin, rawDate);
}

function undated(origin: string, rawDate: string | null): Candidate {
  const found = rawDate ? `"${rawDate}", which is not a date` : 'none';
  return { origin, problem: `expected a publication date, found ${found}: give --published YYYY-MM-DD` };
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}
