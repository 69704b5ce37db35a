/** Reads rasd's TSV data files: a header row, `#` comments, one entry per line. */
import { readFileSync } from 'node:fs';
import { RasdError } from './errors.js';

export class DataFileError extends RasdError {
  constructor(
    readonly file: string,
    readonly line: number,
    problem: string,
  ) {
    super('data_file', `${file}:${line}: ${problem}`);
  }
}

export interface TsvRow {
  line: number;
  cells: Record<string, string>;
}

/** Rows keyed by header name; fails on a missing required column or a row with the wrong number of cells. */
export function readTsv(file: string, required: readonly string[]): TsvRow[] {
  const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  let header: string[] | null = null;
  const rows: TsvRow[] = [];
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cells = raw.split('\t');
    if (!header) {
      header = cells.map((c) => c.trim());
      const missing = required.filter((r) => !header!.includes(r));
      if (missing.length) throw new DataFileError(file, line, `expected header columns ${required.join(', ')}, missing ${missing.join(', ')}`);
      return;
    }
    if (cells.length > header.length) {
      throw new DataFileError(file, line, `expected at most ${header.length} tab-separated cells, found ${cells.length}`);
    }
    const record: Record<string, string> = {};
    header.forEach((name, i) => (record[name] = (cells[i] ?? '').trim()));
    for (const r of required) {
      if (record[r] === '') throw new DataFileError(file, line, `column "${r}" is empty`);
    }
    rows.push({ line, cells: record });
  });
  if (!header) throw new DataFileError(file, 1, 'expected a header row, found an empty file');
  return rows;
}

/** `a|b|c` → ['a','b','c'], dropping empty parts. */
export function splitVariants(cell: string | undefined): string[] {
  return (cell ?? '').split('|').map((s) => s.trim()).filter(Boolean);
}
