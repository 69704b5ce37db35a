/** Loads data/text/char-map.json into a code-unit lookup table used by `normalize`. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { RasdError } from '../errors.js';

const rangeSchema = z.tuple([z.string().regex(/^[0-9A-F]{4}$/), z.string().regex(/^[0-9A-F]{4}$/), z.string()]);
const charMapSchema = z.object({
  fold: z.record(z.string().length(1), z.string()),
  delete_ranges: z.array(rangeSchema),
  space_ranges: z.array(rangeSchema),
});

/** table[codeUnit] is the replacement text, or undefined to keep the character as it is. */
export type FoldTable = ReadonlyArray<string | undefined>;

export function loadFoldTable(dataDir: string): FoldTable {
  const file = path.join(dataDir, 'text', 'char-map.json');
  const parsed = charMapSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new RasdError('data_file', `${file}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return buildFoldTable(parsed.data);
}

function buildFoldTable(map: z.infer<typeof charMapSchema>): FoldTable {
  const table: Array<string | undefined> = new Array(0x10000).fill(undefined);
  const foldChars = (s: string): string => [...s].map((c) => map.fold[c] ?? c).join('');
  for (let c = 0x41; c <= 0x5a; c++) table[c] = String.fromCharCode(c + 32);
  for (const [from, to] of Object.entries(map.fold)) table[from.charCodeAt(0)] = to;
  const deleted = new Set<number>();
  for (const [lo, hi] of map.delete_ranges) for (let c = parseInt(lo, 16); c <= parseInt(hi, 16); c++) deleted.add(c);
  const dropDeleted = (s: string) => [...s].filter((ch) => !deleted.has(ch.charCodeAt(0))).join('');
  // Presentation forms come from Unicode itself (NFKC), then take the same folds as ordinary letters.
  for (const [lo, hi] of [[0xfb50, 0xfdff], [0xfe70, 0xfefe]] as const) {
    for (let c = lo; c <= hi; c++) {
      const ch = String.fromCharCode(c);
      const nfkc = ch.normalize('NFKC');
      if (nfkc !== ch) table[c] = dropDeleted(foldChars(nfkc)).replace(/^ +| +$/g, '');
    }
  }
  for (const [lo, hi] of map.delete_ranges) fillRange(table, lo, hi, '');
  for (const [lo, hi] of map.space_ranges) fillRange(table, lo, hi, ' ');
  return table;
}

function fillRange(table: Array<string | undefined>, lo: string, hi: string, value: string): void {
  for (let c = parseInt(lo, 16); c <= parseInt(hi, 16); c++) table[c] = value;
}
