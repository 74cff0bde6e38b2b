// The project's lexicon, compiled from the PETRARCH2 dictionaries (petrarch2/ORIGIN.md): verb forms with their
// CAMEO codes and patterns, agent phrases, actors and discard phrases. Each index is built on first use and kept
// for the process; lookups are by lower-cased word form (verbs, agents, discards) or by `nameKey` (actors).
import fs from 'node:fs';
import path from 'node:path';
import { nameKey } from '../../graph/vocabulary';
import type {
  ActorEntry, ActorFile, ActorRecord, ActorsFile, AgentEntry, AgentsFile, CodedAs, DiscardEntry, DiscardsFile, PatternToken,
  VerbBlock, VerbPattern, VerbsFile,
} from './types';

export type { ActorEntry, ActorKind, AgentCategory, AgentEntry, CodedAs, CodeSpan, DiscardEntry, PatternToken, VerbBlock, VerbPattern } from './types';
export { typeOfCameoCode, CAMEO_TO_TYPE } from './cameo';

/** The generated files: next to this module (the build copies them to dist/ with it). */
export const LEXICON_FILES_DIR = path.join(__dirname, 'petrarch2');

function readJson<T>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(LEXICON_FILES_DIR, name), 'utf8')) as T;
}

function memo<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= build();
    return value;
  };
}

/** One reading of a verb form: the verb it is a form of, its block's patterns and what the bare verb codes. */
export interface VerbSense {
  /** The form looked up ("accused"). */
  form: string;
  /** The dictionary's primary form of the verb, lower case ("accuse", "carry out"). */
  lemma: string;
  /** The verb block: its name and every pattern its verbs share. */
  block: VerbBlock;
  /** What the isolated verb codes; null when it codes nothing without a pattern. */
  event: CodedAs | null;
  /** Words of a multi-word verb before and after the form: "carried" + ["out"]. */
  particlesBefore: readonly string[];
  particlesAfter: readonly string[];
  /** Prepositions through which the target of the bare verb's event follows ('' = direct object). */
  objectVia: readonly string[];
}

const verbsFile = memo(() => readJson<VerbsFile>('verbs.json'));

/** Lower-cased verb form → its senses ("accused" → ACCUSE's 112; "carried" → "carry out", "carry", …). */
export const verbForms = memo((): ReadonlyMap<string, readonly VerbSense[]> => {
  const file = verbsFile();
  const index = new Map<string, VerbSense[]>();
  for (const [form, records] of Object.entries(file.forms)) {
    index.set(form, records.map((r) => ({
      form, lemma: r.lemma, block: file.blocks[r.block] as VerbBlock, event: r.event,
      particlesBefore: r.particlesBefore ?? [], particlesAfter: r.particlesAfter ?? [], objectVia: r.objectVia,
    })));
  }
  return index;
});

/** Synset name (`&CEASEFIRE`) → its phrases, each a list of lower-case words (plurals included). */
export function synsets(): Readonly<Record<string, readonly (readonly string[])[]>> {
  return verbsFile().synsets;
}

/** The words a pattern token may match: one phrase for a word or phrase, every phrase of a synset. */
export function tokenPhrases(token: PatternToken): ReadonlyArray<readonly string[]> {
  if ('word' in token) return [[token.word]];
  if ('synset' in token) return synsets()[token.synset] ?? [];
  if ('phrase' in token) {
    let out: string[][] = [[]];
    for (const part of token.phrase) {
      const options = 'word' in part ? [[part.word]] : (synsets()[part.synset] ?? []);
      out = out.flatMap((prefix) => options.map((o) => [...prefix, ...o]));
    }
    return out;
  }
  return [];
}

/** Every pattern of every block, for code that scans them all (tests, statistics). */
export function verbBlocks(): readonly VerbBlock[] {
  return verbsFile().blocks;
}

/** Lower-cased agent phrase ("foreign minister", "rebels") → its entries (a phrase may carry several codes). */
export const agentPhrases = memo((): ReadonlyMap<string, readonly AgentEntry[]> => {
  const index = new Map<string, AgentEntry[]>();
  for (const a of readJson<AgentsFile>('agents.json').agents) {
    const list = index.get(a.phrase) ?? [];
    list.push(a);
    index.set(a.phrase, list);
  }
  return index;
});

function entries(file: ActorsFile): ActorEntry[] {
  const out: ActorEntry[] = [];
  for (const f of ['countries', 'international', 'nonstate'] as const satisfies readonly ActorFile[]) {
    for (const r of file[f] as ActorRecord[]) out.push({ ...r, aliases: r.aliases ?? [], file: f });
  }
  return out;
}

/** How a key names its actor: its name, an alias, or (countries) an adjective ("Afghan"). */
export interface ActorMatch {
  actor: ActorEntry;
  form: 'name' | 'alias' | 'adjective';
}

/** `nameKey`, with a fast path for plain ASCII (most names here): the same key, a tenth of the time. */
function keyOf(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text.toLowerCase().replace(/[^a-z0-9]/g, '') : nameKey(text);
}

function indexActors(actors: readonly ActorEntry[]): ReadonlyMap<string, readonly ActorMatch[]> {
  const index = new Map<string, ActorMatch[]>();
  const add = (text: string, actor: ActorEntry, form: ActorMatch['form']): void => {
    const key = keyOf(text);
    if (key === '') return;
    const list = index.get(key) ?? [];
    if (!list.some((m) => m.actor === actor)) list.push({ actor, form });
    index.set(key, list);
  };
  for (const a of actors) {
    add(a.name, a, 'name');
    for (const alias of a.aliases) add(alias, a, 'alias');
    for (const adjective of a.adjectives ?? []) add(adjective, a, 'adjective');
  }
  return index;
}

/** Every actor of actors.json (countries, international and non-state), as entries. */
export const actorEntries = memo((): readonly ActorEntry[] => entries(readJson<ActorsFile>('actors.json')));

/** Countries, places, organizations and armed groups (no persons): `nameKey` of a name, alias or adjective → matches. */
export const actorsByKey = memo(() => indexActors(entries(readJson<ActorsFile>('actors.json'))));

/**
 * Persons (office holders, with their codes' date ranges): `nameKey` → matches. A separate, larger file (22k
 * entries, mostly CountryInfo's ministers), so a reader that needs only states and groups never loads it.
 */
export const personsByKey = memo(() => indexActors(entries(readJson<ActorsFile>('persons.json'))));

/** The last words of the lexicon's people's names (lower case): place-list generators leave these names out. */
export function lexiconSurnames(): Set<string> {
  const out = new Set<string>();
  for (const matches of personsByKey().values()) for (const { actor } of matches) {
    const words = actor.name.split(/\s+/);
    if (words.length >= 2) out.add((words[words.length - 1] ?? '').toLowerCase());
  }
  return out;
}

/** Lower-cased discard phrase → its entry: a sentence (or, `scope: 'story'`, a story) holding it is not coded. */
export const discardPhrases = memo((): ReadonlyMap<string, DiscardEntry> => {
  const index = new Map<string, DiscardEntry>();
  for (const d of readJson<DiscardsFile>('discards.json').discards) if (!index.has(d.phrase)) index.set(d.phrase, d);
  return index;
});

/** The `origin` header of each generated file (source repository, commit, files and their SHA-256). */
export function lexiconOrigins(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of ['verbs.json', 'agents.json', 'actors.json', 'persons.json', 'discards.json']) out[name] = readJson<{ origin: unknown }>(name).origin;
  return out;
}

/** The patterns of a sense's block that code `type` (or nothing, for `[---]` overrides), for a reader's rules. */
export function patternsOf(sense: VerbSense, filter: (p: VerbPattern) => boolean = () => true): VerbPattern[] {
  return sense.block.patterns.filter(filter);
}
