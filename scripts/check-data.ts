/**
 * `npm run check:data`: loads every data file the way rasd does (schemas, duplicates, alias clashes) and checks
 * that no entry carries diacritics, tatweel or presentation forms, which would make it silently never match.
 * Prints one line per problem with file and line, and exits non-zero if there is any.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_DATA_DIR } from '../src/data-dir.js';
import { openDatabase } from '../src/db/index.js';
import { loadGazetteer } from '../src/gazetteer/index.js';
import { loadLexicon } from '../src/lexicon/index.js';

const FORBIDDEN = /[\u064B-\u065F\u0670\u0640\uFB50-\uFDFF\uFE70-\uFEFF]/;
const problems: string[] = [];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

for (const file of walk(DEFAULT_DATA_DIR).filter((f) => /\.(tsv|json)$/.test(f))) {
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    const bad = line.match(FORBIDDEN);
    if (bad && !line.startsWith('#')) {
      problems.push(`${path.relative(process.cwd(), file)}:${i + 1}: U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} (diacritic, tatweel or presentation form) in an entry`);
    }
  });
}

let summary = '';
try {
  const lexicon = loadLexicon(DEFAULT_DATA_DIR);
  // An in-memory store seeded with the default gazetteer: the alias files are checked against it.
  const gazetteer = loadGazetteer(lexicon, openDatabase(':memory:'));
  summary = `${lexicon.matcher.size} lexicon phrases, ${gazetteer.size.names} Arabic place names for ${gazetteer.size.places} places, ${gazetteer.countries.size} countries`;
} catch (e) {
  problems.push((e as Error).message);
}

if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`check:data: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`check:data: ok — ${summary}`);
