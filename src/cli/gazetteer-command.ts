/**
 * `rasd gazetteer import PATH… [--countries LY,SY]` and `rasd gazetteer stats`: thin wrappers over
 * src/gazetteer/import, on the database the user chose with --db.
 */
import path from 'node:path';
import cliProgress from 'cli-progress';
import { InvalidArgumentError, type Command } from 'commander';
import { RasdError } from '../errors.js';
import { formatGazetteerStats, formatSummaryTable, importGazetteerFiles, type ImportProgress } from '../gazetteer/index.js';
import type { Pipeline } from '../pipeline.js';

export function registerGazetteerCommand(program: Command, openPipeline: () => Pipeline): void {
  const gazetteer = program.command('gazetteer').description("the place-name store: import GeoNames and Who's On First dumps, see what it holds");

  gazetteer
    .command('import')
    .description("import GeoNames dumps (allCountries/XX/citiesN .txt or .zip, alternateNamesV2, admin1CodesASCII, admin2Codes, countryInfo) and Who's On First GeoJSON; re-importing replaces, never duplicates")
    .argument('<paths...>', 'files, or folders to search for them')
    .option('--countries <codes>', 'import only these countries, ISO 3166 alpha-2 codes separated by commas (e.g. LY,SY)', countryCodes)
    .action(async (paths: string[], opts: { countries?: string[] }) => {
      const { db, lexicon } = openPipeline();
      const started = performance.now();
      const bar = process.stderr.isTTY ? createProgressBar() : null;
      const summaries = await importGazetteerFiles(db, paths, { fold: lexicon.fold, countries: opts.countries, onProgress: bar?.update });
      bar?.stop();
      process.stdout.write(formatSummaryTable(summaries));
      const count = (status: string) => summaries.filter((s) => s.status === status).length;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stderr.write(`rasd: imported ${count('imported')} of ${summaries.length} files (${count('failed')} failed, ${count('ignored')} passed over) in ${seconds} s\n`);
      const failed = summaries.filter((s) => s.status === 'failed');
      if (failed.length > 0) {
        throw new RasdError('gazetteer_import_failed', `${failed.length} of ${summaries.length} files failed: ${failed.map((s) => `${s.file}: ${s.problem}`).join('; ')}`);
      }
    });

  gazetteer
    .command('stats')
    .description('places by source and kind, Arabic names and countries in the store')
    .action(() => {
      const { db, gazetteer: loaded } = openPipeline();
      process.stdout.write(formatGazetteerStats(db));
      process.stdout.write(`\nthe matcher knows ${loaded.size.names.toLocaleString('en-US')} Arabic names for ${loaded.size.places.toLocaleString('en-US')} places (store and hand-kept aliases)\n`);
    });
}

function countryCodes(value: string): string[] {
  const codes = value.split(',').map((c) => c.trim());
  const bad = codes.find((c) => !/^[A-Za-z]{2}$/.test(c));
  if (bad !== undefined) throw new InvalidArgumentError(`expected ISO 3166 alpha-2 codes such as LY,SY, found "${bad}"`);
  return codes.map((c) => c.toUpperCase());
}

/** One bar for the file being read; it restarts at each file. */
function createProgressBar(): { update: (p: ImportProgress) => void; stop: () => void } {
  const bar = new cliProgress.SingleBar(
    { format: 'file {n}/{count} {file} |{bar}| {percentage}% | {duration_formatted}', stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let current: string | null = null;
  return {
    update(p) {
      const payload = { n: p.index + 1, count: p.count, file: path.basename(p.file) };
      if (current === null) bar.start(p.total, p.done, payload);
      else if (current !== p.file) bar.setTotal(p.total);
      current = p.file;
      bar.update(p.done, payload);
    },
    stop: () => bar.stop(),
  };
}
