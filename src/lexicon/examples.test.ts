/**
 * Every hand-written `example` in data/lexicon must fire the entry it belongs to, as the pipeline sees it: the
 * example is folded, tokenized and matched, and hits of each kind are reduced to leftmost-longest.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_DATA_DIR } from '../data-dir.js';
import { leftmostLongest } from '../extract/article-doc.js';
import { tokenize, type Token } from '../text/index.js';
import { actorFileSchema } from './actor-schema.js';
import { loadLexicon, type HitKind, type LexiconHit, type PhraseMatch } from './index.js';
import { loadNumberWords } from './load-lists.js';

const lexicon = loadLexicon(DEFAULT_DATA_DIR);
const where = (file: string, line: number) => `${path.relative(DEFAULT_DATA_DIR, file)}:${line}`;

/**
 * Entries whose example does not fire today (data bugs, reported; fix the data, then delete the key).
 * Keyed by file and first spelling rather than line, so edits elsewhere in the file do not shift them.
 */

interface Example {
  /** File and first spelling. */
  key: string;
  /** File and line, for the failure message. */
  at: string;
  spellings: string[];
  example: string;
}

interface ListExample extends Example {
  kind: HitKind;
}

/** List entries with an example, one per data row: a row's spellings share its example, and one of them must fire. */
function listExamples(): ListExample[] {
  const rows = new Map<string, ListExample>();
  for (const s of lexicon.spellings) {
    if (!s.example) continue;
    const at = where(s.file, s.line);
    const row = rows.get(at) ?? { key: `${path.relative(DEFAULT_DATA_DIR, s.file)} ${s.text}`, at, kind: s.kind, spellings: [], example: s.example };
    row.spellings.push(s.text);
    rows.set(at, row);
  }
  return [...rows.values()];
}

/** A folded spelling's words as the lexicon adds them to the matcher (a trailing * marks a prefix word). */
function wordsOf(spelling: string): string[] {
  return lexicon.fold(spelling).split(' ').flatMap((w) => {
    const parts = tokenize(w).map((t) => t.text);
    if (w.endsWith('*') && parts.length) parts[parts.length - 1] += '*';
    return parts;
  });
}

/** The example's tokens and its leftmost-longest hits of one kind, one payload per hit. */
function hitsOf(example: string, kind: HitKind): { tokens: Token[]; hits: PhraseMatch<LexiconHit>[] } {
  const tokens = tokenize(lexicon.normalize(example).text);
  const stems = tokens.map((t) => lexicon.stem(t.text));
  const ofKind = lexicon.matcher
    .findAll(tokens, (i) => stems[i]!)
    .flatMap((m) => m.payloads.filter((p) => p.kind === kind).map((p) => ({ ...m, payloads: [p] })));
  return { tokens, hits: leftmostLongest(ofKind) };
}

/** True when the hit's tokens, less the clitic prefix, spell exactly the spelling's words. */
function covers(tokens: Token[], hit: PhraseMatch<LexiconHit>, spelling: string): boolean {
  const words = wordsOf(spelling);
  if (hit.last - hit.first + 1 !== words.length) return false;
  return words.every((w, k) => {
    const token = tokens[hit.first + k]!;
    const text = k === 0 ? token.text.slice(hit.offset) : token.text;
    return w.endsWith('*') && w.length > 1 ? text.startsWith(w.slice(0, -1)) : text === w;
  });
}

function listFailures(examples: ListExample[]): string[] {
  return examples
    .filter(({ kind, spellings, example }) => {
      const { tokens, hits } = hitsOf(example, kind);
      return !spellings.some((s) => hits.some((h) => covers(tokens, h, s)));
    })
    .map(({ at, kind, spellings, example }) => `${at} ${kind} "${spellings.join('|')}" does not fire on "${example}"`);
}

/** numbers.tsv rows: the example must hold a number reading that uses one of the row's words. */
function numberExamples(): Example[] {
  const file = path.join(DEFAULT_DATA_DIR, 'lexicon', 'numbers.tsv');
  const rows = new Map<string, Example>();
  for (const s of loadNumberWords(file)) {
    if (!s.example) continue;
    const at = where(file, s.line);
    const row = rows.get(at) ?? { key: `lexicon/numbers.tsv ${s.text}`, at, spellings: [], example: s.example };
    row.spellings.push(lexicon.fold(s.text));
    rows.set(at, row);
  }
  return [...rows.values()];
}

function numberFailures(examples: Example[]): string[] {
  return examples
    .filter(({ spellings, example }) => {
      const tokens = tokenize(lexicon.normalize(example).text);
      return !tokens.some((_, i) => {
        const n = lexicon.numbers.readNumber(tokens, i);
        return n !== null && tokens.slice(n.first, n.last + 1).some((t) => lexicon.stem(t.text).some((v) => spellings.includes(v.stem)));
      });
    })
    .map(({ at, spellings, example }) => `${at} number "${spellings.join('|')}" is not read in "${example}"`);
}

/** Actor examples: one of the actor's names must be a leftmost-longest actor hit for that actor's id. */
function actorFailures(): string[] {
  const dir = path.join(DEFAULT_DATA_DIR, 'lexicon', 'actors');
  const failures: string[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const { actors } = actorFileSchema.parse(JSON.parse(readFileSync(path.join(dir, name), 'utf8')));
    for (const actor of actors) {
      for (const example of actor.examples) {
        const { hits } = hitsOf(example, 'actor');
        const found = hits.some((h) => h.payloads.some((p) => p.kind === 'actor' && p.value.some((a) => a.actor.id === actor.id)));
        if (!found) failures.push(`lexicon/actors/${name} ${actor.id}: no name found in "${example}"`);
      }
    }
  }
  return failures;
}

const report = (failures: string[]) => `${failures.length} example(s) do not fire:\n${failures.join('\n')}`;

describe('lexicon examples', () => {
  it('fires every list entry on its own example', () => {
    const examples = listExamples();
    assert.ok(examples.length > 50, `expected many list entries with examples, found ${examples.length}`);
    const failures = listFailures(examples);
    assert.equal(failures.length, 0, report(failures));
  });

  it('reads every number word in its own example', () => {
    const failures = numberFailures(numberExamples());
    assert.equal(failures.length, 0, report(failures));
  });

  it('finds every actor by one of its names in each of its examples', () => {
    const failures = actorFailures();
    assert.equal(failures.length, 0, report(failures));
  });
});
