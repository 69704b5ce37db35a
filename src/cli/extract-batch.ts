/**
 * `rasd extract --input articles.jsonl`: one article a line in, one event a line out (with article_id). A bad line
 * is reported with its number and skipped; every other line is still processed.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { articleLineSchema, type EventRecord } from '../extract/index.js';
import type { Pipeline } from '../pipeline.js';
import { formatEvents, type OutputFormat } from '../output/index.js';

export interface BatchSummary {
  articles: number;
  events: number;
  failed: number;
}

export async function extractBatch(pipeline: Pipeline, path: string, format: OutputFormat, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<BatchSummary> {
  const summary: BatchSummary = { articles: 0, events: 0, failed: 0 };
  const collected: EventRecord[] = [];
  const input = path === '-' ? process.stdin : createReadStream(path, 'utf8');
  let lineNo = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNo++;
    if (line.trim() === '') continue;
    const problem = (reason: string) => {
      summary.failed++;
      err.write(`${path}:${lineNo}: ${reason}\n`);
    };
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      problem(`expected a JSON object, found invalid JSON (${(e as Error).message})`);
      continue;
    }
    const parsed = articleLineSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      problem(`field "${issue.path.join('.') || '(line)'}": ${issue.message}`);
      continue;
    }
    const result = pipeline.extract(parsed.data);
    if (result.rejection) {
      problem(`${result.rejection.code}: ${result.rejection.message}`);
      continue;
    }
    summary.articles++;
    summary.events += result.events.length;
    if (format === 'jsonl') out.write(formatEvents(result.events, 'jsonl'));
    else collected.push(...result.events);
  }
  if (format !== 'jsonl') out.write(formatEvents(collected, format));
  return summary;
}
