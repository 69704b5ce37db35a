/** Reads a JSONL file and validates every line with a zod schema, failing on the first bad line. */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { EvalInputError } from './eval-input-error.js';

export interface JsonlLine<T> {
  value: T;
  /** 1-based line number, for error messages that point into the file. */
  line: number;
}

export function readJsonl<S extends z.ZodType>(path: string, schema: S): JsonlLine<z.infer<S>>[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (err) {
    throw new EvalInputError('eval_file', path, `expected a readable JSONL file, found ${String(err)}`);
  }
  const lines: JsonlLine<z.infer<S>>[] = [];
  content
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((text, index) => {
      // Blank lines carry no record; editors often leave one at the end.
      if (text.trim() === '') return;
      const line = index + 1;
      const where = `${path}:${line}`;
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (err) {
        throw new EvalInputError('eval_file', where, `expected one JSON object, found invalid JSON (${(err as Error).message})`);
      }
      const parsed = schema.safeParse(raw);
      if (!parsed.success) throw new EvalInputError('eval_file', where, describeIssues(parsed.error, raw));
      lines.push({ value: parsed.data, line });
    });
  return lines;
}

function describeIssues(error: z.ZodError, raw: unknown): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
      const found = issue.code === 'unrecognized_keys' ? '' : `, found ${preview(valueAt(raw, issue.path))}`;
      return `${path === '' ? 'record' : path.replace(/^\./, '')}: ${issue.message}${found}`;
    })
    .join('; ');
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function preview(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Two lines with one id would make a score depend on which line wins. */
export function requireUniqueIds<T extends { id: string }>(path: string, lines: JsonlLine<T>[], what: string): T[] {
  const firstLine = new Map<string, number>();
  return lines.map(({ value, line }) => {
    const earlier = firstLine.get(value.id);
    if (earlier !== undefined) {
      throw new EvalInputError('eval_file', `${path}:${line}`, `expected one ${what} per id, found id "${value.id}" again (first on line ${earlier})`);
    }
    firstLine.set(value.id, line);
    return value;
  });
}
