/** Loads the TSV lexicons (triggers, cues, calendar, numbers, places) into typed entries, checking every value. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { NumberWord, NumberWordKind } from '../text/index.js';
import { DataFileError, readTsv, splitVariants, type TsvRow } from '../tsv.js';

export interface AcledType {
  subEventType: string;
  eventType: string;
  cameo: string;
}

export type TriggerFlag = 'territory' | 'refine' | 'needs-weapons' | 'needs-agreement-verb' | 'civilian-target' | 'kills' | 'damage';
const TRIGGER_FLAGS: readonly TriggerFlag[] = ['territory', 'refine', 'needs-weapons', 'needs-agreement-verb', 'civilian-target', 'kills', 'damage'];

export interface Trigger {
  phrase: string;
  subEventType: string;
  /** The ACLED event type of `subEventType`, before any refinement. */
  eventType: string;
  isStrong: boolean;
  flags: ReadonlySet<TriggerFlag>;
  example: string;
  file: string;
}

export interface Instrument {
  phrase: string;
  subEventType: string;
  priority: number;
  appliesTo: ReadonlySet<string>;
}

export interface DateWord {
  phrase: string;
  kind: 'day' | 'anchor-after' | 'anchor-before' | 'part' | 'week' | 'month';
  offset: number;
  precision: 1 | 2 | 3;
}

export interface PlaceCue {
  phrase: string;
  kind: string;
  precision: 1 | 2 | 3;
}

/** One spelling of a list entry with the file and line it came from, for error messages and `check:data`. */
export interface Spelling<T> {
  text: string;
  value: T;
  file: string;
  line: number;
  example?: string;
}

function spellings<T>(file: string, rows: TsvRow[], column: string, value: (row: TsvRow) => T): Spelling<T>[] {
  return rows.flatMap((row) =>
    splitVariants(row.cells[column]).map((text) => ({ text, value: value(row), file, line: row.line, example: row.cells.example || undefined })),
  );
}

function oneOf<T extends string>(file: string, row: TsvRow, column: string, allowed: readonly T[]): T {
  const v = row.cells[column] as T;
  if (!allowed.includes(v)) throw new DataFileError(file, row.line, `column "${column}": expected one of ${allowed.join(', ')}, found "${v}"`);
  return v;
}

function numberCell(file: string, row: TsvRow, column: string): number {
  const v = Number(row.cells[column]);
  if (!Number.isFinite(v)) throw new DataFileError(file, row.line, `column "${column}": expected a number, found "${row.cells[column]}"`);
  return v;
}

const precisionCell = (file: string, row: TsvRow, column: string) => Number(oneOf(file, row, column, ['1', '2', '3'])) as 1 | 2 | 3;

export function loadAcledTypes(file: string): Map<string, AcledType> {
  return new Map(
    readTsv(file, ['sub_event_type', 'event_type', 'cameo']).map(({ cells }) => [
      cells.sub_event_type!,
      { subEventType: cells.sub_event_type!, eventType: cells.event_type!, cameo: cells.cameo! },
    ]),
  );
}

export function loadTriggers(dir: string, acledTypes: ReadonlyMap<string, AcledType>): Spelling<Trigger>[] {
  return readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort().flatMap((name) => {
    const file = path.join(dir, name);
    const rows = readTsv(file, ['phrase', 'sub_event_type', 'strength']);
    return spellings(file, rows, 'phrase', (row) => {
      const sub = row.cells.sub_event_type!;
      if (!acledTypes.has(sub)) throw new DataFileError(file, row.line, `unknown sub_event_type "${sub}"; expected one of ${[...acledTypes.keys()].join(', ')}`);
      const flags = splitVariants(row.cells.flags?.replace(/,/g, '|'));
      for (const f of flags) if (!TRIGGER_FLAGS.includes(f as TriggerFlag)) throw new DataFileError(file, row.line, `unknown flag "${f}"; expected ${TRIGGER_FLAGS.join(', ')}`);
      return {
        phrase: row.cells.phrase!,
        subEventType: sub,
        eventType: acledTypes.get(sub)!.eventType,
        isStrong: oneOf(file, row, 'strength', ['strong', 'weak']) === 'strong',
        flags: new Set(flags as TriggerFlag[]),
        example: row.cells.example ?? '',
        file: name,
      };
    });
  });
}

export function loadInstruments(file: string, acledTypes: ReadonlyMap<string, AcledType>): Spelling<Instrument>[] {
  const rows = readTsv(file, ['phrase', 'sub_event_type', 'priority', 'applies_to']);
  return spellings(file, rows, 'phrase', (row) => {
    const subs = [row.cells.sub_event_type!, ...row.cells.applies_to!.split(',')];
    for (const s of subs) if (!acledTypes.has(s)) throw new DataFileError(file, row.line, `unknown sub_event_type "${s}"`);
    return { phrase: row.cells.phrase!, subEventType: subs[0]!, priority: numberCell(file, row, 'priority'), appliesTo: new Set(subs.slice(1)) };
  });
}

const NUMBER_KINDS: readonly NumberWordKind[] = ['unit', 'teen', 'ten', 'hundred', 'multiplier', 'vague'];
export function loadNumberWords(file: string): Spelling<NumberWord>[] {
  return spellings(file, readTsv(file, ['word', 'value', 'kind']), 'word', (row) => ({
    value: numberCell(file, row, 'value'),
    kind: oneOf(file, row, 'kind', NUMBER_KINDS),
  }));
}

export function loadDateWords(file: string): Spelling<DateWord>[] {
  return spellings(file, readTsv(file, ['phrase', 'kind', 'offset', 'precision']), 'phrase', (row) => ({
    phrase: row.cells.phrase!,
    kind: oneOf(file, row, 'kind', ['day', 'anchor-after', 'anchor-before', 'part', 'week', 'month'] as const),
    offset: numberCell(file, row, 'offset'),
    precision: precisionCell(file, row, 'precision'),
  }));
}

export function loadPlaceCues(file: string): Spelling<PlaceCue>[] {
  return spellings(file, readTsv(file, ['cue', 'kind', 'precision']), 'cue', (row) => ({
    phrase: row.cells.cue!,
    kind: row.cells.kind!,
    precision: precisionCell(file, row, 'precision'),
  }));
}

/** A list whose value is one numeric column (weekday index, month, bearing, km per unit, penalty). */
export function loadNumberList(file: string, phraseColumn: string, valueColumn: string): Spelling<number>[] {
  return spellings(file, readTsv(file, [phraseColumn, valueColumn]), phraseColumn, (row) => numberCell(file, row, valueColumn));
}

/** A list whose value is one text column (a cue's kind), or the phrase itself when there is no such column. */
export function loadTextList(file: string, phraseColumn: string, valueColumn?: string): Spelling<string>[] {
  const required = valueColumn ? [phraseColumn, valueColumn] : [phraseColumn];
  return spellings(file, readTsv(file, required), phraseColumn, (row) => (valueColumn ? row.cells[valueColumn]! : row.cells[phraseColumn]!));
}
