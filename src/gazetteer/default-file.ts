/** Where the build step writes the embedded default gazetteer (inside dist/, rebuilt by `npm ci`). */
import { fileURLToPath } from 'node:url';

export const DEFAULT_GAZETTEER_FILE = fileURLToPath(new URL('../../default-gazetteer.tsv', import.meta.url));
