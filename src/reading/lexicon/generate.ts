// Compiles the project's lexicon from the PETRARCH2 dictionaries:
//   npm run lexicon:generate -- --from <petrarch2 dictionaries dir> [--out <dir>]
// Writes verbs.json, agents.json, actors.json, discards.json, LICENSE and ORIGIN.md into
// src/reading/lexicon/petrarch2/ (or --out). Output is sorted and byte-identical from run to run.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CAMEO_TO_TYPE } from './cameo';
import { parseActorDictionary, type RawActor } from './parse/actors';
import { parseAgentDictionary, parseDiscards } from './parse/agents';
import { acronymsOf, classifyActor } from './parse/classify';
import { parseVerbDictionary, type VerbStats } from './parse/verbs';
import type { ActorEntry, ActorFile, ActorRecord, ActorsFile, AgentsFile, DiscardsFile, LexiconOrigin, VerbsFile } from './types';

export const SOURCE = { repository: 'openeventdata/petrarch2', commit: '676801c', commitDate: '2019-03-18', folder: 'petrarch2/data/dictionaries/' };
export const LEXICON_DIR = path.join(__dirname, 'petrarch2');

const VERB_FILE = 'CAMEO.2.0.txt';
const AGENT_FILE = 'Phoenix.agents.txt';
const DISCARD_FILE = 'Phoenix.discards.txt';
const ACTOR_FILES: ReadonlyArray<[string, ActorFile]> = [
  ['Phoenix.Countries.actors.txt', 'countries'],
  ['Phoenix.International.actors.txt', 'international'],
  ['Phoenix.MilNonState.actors.txt', 'nonstate'],
];

function origin(from: string, names: string[]): LexiconOrigin {
  const files = names.map((name) => ({ name, sha256: createHash('sha256').update(fs.readFileSync(path.join(from, name))).digest('hex') }));
  return { ...SOURCE, files, license: 'MIT (see LICENSE beside this file)', generator: 'src/reading/lexicon/generate.ts' };
}

/** JSON with one entry of each top-level array or map per line: small diffs, a few MB instead of many. */
function writeJson(value: Record<string, unknown>): string {
  const parts = Object.entries(value).map(([key, v]) => {
    if (Array.isArray(v)) return `  ${JSON.stringify(key)}: [\n${v.map((e) => `    ${JSON.stringify(e)}`).join(',\n')}\n  ]`;
    if (v && typeof v === 'object' && key !== 'origin') {
      const entries = Object.keys(v).sort().map((k) => `    ${JSON.stringify(k)}: ${JSON.stringify((v as Record<string, unknown>)[k])}`);
      return `  ${JSON.stringify(key)}: {\n${entries.join(',\n')}\n  }`;
    }
    return `  ${JSON.stringify(key)}: ${JSON.stringify(v)}`;
  });
  return `{\n${parts.join(',\n')}\n}\n`;
}

function compareActors(a: ActorEntry, b: ActorEntry): number {
  const ka = `${a.file}\u0000${a.kind}\u0000${a.name}\u0000${JSON.stringify(a.codes)}`;
  const kb = `${b.file}\u0000${b.kind}\u0000${b.name}\u0000${JSON.stringify(b.codes)}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

export interface GeneratedLexicon {
  /** File name → content. */
  files: Map<string, string>;
  verbStats: VerbStats;
}

/** Parses the dictionaries in `from` and returns the output files; writes nothing. */
export function generateLexicon(from: string): GeneratedLexicon {
  const read = (name: string): string => fs.readFileSync(path.join(from, name), 'utf8');
  const verbs = parseVerbDictionary(read(VERB_FILE));
  const forms: Record<string, VerbsFile['forms'][string]> = {};
  for (const key of [...verbs.forms.keys()].sort()) forms[key] = verbs.forms.get(key) ?? [];
  const verbsFile: VerbsFile = { origin: origin(from, [VERB_FILE]), synsets: verbs.synsets, blocks: verbs.blocks, forms };

  const raw: Array<[RawActor, ActorFile]> = ACTOR_FILES.flatMap(([name, file]) => parseActorDictionary(read(name)).map((a): [RawActor, ActorFile] => [a, file]));
  const acronyms = acronymsOf(raw.map(([a]) => a));
  const actors = raw.flatMap(([a, file]) => classifyActor(a, file, acronyms)).sort(compareActors);
  // Persons (mostly CountryInfo's office holders) are two thirds of the bytes: their own file, loaded only when asked.
  const actorOrigin = origin(from, ACTOR_FILES.map(([name]) => name));
  const stored = (persons: boolean, file: ActorFile): ActorRecord[] => actors
    .filter((a) => a.file === file && (a.kind === 'PERSON') === persons)
    .map(({ file: _file, aliases, ...rest }) => ({ ...rest, ...(aliases.length > 0 ? { aliases } : {}) }));
  const actorsFile = (persons: boolean): ActorsFile => ({ origin: actorOrigin, countries: stored(persons, 'countries'), international: stored(persons, 'international'), nonstate: stored(persons, 'nonstate') });

  const agents = parseAgentDictionary(read(AGENT_FILE)).sort((a, b) => (a.phrase + a.code < b.phrase + b.code ? -1 : a.phrase + a.code > b.phrase + b.code ? 1 : 0));
  const agentsFile: AgentsFile = { origin: origin(from, [AGENT_FILE]), agents };
  const discards = parseDiscards(read(DISCARD_FILE)).sort((a, b) => (a.phrase < b.phrase ? -1 : a.phrase > b.phrase ? 1 : a.scope < b.scope ? -1 : 1));
  const discardsFile: DiscardsFile = { origin: origin(from, [DISCARD_FILE]), discards };

  const files = new Map<string, string>([
    ['verbs.json', writeJson({ ...verbsFile })],
    ['agents.json', writeJson({ ...agentsFile })],
    ['actors.json', writeJson({ ...actorsFile(false) })],
    ['persons.json', writeJson({ ...actorsFile(true) })],
    ['discards.json', writeJson({ ...discardsFile })],
    ['LICENSE', read('LICENSE')],
    ['ORIGIN.md', originMarkdown(verbsFile, verbs.stats, actors, agents.length, discards.length)],
  ]);
  return { files, verbStats: verbs.stats };
}

function countBy<T>(items: Iterable<T>, key: (t: T) => string): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(key(i), (counts.get(key(i)) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1));
}

function originMarkdown(verbs: VerbsFile, stats: VerbStats, actors: ActorEntry[], agents: number, discards: number): string {
  const senses = Object.values(verbs.forms).flat();
  const patterns = verbs.blocks.flatMap((b) => b.patterns);
  const table = CAMEO_TO_TYPE.map((m) => `| ${m.prefix} | ${m.type ?? '—'} | ${m.note ?? ''} |`).join('\n');
  const list = (pairs: Array<[string, number]>): string => pairs.map(([k, n]) => `${k} ${n}`).join(', ');
  return `# Origin of this lexicon

Generated by \`src/reading/lexicon/generate.ts\` (\`npm run lexicon:generate -- --from <dir>\`); do not edit by hand.

Source: the PETRARCH2 dictionaries, repository \`${SOURCE.repository}\`, commit \`${SOURCE.commit}\` (${SOURCE.commitDate}),
folder \`${SOURCE.folder}\`, MIT licence (\`LICENSE\` here, verbatim). Each JSON file's \`origin\` names its source files
and their SHA-256.

| output | from | what it holds |
|---|---|---|
| verbs.json | CAMEO.2.0.txt | ${Object.keys(verbs.forms).length} verb forms (${senses.length} senses), ${verbs.blocks.length} blocks, ${patterns.length} patterns, ${Object.keys(verbs.synsets).length} synsets |
| agents.json | Phoenix.agents.txt | ${agents} agent phrases (plurals included) |
| actors.json, persons.json | Phoenix.{Countries,International,MilNonState}.actors.txt | ${actors.length} actors: ${list(countBy(actors, (a) => a.kind))}; persons in persons.json |
| discards.json | Phoenix.discards.txt | ${discards} discard phrases |

## What the generator keeps
- **Verbs**: every verb line of every block, with the forms the dictionary lists in \`{…}\` (then only those, as PETRARCH
  requires) or else the regular forms (-s, -ed, -ing, with English spelling rules: -ies/-ied, dropped -e, doubled final
  consonant of one-syllable verbs; PETRARCH's own rule writes "destroies", "carryed"). Multi-word verbs (\`+CARRY_OUT\`,
  \`RE_+ARREST\`) are indexed under the inflected word, with the other words as particles before/after it.
- **Patterns**: tokens before and after the verb in order: words, consecutive phrases (\`{…}\`, \`A_B\`), synsets by name
  (their phrases, plurals included, are in \`synsets\`), prepositional phrases, and the slots \`+\` (target), \`$\`
  (source), \`^\` (skip). Codes: \`[aaa:bbb]\` is kept as the event from source to target and the reverse event from
  target to source (TABARI's paired codes, e.g. 042:043 visit/host); \`[---]\` is kept as \`noEvent\`, the pattern that
  overrides the verb's code with nothing. Derived per pattern: \`objectVia\` ('' direct object, a preposition, or null)
  and \`needs\` (its literal words after the verb); per sense: \`objectVia\` of the verb's own event.
- **Actors**: name, synonyms (display form: \`UNITED_STATES_\` → "United States"; acronyms that are some name's initials
  stay in capitals), CAMEO codes with date ranges (YYMMDD with 00–30 read as 20YY, as PETRARCH does). A country's
  synonyms are sorted into aliases, adjectives and its capital (with the \`world-countries\` package's capitals, demonyms
  and spellings, and a spelling-similarity test); the rest (cities, provinces) become PLACE entries of that country.
  Kinds are suggestions: dated codes or a CountryInfo/rulers comment → PERSON; MilNonState or REB/INS/SEP/UAF roles →
  GROUP; a name with an institution word → ORGANIZATION; other two-to-four-word names → PERSON.
- **Agents**: phrases with their role code (\`~GOV\` attaches after the actor's code, \`NGO~\` before), \`!MARKER!\`
  substitutions expanded, plurals (listed in \`{…}\` or regular; \`{}\` none), and a derived category.
- **Discards**: phrase, scope (\`+\`: the whole story) and whether it must end at a word boundary (\`_\`).

## What it drops
- Verb transformations (\`~ a (a b ATTACK) SAY = a b 015\`): they rewrite nested verb codings after a parse.
- Patterns with no \`*\` or no code, and patterns naming a synset the file never defines (PETRARCH skips these too).
  This run: ${list(Object.entries(stats.dropped).sort())}.
- The \`!\` of \`[080!]\`; comments.

## CAMEO code → relationship type
By code prefix, the longest listed prefix winning; codes not listed map to null (kept, coding no type of ours).

| CAMEO prefix | type | why |
|---|---|---|
${table}

Counts by type over senses (a verb's own event): ${list(countBy(senses.filter((s) => s.event?.type), (s) => s.event?.type ?? ''))}.
Counts by type over patterns: ${list(countBy(patterns.filter((p) => p.event?.type), (p) => p.event?.type ?? ''))}.
`;
}

function main(argv: string[]): void {
  const arg = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const from = arg('--from');
  if (!from) {
    process.stderr.write('usage: npm run lexicon:generate -- --from <petrarch2 dictionaries dir> [--out <dir>]\n');
    process.exit(2);
  }
  const out = arg('--out') ?? LEXICON_DIR;
  const { files, verbStats } = generateLexicon(from);
  fs.mkdirSync(out, { recursive: true });
  for (const [name, content] of files) fs.writeFileSync(path.join(out, name), content);
  const sizes = [...files].map(([name, c]) => `${name} ${(Buffer.byteLength(c) / 1024).toFixed(0)} KB`).join(', ');
  process.stdout.write(`lexicon written to ${out}: ${sizes}; ${verbStats.verbLines} verb lines, ${verbStats.patterns} patterns\n`);
}

if (require.main === module) main(process.argv.slice(2));
