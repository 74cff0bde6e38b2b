// Mentions: who and what a sentence names. The shared shapes and the name matcher live here; the two passes
// that find mentions are titledPeople.ts (titled people and appositions, first) and names.ts (graph and built-in
// names, short forms, unknown names with a cue); people.ts registers people so later short forms find them.
import type { EntityKind } from '../generated/graphql';
import type { EntityTable } from './entities';
import { entityKeys, gazetteer, type BuiltinEntity, type GazetteerEntry } from './gazetteer';
import type { TitleRelation } from './titles';
import type { Token } from './tokens';
import type { KnownEntity, TextSpan } from './types';

/** The kinds that act and are acted upon: not places or events. */
export const ACTOR_KINDS: ReadonlySet<string> = new Set(['COUNTRY', 'ORGANIZATION', 'PERSON', 'GROUP']);

export interface Mention extends TextSpan {
  /** Token range in the sentence: first inclusive, last exclusive. */
  first: number;
  last: number;
  entityId: string;
  kind: EntityKind;
  form: 'name' | 'demonym' | 'capital' | 'person' | 'surname' | 'event' | 'anaphor';
  /** Names a title's principal ("U.S." in "U.S. President Joe Biden"): not an actor of the sentence. */
  inTitle: boolean;
  /** For a titled person, the token where the title starts: the person's whole noun phrase. */
  np?: number;
}

/** A relation a title states: the person towards the principal named in (or known for) the title. */
export interface RoleFact {
  person: string;
  type: TitleRelation;
  principal: string;
  span: TextSpan;
  /** 'title' when the principal is named in the title, 'known' when it comes from the actor list. */
  how: 'title' | 'known' | 'apposition' | 'sentence' | 'article';
}

export interface SentenceTokens extends TextSpan {
  tokens: Token[];
}

export interface ReadingContext {
  text: string;
  known: ReadonlyMap<string, KnownEntity>;
  table: EntityTable;
  /** Surname (nameKey) → person ids bearing it; two ids make the surname ambiguous. */
  surnames: Map<string, Set<string>>;
  /** Any other word of a person's full name (nameKey) → person ids: "Sheikh Tamim" after "Tamim bin Hamad Al Thani". */
  nameWords: Map<string, Set<string>>;
  /** Short names the article itself gives ("the Northern Liberation Front (NLF)"): key → entity id and kind. */
  acronyms: Map<string, { id: string; kind: EntityKind }>;
  roleFacts: RoleFact[];
  /** The junta the article last named by its state ("Myanmar's junta"): a bare "junta" later is that one. */
  junta?: string;
  /** Names the article introduced with a cue ("in Lashio", "the Harmony party"): token key → entity. */
  articleNames?: Map<string, { id: string; kind: EntityKind }>;
  /** The party the article last named ("the ruling Harmony party"): a later "Ruiz’s party" is that one. */
  party?: string;
  /**
   * State officials titled without their state ("President Ana Ruiz", "Trade Minister Jo Roe"): placed by the
   * sentence, if it names one state before the title.
   */
  /** The year the article was published: an election told without its year is that year's (elections.ts). */
  year?: string;
  unplacedOfficials: { person: string; span: TextSpan; type: 'LEADS' | 'ENVOY_OF'; office?: string; government?: boolean }[];
}

export const PARTICLES = new Set(['bin', 'ibn', 'bint', 'al', 'el', 'abu', 'de', 'da', 'di', 'van', 'von', 'der', 'la', 'le', 'ben']);
export const NOT_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'the', 'on', 'in', 'and',
  'but', 'he', 'she', 'it', 'they', 'we', 'i', 'this', 'that', 'a', 'an', 'as', 'after', 'said', 'says', 'told',
  // Words that start sentences in capitals ("Then Israel struck …") and never start a name.
  'then', 'meanwhile', 'however', 'also', 'when', 'while', 'if', 'although', 'though', 'since', 'before', 'later',
  'earlier', 'both', 'neither', 'either', 'yet', 'so', 'still', 'now', 'today', 'yesterday', 'instead', 'thus', 'or',
  'because', 'once', 'under', 'over', 'despite', 'during', 'with', 'without', 'for', 'from', 'at', 'by', 'to', 'of',
  'about', 'according', 'following', 'amid', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'some', 'many',
  'several', 'all', 'most', 'other', 'another', 'such', 'what', 'why', 'how', 'who', 'which', 'where', 'there',
  'here', 'last', 'next', 'first', 'separately', 'overnight', 'asked', 'speaking', 'unlike', 'like', 'until', 'against',
  // "Fellow NATO member Turkey": a description opening the sentence.
  'fellow',
]);
export function builtinSeed(e: BuiltinEntity): { id: string; name: string; kind: EntityKind } {
  return { id: e.id, name: e.name, kind: e.kind };
}

/** The graph's entity for a built-in one, by its name or any alias. */
export function knownFor(e: BuiltinEntity, known: ReadonlyMap<string, KnownEntity>): KnownEntity | undefined {
  if (known.size === 0) return undefined;
  for (const key of entityKeys(e)) {
    const k = known.get(key);
    if (k) return k;
  }
  return undefined;
}

export function isNameWord(t: Token | undefined): boolean {
  return t !== undefined && t.isWord && t.capitalized && !NOT_NAMES.has(t.lower);
}

/** Words glued to a name by a hyphen that make a compound adjective, not a name ("-linked", "-wide", "-style"). */
const COMPOUND_TAILS = new Set(['run', 'led', 'held', 'wide', 'style', 'era', 'born', 'made', 'free', 'type', 'like', 'only', 'backed', 'based', 'allied', 'aligned', 'friendly', 'bound', 'owned', 'majority', 'dominated', 'controlled']);

/** A short lower-case word that can be a name's second syllable: "myung", "yeol"; not a participle or compound. */
function syllable(t: Token): boolean {
  return t.isWord && /^[a-z]{2,6}$/.test(t.text) && !/(ed|ing)$/.test(t.text) && !COMPOUND_TAILS.has(t.text) && !NOT_NAMES.has(t.text);
}

/** The name starting at token `i`: capitalised words, particles, initials and hyphens between words. */
export function readName(tokens: readonly Token[], i: number, maxWords = 6): number {
  let j = i;
  let words = 0;
  let lastWordEnd = i;
  while (j < tokens.length && words < maxWords) {
    const t = tokens[j];
    if (!t) break;
    // An initial: "Kirill A. Dmitriev", and first ("J. Doe") when a name word follows.
    if (t.isWord && /^\p{Lu}$/u.test(t.text) && tokens[j + 1]?.text === '.' && (words > 0 || isNameWord(tokens[j + 2]))) {
      j += 2; // an initial: "Kirill A. Dmitriev"
      continue;
    }
    if (isNameWord(t)) {
      words++;
      j++;
      lastWordEnd = j;
      continue;
    }
    const prev = tokens[j - 1];
    const next = tokens[j + 1];
    const attached = prev !== undefined && next !== undefined && prev.end === t.start && t.end === next.start;
    if (t.text === '-' && attached && words > 0) {
      // "Lee Jae-myung": a given name's lower-case second syllable, after a surname and its first syllable.
      if (words >= 2 && next && syllable(next)) { j += 2; lastWordEnd = j; words++; continue; }
      j++;
      continue;
    }
    if (t.isWord && PARTICLES.has(t.lower) && words > 0 && (isNameWord(next) || next?.text === '-')) { j++; continue; }
    break;
  }
  return lastWordEnd;
}

/** Past "of", "and", "for" (and "the") joining further capitalised words: the end of a long name, or `end`. */
export function longNameEnd(tokens: readonly Token[], end: number): number {
  let e = end;
  while (e - end < 8 && /^(of|and|for)$/.test(tokens[e]?.lower ?? '')) {
    const next = tokens[e + 1]?.lower === 'the' ? e + 2 : e + 1;
    const after = readName(tokens, next, 4);
    if (after <= next) break;
    e = after;
  }
  return e;
}

export interface Match { last: number; entry?: GazetteerEntry; known?: KnownEntity }

const matchCache = new WeakMap<readonly Token[], Map<number, Match | null>>();

/** Longest graph or built-in name starting at token `i`. The graph wins a tie. Cached per sentence. */
export function matchName(ctx: ReadingContext, tokens: readonly Token[], i: number): Match | null {
  let cache = matchCache.get(tokens);
  if (!cache) {
    cache = new Map();
    matchCache.set(tokens, cache);
  }
  const hit = cache.get(i);
  if (hit !== undefined) return hit;
  const found = matchNameUncached(ctx, tokens, i);
  cache.set(i, found);
  return found;
}

function matchNameUncached(ctx: ReadingContext, tokens: readonly Token[], i: number): Match | null {
  const first = tokens[i];
  if (!first || !first.isWord || !(first.capitalized || /^\p{N}/u.test(first.text))) return null;
  const g = gazetteer();
  const max = Math.min(tokens.length, i + Math.max(g.maxTokens, 6));
  let best: Match | null = null;
  let knownKey = '';
  let gazKey = '';
  for (let j = i + 1; j <= max; j++) {
    const last = tokens[j - 1];
    if (!last) break;
    if (!last.isWord && last.text !== '-' && last.text !== '.') break;
    knownKey += last.key;
    if (!last.isWord) continue;
    gazKey = gazKey === '' ? last.key : `${gazKey} ${last.key}`;
    const known = ctx.known.size > 0 ? ctx.known.get(knownKey) : undefined;
    if (known && last.capitalized) best = { last: j, known };
    const entry = g.entries.get(gazKey)?.[0];
    if (entry && !(known && best?.last === j)) {
      if (entry.upperOnly && !acronymCase(ctx.text.slice(first.start, last.end), tokens[i - 1], tokens[j])) continue;
      best = { last: j, entry };
    }
  }
  return best;
}

/**
 * An acronym written as one: in capitals ("US", "NATO"), or, from four letters, with only its first capitalised as
 * British papers write them ("Nato", "Opec"); "us" and "who" stay words. Written so, it must stand alone: glued to a
 * hyphen ("Al-Amal") or followed by another name word ("Amal Rahimi") it is part of another name.
 */
function acronymCase(written: string, before: Token | undefined, after: Token | undefined): boolean {
  if (written === written.toUpperCase()) return true;
  if (written.length < 4 || !/^[A-Z][a-z]+$/.test(written) || before?.text === '-') return false;
  return !(after?.isWord && after.capitalized && !/^['’]s$/.test(after.text));
}
