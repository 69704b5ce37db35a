/** Folds a name for comparison with rasd's own character folds, so spelling variants compare equal. */
import { DEFAULT_DATA_DIR } from '../data-dir.js';
import { createFolder, loadFoldTable } from '../text/index.js';

let fold: ((text: string) => string) | null = null;

export function foldName(name: string): string {
  fold ??= createFolder(loadFoldTable(DEFAULT_DATA_DIR));
  return fold(name);
}
