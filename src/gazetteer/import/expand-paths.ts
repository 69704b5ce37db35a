/**
 * The paths a user gave → what to import: files as given, folders walked (hidden entries such as .git skipped), and
 * a folder's one-feature .geojson files taken together, since a WOF repository holds hundreds of thousands of them.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { isWholeFileRecord } from './file-kind.js';

export type ImportTarget =
  /** `isNamed`: the user named this file, so an unknown format is an error rather than a file to pass over. */
  | { type: 'file'; path: string; isNamed: boolean }
  | { type: 'geojson-folder'; path: string; files: number }
  | { type: 'missing'; path: string; problem: string };

export async function expandPaths(paths: readonly string[]): Promise<ImportTarget[]> {
  const targets: ImportTarget[] = [];
  for (const p of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(p)).isDirectory();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      targets.push({ type: 'missing', path: p, problem: code === 'ENOENT' ? 'expected a file or folder, found nothing at this path' : `cannot read it (${code})` });
      continue;
    }
    if (!isDirectory) {
      targets.push({ type: 'file', path: p, isNamed: true });
      continue;
    }
    let geojson = 0;
    for await (const file of walkFiles(p)) {
      if (isWholeFileRecord(file)) geojson++;
      else targets.push({ type: 'file', path: file, isNamed: false });
    }
    if (geojson > 0) targets.push({ type: 'geojson-folder', path: p, files: geojson });
  }
  return targets;
}

/** Every file under `dir`, in name order, one folder listing in memory at a time. */
export async function* walkFiles(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walkFiles(file);
    else if (entry.isFile()) yield file;
  }
}
