/** Where rasd's own language data lives: `data/` at the package root, whether run from `dist/` or installed. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const DEFAULT_DATA_DIR = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'data');
