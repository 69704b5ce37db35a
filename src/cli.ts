#!/usr/bin/env node
/** The `rasd` command: thin wrappers over the pipeline (extract, geocode), the gazetteer store, the scorer, and the event store (ingest, export, serve). */
import { Command, Option } from 'commander';
import { extractBatch } from './cli/extract-batch.js';
import { registerGazetteerCommand } from './cli/gazetteer-command.js';
import { registerGeocodeCommand } from './cli/geocode-command.js';
import { registerExportCommand } from './cli/export-command.js';
import { registerIngestCommand } from './cli/ingest-command.js';
import { isoDate } from './cli/iso-date-option.js';
import { registerServeCommand } from './cli/serve-command.js';
import { readTextInput } from './cli/read-input.js';
import { RasdError } from './errors.js';
import { evaluate, formatDetails, formatReport, readArticles, readGold } from './evaluate/index.js';
import { formatEvents, OUTPUT_FORMATS, type OutputFormat } from './output/index.js';
import { createPipeline, type Pipeline } from './pipeline.js';
import { tuneV8ForBatches } from './tune-v8.js';

const program = new Command('rasd')
  .description('Arabic conflict news → ACLED-style events with evidence')
  .option('--db <path>', 'the SQLite database (default: $RASD_DB, else rasd.db in your data folder, created on first use)')
  // Commands are batch runs, tuned to reach speed early; a server runs for days, and V8's own tiering suits it.
  .hook('preAction', (_, command) => {
    if (command.name() !== 'serve') tuneV8ForBatches();
  });

/** Every command opens the pipeline the same way, on the database the user chose. */
const openPipeline = (): Pipeline => createPipeline({ dbPath: program.opts<{ db?: string }>().db });

program
  .command('extract')
  .description('extract events from one article (FILE or - for stdin) or from a JSONL batch (--input)')
  .argument('[file]', 'article text file, or - for standard input')
  .option('--published <date>', 'publication date of the article, YYYY-MM-DD', isoDate)
  .option('--id <id>', 'article id to put on each event')
  .option('--input <jsonl>', 'batch: one {id, published, title, text} a line')
  .addOption(new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS))
  .action(async (file: string | undefined, opts: { published?: string; id?: string; input?: string; format?: OutputFormat }) => {
    if (opts.input) {
      const summary = await extractBatch(openPipeline(), opts.input, opts.format ?? 'jsonl', process.stdout, process.stderr);
      process.stderr.write(`rasd: ${summary.articles} articles, ${summary.events} events, ${summary.failed} lines failed\n`);
      if (summary.failed > 0) process.exitCode = 1;
      return;
    }
    if (!file) throw new RasdError('usage', 'expected an article FILE (or -) or --input articles.jsonl');
    if (!opts.published) throw new RasdError('usage', 'expected --published YYYY-MM-DD for a single article');
    const text = readTextInput(file);
    const result = openPipeline().extract({ id: opts.id ?? null, published: opts.published, text });
    if (result.rejection) throw new RasdError(result.rejection.code, result.rejection.message);
    process.stdout.write(formatEvents(result.events, opts.format ?? 'json'));
  });

program
  .command('eval')
  .description('score extraction against hand-coded gold events')
  .argument('<articles>', 'articles JSONL')
  .argument('<gold>', 'gold JSONL')
  .option('--verbose', 'list each missed and extra event with a reason')
  .action((articlesPath: string, goldPath: string, opts: { verbose?: boolean }) => {
    const pipeline = openPipeline();
    const report = evaluate(readArticles(articlesPath), readGold(goldPath), (a) => pipeline.extract(a).events);
    if (opts.verbose) process.stdout.write(formatDetails(report) + '\n\n');
    process.stdout.write(formatReport(report) + '\n');
  });

registerGeocodeCommand(program, openPipeline);
registerGazetteerCommand(program, openPipeline);
registerIngestCommand(program, openPipeline);
registerExportCommand(program, openPipeline);
registerServeCommand(program, openPipeline);

// `rasd … | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

try {
  await program.parseAsync();
} catch (e) {
  if (!(e instanceof RasdError)) throw e;
  process.stderr.write(`rasd: ${e.message}\n`);
  process.exitCode = 1;
}
