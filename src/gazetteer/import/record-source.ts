/**
 * A gazetteer file → its records, streamed: one data line at a time (blank lines and `#` comments dropped), from a
 * plain file or the data file inside a zip; for a .geojson file, its one feature as a whole; for a folder of them,
 * one feature per file.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { walkFiles } from './expand-paths.js';
import { isWholeFileRecord } from './file-kind.js';
import { openLargestEntry } from './zip-entry.js';

export interface RecordSource {
  /** The name that tells the format: the file's own, or that of the data file inside a zip. */
  name: string;
  records: AsyncIterable<string>;
  /** How much there is to read and how much is read, for progress: bytes (uncompressed, in a zip), or files. */
  total: number;
  done(): number;
  close(): void;
}

export async function openRecords(file: string, isWholeFile: boolean): Promise<RecordSource> {
  if (isWholeFile) return wholeFile(file);
  const { name, size, stream } = /\.zip$/i.test(file)
    ? await openLargestEntry(file)
    : { name: path.basename(file), size: (await stat(file)).size, stream: createReadStream(file) };
  // Take the line iterator at once: lines read before iteration starts would otherwise be lost.
  const lines = createInterface({ input: stream, crlfDelay: Infinity })[Symbol.asyncIterator]();
  let read = 0;
  stream.on('data', (chunk: Buffer) => (read += chunk.length));
  return { name, total: size, done: () => read, records: dataLines(lines), close: () => stream.destroy() };
}

/** The first record, for telling the format; null for a file with none. */
export async function firstRecord(file: string): Promise<{ name: string; record: string | null }> {
  const source = await openRecords(file, false);
  try {
    for await (const record of source.records) return { name: source.name, record };
    return { name: source.name, record: null };
  } finally {
    source.close();
  }
}

async function* dataLines(lines: AsyncIterator<string>): AsyncGenerator<string> {
  let isFirst = true;
  for await (let line of { [Symbol.asyncIterator]: () => lines }) {
    if (isFirst) line = line.replace(/^\uFEFF/, '');
    isFirst = false;
    if (line.trim() === '' || line.startsWith('#')) continue;
    yield line;
  }
}

/** One WOF feature a file: JSON is parsed whole, and one feature (even a country polygon) is tens of MB at most. */
async function wholeFile(file: string): Promise<RecordSource> {
  const size = (await stat(file)).size;
  let read = 0;
  async function* one() {
    yield (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
    read = size;
  }
  return { name: path.basename(file), total: size, done: () => read, records: one(), close: () => {} };
}

/** A folder of WOF features, one .geojson file each (a whosonfirst-data repository's data/): `files` of them in all. */
export function openGeojsonFolder(dir: string, files: number): RecordSource {
  let read = 0;
  async function* features() {
    for await (const file of walkFiles(dir)) {
      if (!isWholeFileRecord(file)) continue;
      yield (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
      read++;
    }
  }
  return { name: path.basename(dir), total: files, done: () => read, records: features(), close: () => {} };
}
