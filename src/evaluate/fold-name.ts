/** Folds a name for comparison with rasd's own character folds, so spelling variants compare equal. */
import { DEFAULT_DATA_DIR } from '../data-dir.js';
import { createNormalizer, foldWith, loadFoldTable, type NormalizedText } from '../text/index.js';

let normalize: ((text: string) => NormalizedText) | null = null;

export function foldName(name: string): string {
  normalize ??= createNormalizer(loadFoldTable(DEFAULT_DATA_DIR));
  return foldWith(normalize, name);
}
