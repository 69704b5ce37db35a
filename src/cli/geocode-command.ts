/** `rasd geocode "نص"`: the places a text names, each with its candidates, scores and the reason for the choice. */
import type { Command } from 'commander';
import type { GeocodedMention } from '../extract/index.js';
import type { Pipeline } from '../pipeline.js';
import { readTextInput } from './read-input.js';

const SHOWN_CANDIDATES = 5;

export function registerGeocodeCommand(program: Command, openPipeline: () => Pipeline): void {
  program
    .command('geocode')
    .description('show the places a text names, with candidates, scores and why one was chosen')
    .argument('[text]', 'Arabic text (or use --file)')
    .option('--file <path>', 'read the text from a file, or - for standard input')
    .option('--published <date>', 'publication date, for context', new Date().toISOString().slice(0, 10))
    .option('--json', 'print JSON instead of text')
    .action((text: string | undefined, opts: { file?: string; published: string; json?: boolean }) => {
      const input = opts.file ? readTextInput(opts.file) : (text ?? '');
      const result = openPipeline().geocode(input, opts.published);
      if (opts.json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
      else process.stdout.write(describe(result.country, result.mentions));
    });
}

function describe(country: string | null, mentions: GeocodedMention[]): string {
  const lines = [`article country: ${country ?? 'unknown'}; ${mentions.length} place mention(s)`];
  for (const m of mentions) {
    const r = m.resolved;
    const head = `"${m.text}"${m.cue ? ` [${m.cue}]` : ''}${m.relation ? ` (${m.relation})` : ''}${m.isAnchor ? ' — locates another place' : ''}`;
    lines.push('', head);
    if (!r) {
      lines.push('  unresolved: not in the gazetteer and not described relative to a known place');
      continue;
    }
    lines.push(`  → ${r.location}, ${r.admin1 ?? '?'}, ${r.country}  ${r.latitude.toFixed(4)}, ${r.longitude.toFixed(4)}  precision ${r.precision}${r.radiusKm ? `, radius ${r.radiusKm} km` : ''}`);
    lines.push(`    because: ${r.reason}`);
    for (const c of m.candidates.slice(0, SHOWN_CANDIDATES)) {
      lines.push(`    ${c.score.toFixed(2).padStart(6)}  ${c.place.name} (${c.place.country}, ${c.place.admin1 ?? '?'}, ${c.place.kind}, pop ${c.place.population}, ${c.place.source})`);
    }
    if (m.candidates.length > SHOWN_CANDIDATES) lines.push(`    … ${m.candidates.length - SHOWN_CANDIDATES} more`);
  }
  return lines.join('\n') + '\n';
}
