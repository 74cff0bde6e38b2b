// The shapes of the generated lexicon files (src/reading/lexicon/petrarch2/*.json): written by generate.ts, read
// by index.ts. One file per dictionary kind; every file opens with the same `origin` header.
import type { EntityKind, RelationshipType } from '../../generated/graphql';

/** Where a generated file came from: enough to find the exact source again and to tell a stale file. */
export interface LexiconOrigin {
  /** Always "openeventdata/petrarch2". */
  repository: string;
  commit: string;
  commitDate: string;
  folder: string;
  /** The dictionary files this output was built from, with their SHA-256. */
  files: Array<{ name: string; sha256: string }>;
  license: string;
  generator: string;
}

// ---- verbs.json -------------------------------------------------------------------------------------------

/** One element of a verb pattern, in the order the dictionary writes it. */
export type PatternToken =
  /** A literal word; other words may stand between it and its neighbours (TABARI's blank). */
  | { word: string }
  /** Words that must be consecutive (`{HUMAN AID}`, `DEBT_RELIEF`); an element may be a synset. */
  | { phrase: Array<{ word: string } | { synset: string }> }
  /** Any phrase of a synset (`&CEASEFIRE`); its phrases are in `VerbsFile.synsets`. */
  | { synset: string }
  /** `+` the target, `$` the source, `^` a noun phrase to skip (a place, "talks in ^"). */
  | { slot: 'target' | 'source' | 'skip' }
  /** `(WITH +)`, `(AGAINST)`: a prepositional phrase and what it governs (empty: any object). */
  | { prep: string; object: PatternToken[] };

/** A CAMEO code and the relationship type it maps to (null: no type of ours corresponds). */
export interface CodedAs {
  code: string;
  type: RelationshipType | null;
}

export interface VerbPattern {
  /** The event the pattern codes from source to target; null for `[---]` (no event) and for `[:xxx]`. */
  event: CodedAs | null;
  /** `[aaa:bbb]`: the event from target back to source (042:043 visit/host, 046:046 mutual talks). */
  reverse?: CodedAs;
  /** `[---]`: the pattern matches but codes nothing, overriding the verb's own code. */
  noEvent?: true;
  /** Tokens before and after the verb (`before` read left to right, ending next to the verb). */
  before: PatternToken[];
  after: PatternToken[];
  /** Derived: how the target follows the verb: '' direct object, a preposition, null if the pattern does not say. */
  objectVia: string | null;
  /** Derived: the literal words (synsets as `&NAME`) the pattern needs after the verb, prepositions and slots left out. */
  needs: string[];
  /** Line in CAMEO.2.0.txt, to trace a coding back to the dictionary. */
  line: number;
}

/** A verb block (`--- ACCUSE [112] ---`): its verbs share its patterns. */
export interface VerbBlock {
  name: string;
  /** The block's default code; null when the block's bare verbs code nothing (`[---]`). */
  event: CodedAs | null;
  patterns: VerbPattern[];
}

/** One reading of a verb form, as stored (empty particle lists left out). */
export interface VerbSenseRecord {
  /** Index into `VerbsFile.blocks`. */
  block: number;
  /** The dictionary's primary form of this verb, lower case, words joined by spaces ("carry out", "re arrest"). */
  lemma: string;
  /** The isolated verb's event (its own code, else the block's); null when the bare verb codes nothing. */
  event: CodedAs | null;
  /** Words of a multi-word verb around the inflected word: "carried" + after ["out"]; "re" before "arrested". */
  particlesBefore?: string[];
  particlesAfter?: string[];
  /**
   * Derived: prepositions through which the target follows ('' = direct object) for the verb's own event: the
   * `objectVia` of the block's patterns that code the verb's own code and need no other words; [''] when none say.
   */
  objectVia: string[];
}

export interface VerbsFile {
  origin: LexiconOrigin;
  /** Synset name (`&CEASEFIRE`) → its phrases, each a list of words, plurals included. */
  synsets: Record<string, string[][]>;
  blocks: VerbBlock[];
  /** Lower-cased inflected verb word → its senses. */
  forms: Record<string, VerbSenseRecord[]>;
}

// ---- agents.json ------------------------------------------------------------------------------------------

export type AgentCategory = 'HEAD_OF_STATE_OR_GOVERNMENT' | 'MINISTER_OR_OFFICIAL' | 'MILITARY' | 'OTHER';

export interface AgentEntry {
  /** Lower case, words joined by single spaces. */
  phrase: string;
  /** Words of the phrase that may have other words between them (TABARI's blank): their indexes after which a gap is allowed. */
  gapsAfter?: number[];
  /** The role code, without its `~` ("GOVFRM"). */
  code: string;
  /** `~GOV`: the role is appended to the actor's code; `NGO~`: prepended (an organization). */
  attach: 'after' | 'before';
  /** A plural form (listed in `{…}` or regular); absent for the singular. */
  plural?: true;
  category: AgentCategory;
}

export interface AgentsFile {
  origin: LexiconOrigin;
  agents: AgentEntry[];
}

// ---- actors.json ------------------------------------------------------------------------------------------

/** A CAMEO actor code valid from/to a date (ISO yyyy-mm-dd, both ends included); no dates: always. */
export interface CodeSpan {
  code: string;
  from?: string;
  to?: string;
}

export type ActorKind = Exclude<EntityKind, 'EVENT'>;

export type ActorFile = 'countries' | 'international' | 'nonstate';

export interface ActorEntry {
  /** Display form ("United States of America"), from the dictionary's `UNITED_STATES_OF_AMERICA_`. */
  name: string;
  kind: ActorKind;
  /** Proper-name variants, display form. */
  aliases: string[];
  codes: CodeSpan[];
  /** Countries: demonyms and adjectives found among the synonyms ("Afghan"). */
  adjectives?: string[];
  /** Countries: the capital found among the synonyms. */
  capital?: string;
  /** Places: the CAMEO country code of the country whose entry listed them. */
  country?: string;
  /** Which dictionary: Phoenix.Countries, .International or .MilNonState. */
  file: ActorFile;
}

/** An actor as stored: ActorEntry without `file` (the array it sits in says it) and without empty `aliases`. */
export type ActorRecord = Omit<ActorEntry, 'file' | 'aliases'> & { aliases?: string[] };

export interface ActorsFile {
  origin: LexiconOrigin;
  countries: ActorRecord[];
  international: ActorRecord[];
  nonstate: ActorRecord[];
}

// ---- discards.json ----------------------------------------------------------------------------------------

export interface DiscardEntry {
  /** Lower case, words joined by single spaces. */
  phrase: string;
  /** `+PHRASE`: the whole story is not coded, not only the sentence. */
  scope: 'sentence' | 'story';
  /** `PHRASE_`: must end at a word boundary; otherwise the last word is a stem ("BASEBALL" matches "baseballs"). */
  wholeWord: boolean;
}

export interface DiscardsFile {
  origin: LexiconOrigin;
  discards: DiscardEntry[];
}
