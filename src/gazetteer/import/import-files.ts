/**
 * Gazetteer files and folders → the store, with a summary per file. Each file's format is told from its content (or
 * name); alternate names go after every place table, since they attach to stored places. One file failing never
 * stops the others: its summary says why.
 */
import path from 'node:path';
import type { Db } from '../../db/index.js';
import { createPlaceWriter } from '../place-writer.js';
import { createAdminCodeImporter } from './admin-code.js';
import { createCountryInfoImporter } from './country-info.js';
import { expandPaths, type ImportTarget } from './expand-paths.js';
import { EXPECTED_FORMATS, isWholeFileRecord, kindOfLine, kindOfName, type FileKind } from './file-kind.js';
import { createAlternateNameImporter } from './geonames-alternate-name.js';
import { createGeonamesPlaceImporter } from './geonames-place.js';
import { importRecords, type RecordCounts, type RecordImporter } from './import-records.js';
import { firstRecord, openGeojsonFolder, openRecords, type RecordSource } from './record-source.js';
import { createWofImporter } from './wof-feature.js';

export interface ImportOptions {
  /** Folds an Arabic name to its matching key: the lexicon's `fold`, so names match article text. */
  fold: (s: string) => string;
  /** ISO 3166 alpha-2 codes; records of every other country are skipped, in every format. */
  countries?: readonly string[];
  onProgress?: (progress: ImportProgress) => void;
}

/** File `index` of `count` (from 0): `done` of `total` bytes read, or files for a folder of .geojson features. */
export interface ImportProgress {
  file: string;
  index: number;
  count: number;
  done: number;
  total: number;
}

export interface FileSummary extends RecordCounts {
  file: string;
  kind: FileKind | null;
  status: 'imported' | 'failed' | 'ignored';
  /** Why the file failed or was passed over. */
  problem: string | null;
  elapsedMs: number;
}

interface Job {
  file: string;
  kind: FileKind;
  open: () => Promise<RecordSource>;
}

const NOTHING: RecordCounts = { rowsRead: 0, added: 0, updated: 0, namesAdded: 0, skipped: {} };

export async function importGazetteerFiles(db: Db, paths: readonly string[], options: ImportOptions): Promise<FileSummary[]> {
  const wanted = options.countries?.length ? new Set(options.countries.map((c) => c.trim().toUpperCase())) : null;
  const isWanted = (country: string) => wanted === null || wanted.has(country);
  const writer = createPlaceWriter(db, options.fold);
  const importers: Record<FileKind, () => RecordImporter> = {
    geonames: () => createGeonamesPlaceImporter(writer, isWanted),
    wof: () => createWofImporter(writer, isWanted),
    'alternate-names': () => createAlternateNameImporter(db, writer, isWanted),
    admin1: () => createAdminCodeImporter(db, 1, isWanted),
    admin2: () => createAdminCodeImporter(db, 2, isWanted),
    'country-info': () => createCountryInfoImporter(db, isWanted),
  };

  const summaries: FileSummary[] = [];
  const jobs: Job[] = [];
  for (const target of await expandPaths(paths)) {
    const planned = await plan(target);
    if ('open' in planned) jobs.push(planned);
    else summaries.push(planned);
  }
  // Alternate names only attach to places already stored, so they wait for every place table the user gave.
  jobs.sort((a, b) => Number(a.kind === 'alternate-names') - Number(b.kind === 'alternate-names'));

  for (const [index, job] of jobs.entries()) {
    const started = performance.now();
    const finish = (status: FileSummary['status'], problem: string | null, counts: RecordCounts): FileSummary => ({
      file: job.file, kind: job.kind, status, problem, ...counts, elapsedMs: Math.round(performance.now() - started),
    });
    let source: RecordSource | undefined;
    try {
      source = await job.open();
      const s = source;
      const report = () => options.onProgress?.({ file: job.file, index, count: jobs.length, done: s.done(), total: s.total });
      report();
      summaries.push(finish('imported', null, await importRecords(db, importers[job.kind](), s.records, report)));
    } catch (e) {
      summaries.push(finish('failed', `cannot import it: ${(e as Error).message}`, NOTHING));
    } finally {
      source?.close();
    }
  }
  return summaries;
}

/** A target → the job that imports it, or the summary of why it is not imported. */
async function plan(target: ImportTarget): Promise<Job | FileSummary> {
  const summary = (status: 'failed' | 'ignored', problem: string): FileSummary => ({ file: target.path, kind: null, status, problem, ...NOTHING, elapsedMs: 0 });
  if (target.type === 'missing') return summary('failed', target.problem);
  if (target.type === 'geojson-folder') {
    return { file: path.join(target.path, '**', '*.geojson'), kind: 'wof', open: async () => openGeojsonFolder(target.path, target.files) };
  }
  const file = target.path;
  if (isWholeFileRecord(file)) return { file, kind: 'wof', open: () => openRecords(file, true) };
  let first: Awaited<ReturnType<typeof firstRecord>>;
  try {
    first = await firstRecord(file);
  } catch (e) {
    return summary('failed', `cannot read it: ${(e as Error).message}`);
  }
  const kind = (first.record !== null ? kindOfLine(first.record) : null) ?? kindOfName(file, first.name);
  if (kind) return { file, kind, open: () => openRecords(file, false) };
  if (!target.isNamed) return summary('ignored', 'not a gazetteer format');
  const found = first.record === null ? 'no data lines' : `a first line starting "${first.record.slice(0, 40)}"`;
  return summary('failed', `expected ${EXPECTED_FORMATS}; found ${found}`);
}
