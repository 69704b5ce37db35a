/**
 * data/ directory → Lexicon: every language list loaded, validated and compiled into one phrase matcher, plus the
 * text tools (normalizer, stemmer, number reader) built from the same data.
 */
import path from 'node:path';
import {
  createFolder, createNormalizer, createNumberReader, createStemmer, loadCliticRules, loadFoldTable, tokenize,
  type NormalizedText, type NumberReader, type NumberWord, type StemVariant,
} from '../text/index.js';
import { DataFileError } from '../tsv.js';
import { createPhraseMatcher, type PhraseMatcher } from './phrase-matcher.js';
import { loadActors, type ActorAlias } from './load-actors.js';
import {
  loadAcledTypes, loadDateWords, loadInstruments, loadNumberList, loadNumberWords, loadPlaceCues, loadTextList, loadTriggers,
  type AcledType, type DateWord, type Instrument, type PlaceCue, type Spelling, type Trigger,
} from './load-lists.js';

export type { Actor } from './actor-schema.js';
export type { ActorAlias } from './load-actors.js';
export type { AcledType, DateWord, Instrument, PlaceCue, Trigger, TriggerFlag, Spelling } from './load-lists.js';
export { createPhraseMatcher, type PhraseMatch, type PhraseMatcher } from './phrase-matcher.js';

/** What a phrase in the text can be. Each kind comes from one data file or folder. */
export type LexiconHit =
  | { kind: 'trigger'; value: Trigger }
  | { kind: 'instrument'; value: Instrument }
  | { kind: 'actor'; value: ActorAlias[] }
  | { kind: 'weekday' | 'month' | 'hijri-month' | 'direction' | 'distance-unit' | 'hedging' | 'person' | 'vague-toll' | 'counted-kill'; value: number }
  | { kind: 'date-word'; value: DateWord }
  | { kind: 'place-cue'; value: PlaceCue }
  | { kind: 'claim' | 'background' | 'negation' | 'responsibility'; value: string }
  | { kind: 'undergo' | 'weapon' | 'number-qualifier' | 'affiliation' | 'victims' | 'patient' | 'injury' | 'place-link' | 'pronoun-force' | 'pluperfect' | 'locative' | 'sequence' | 'institution' | 'non-violent-cause' | 'earlier-event' | 'toll-filler' | 'agreement-verb' | 'legal' | 'separate-incident' | 'additional-toll' | 'descriptive' | 'civilian-site' | 'long-period' | 'goal' | 'territory-noun' | 'other-domain' | 'partial-toll' | 'dead-and-wounded' | 'downing' | 'country-relation' | 'relative'; value: string };

export type HitKind = LexiconHit['kind'];

export interface Lexicon {
  dataDir: string;
  normalize: (text: string) => NormalizedText;
  /** Folds a phrase the way article text is folded (for look-ups built outside the lexicon, e.g. the gazetteer). */
  fold: (phrase: string) => string;
  stem: (word: string) => readonly StemVariant[];
  numbers: NumberReader;
  acledTypes: ReadonlyMap<string, AcledType>;
  matcher: PhraseMatcher<LexiconHit>;
  /** Every spelling with where it came from, for `check:data` and example tests. */
  spellings: ReadonlyArray<Spelling<unknown> & { kind: HitKind }>;
  /** Every kind of hit the matcher can report. */
  hitKinds: readonly HitKind[];
}

export function loadLexicon(dataDir: string): Lexicon {
  const foldTable = loadFoldTable(dataDir);
  const normalize = createNormalizer(foldTable);
  const fold = createFolder(foldTable);
  const stem = createStemmer(loadCliticRules(dataDir));
  const lex = path.join(dataDir, 'lexicon');
  const at = (...p: string[]) => path.join(lex, ...p);

  const acledTypes = loadAcledTypes(at('acled-types.tsv'));
  const numberWords = loadNumberWords(at('numbers.tsv'));
  const numberMap = new Map<string, NumberWord>(numberWords.map((s) => [fold(s.text), s.value]));

  const lists: Array<[HitKind, Spelling<unknown>[]]> = [
    ['trigger', loadTriggers(at('triggers'), acledTypes)],
    ['instrument', loadInstruments(at('instruments.tsv'), acledTypes)],
    ['weekday', loadNumberList(at('weekdays.tsv'), 'names', 'day')],
    ['month', loadNumberList(at('months.tsv'), 'names', 'month')],
    ['hijri-month', loadNumberList(at('hijri-months.tsv'), 'names', 'month')],
    ['date-word', loadDateWords(at('date-words.tsv'))],
    ['place-cue', loadPlaceCues(at('place-cues.tsv'))],
    ['direction', loadNumberList(at('directions.tsv'), 'direction', 'bearing')],
    ['distance-unit', loadNumberList(at('distance-units.tsv'), 'unit', 'km_per_unit')],
    ['number-qualifier', loadTextList(at('number-qualifiers.tsv'), 'phrase', 'meaning')],
    ['claim', loadTextList(at('cues', 'claims.tsv'), 'phrase', 'kind')],
    ['background', loadTextList(at('cues', 'background.tsv'), 'phrase', 'kind')],
    ['negation', loadTextList(at('cues', 'negation.tsv'), 'phrase', 'kind')],
    ['undergo', loadTextList(at('cues', 'undergo.tsv'), 'phrase', 'kind')],
    ['hedging', loadNumberList(at('cues', 'hedging.tsv'), 'phrase', 'penalty')],
    ['weapon', loadTextList(at('cues', 'weapons.tsv'), 'phrase')],
    ['affiliation', loadTextList(at('cues', 'affiliation.tsv'), 'phrase')],
    ['victims', loadTextList(at('cues', 'victims.tsv'), 'phrase')],
    ['patient', loadTextList(at('cues', 'patient.tsv'), 'phrase')],
    ['injury', loadTextList(at('cues', 'injuries.tsv'), 'phrase')],
    ['person', loadNumberList(at('cues', 'persons.tsv'), 'phrase', 'count')],
    ['place-link', loadTextList(at('cues', 'place-links.tsv'), 'phrase')],
    ['pronoun-force', loadTextList(at('cues', 'pronoun-forces.tsv'), 'phrase')],
    ['pluperfect', loadTextList(at('cues', 'pluperfect.tsv'), 'phrase')],
    ['locative', loadTextList(at('cues', 'locative.tsv'), 'phrase')],
    ['sequence', loadTextList(at('cues', 'sequence.tsv'), 'phrase')],
    ['institution', loadTextList(at('cues', 'institutions.tsv'), 'phrase')],
    ['non-violent-cause', loadTextList(at('cues', 'non-violent-causes.tsv'), 'phrase')],
    ['earlier-event', loadTextList(at('cues', 'earlier-event.tsv'), 'phrase')],
    ['toll-filler', loadTextList(at('cues', 'toll-fillers.tsv'), 'phrase')],
    ['agreement-verb', loadTextList(at('cues', 'agreement-verbs.tsv'), 'phrase')],
    ['legal', loadTextList(at('cues', 'legal.tsv'), 'phrase')],
    ['vague-toll', loadNumberList(at('cues', 'vague-tolls.tsv'), 'phrase', 'count')],
    ['counted-kill', loadNumberList(at('cues', 'counted-kills.tsv'), 'phrase', 'count')],
    ['separate-incident', loadTextList(at('cues', 'separate-incident.tsv'), 'phrase')],
    ['additional-toll', loadTextList(at('cues', 'additional-tolls.tsv'), 'phrase')],
    ['descriptive', loadTextList(at('cues', 'descriptive.tsv'), 'phrase')],
    ['civilian-site', loadTextList(at('cues', 'civilian-sites.tsv'), 'phrase')],
    ['long-period', loadTextList(at('cues', 'long-periods.tsv'), 'phrase', 'kind')],
    ['goal', loadTextList(at('cues', 'goals.tsv'), 'phrase')],
    ['territory-noun', loadTextList(at('cues', 'territory-nouns.tsv'), 'phrase')],
    ['other-domain', loadTextList(at('cues', 'other-domains.tsv'), 'phrase', 'kind')],
    ['partial-toll', loadTextList(at('cues', 'partial-tolls.tsv'), 'phrase')],
    ['dead-and-wounded', loadTextList(at('cues', 'dead-and-wounded.tsv'), 'phrase')],
    ['downing', loadTextList(at('cues', 'downing.tsv'), 'phrase')],
    ['country-relation', loadTextList(at('cues', 'country-relations.tsv'), 'phrase')],
    ['responsibility', loadTextList(at('cues', 'responsibility.tsv'), 'phrase', 'kind')],
    ['relative', loadTextList(at('cues', 'relative-pronouns.tsv'), 'phrase')],
  ];

  const matcher = createPhraseMatcher<LexiconHit>();
  const all: Array<Spelling<unknown> & { kind: HitKind }> = [];
  for (const [kind, spellingList] of lists) {
    const seen = new Map<string, number>();
    for (const s of spellingList) {
      const key = fold(s.text);
      const dup = seen.get(`${s.file}\u0000${key}`);
      if (dup !== undefined) throw new DataFileError(s.file, s.line, `"${s.text}" folds to "${key}", already listed on line ${dup}`);
      seen.set(`${s.file}\u0000${key}`, s.line);
      matcher.add(phraseWords(key), { kind, value: s.value } as LexiconHit);
      all.push({ ...s, kind });
    }
  }
  const { aliases } = loadActors(at('actors'), fold);
  for (const [key, list] of aliases) matcher.add(phraseWords(key), { kind: 'actor', value: list });

  const hitKinds: HitKind[] = ['actor', ...lists.map(([kind]) => kind)];
  return { dataDir, normalize, fold, stem, numbers: createNumberReader(numberMap, stem), acledTypes, matcher, spellings: all, hitKinds };
}

/** A folded phrase's words, as the phrase matcher takes them; a trailing `*` (prefix match) survives tokenizing. */
export function phraseWords(folded: string): string[] {
  return folded.split(' ').flatMap((w) => {
    const parts = tokenize(w).map((t) => t.text);
    if (w.endsWith('*') && parts.length) parts[parts.length - 1] += '*';
    return parts;
  });
}
