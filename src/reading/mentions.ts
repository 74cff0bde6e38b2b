// Finding who and what a sentence names: titled people first ("U.S. President Joe Biden"), then graph and
// built-in names by longest match, then later surnames of people already found, then unknown names whose
// last word says what they are ("… Ministry", "… Forces").
import type { EntityKind } from '../generated/graphql';
import { nameKey } from '../graph/vocabulary';
import type { EntityTable } from './entities';
import { entityKeys, gazetteer, type BuiltinEntity, type GazetteerEntry } from './gazetteer';
import { slug } from './ids';
import { TITLE_HEADS, TITLE_MODIFIERS, titleRelation, type TitleRelation } from './titles';
import type { Token } from './tokens';
import type { KnownEntity, TextSpan } from './types';

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
  how: 'title' | 'known' | 'apposition';
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
  /** Short names the article itself gives ("the National Liberation Army (ELN)"): key → entity id and kind. */
  acronyms: Map<string, { id: string; kind: EntityKind }>;
  roleFacts: RoleFact[];
}

const PARTICLES = new Set(['bin', 'ibn', 'bint', 'al', 'el', 'abu', 'de', 'da', 'di', 'van', 'von', 'der', 'la', 'le', 'ben']);
const NOT_NAMES = new Set([
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
]);
const ORG_CUES = new Set([
  'ministry', 'council', 'army', 'forces', 'agency', 'party', 'committee', 'organization', 'organisation', 'front',
  'brigades', 'movement', 'corps', 'guard', 'guards', 'court', 'parliament', 'commission', 'authority', 'bank',
  'union', 'command', 'office', 'department', 'coalition', 'alliance', 'federation', 'institute', 'association',
]);
const PLACE_CUES = new Set([
  'palace', 'square', 'airport', 'crossing', 'camp', 'hospital', 'street', 'bridge', 'base', 'valley', 'province',
  'governorate', 'district', 'island', 'islands', 'river', 'mountains', 'desert', 'strait', 'gulf', 'sea', 'port',
  // Buildings are places too: where people meet, not who acts.
  'hall', 'building', 'tower', 'hotel', 'stadium', 'mosque', 'cathedral', 'church', 'temple', 'residence', 'compound',
  'castle', 'fortress', 'prison', 'embassy', 'consulate', 'center', 'centre',
]);
const PLACE_PREPOSITIONS = new Set(['in', 'to', 'from', 'at', 'near', 'into', 'across', 'outside', 'inside', 'of', 'toward', 'towards', 'around', 'over', 'on', 'against', 'via', 'through']);

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

function isNameWord(t: Token | undefined): boolean {
  return t !== undefined && t.isWord && t.capitalized && !NOT_NAMES.has(t.lower);
}

/** The name starting at token `i`: capitalised words, particles, initials and hyphens between words. */
export function readName(tokens: readonly Token[], i: number, maxWords = 6): number {
  let j = i;
  let words = 0;
  let lastWordEnd = i;
  while (j < tokens.length && words < maxWords) {
    const t = tokens[j];
    if (!t) break;
    if (t.isWord && /^\p{Lu}$/u.test(t.text) && tokens[j + 1]?.text === '.' && words > 0) {
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
    if (t.text === '-' && attached && words > 0) { j++; continue; }
    if (t.isWord && PARTICLES.has(t.lower) && words > 0 && (isNameWord(next) || next?.text === '-')) { j++; continue; }
    break;
  }
  return lastWordEnd;
}

interface Match { last: number; entry?: GazetteerEntry; known?: KnownEntity }

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
      if (entry.upperOnly && ctx.text.slice(first.start, last.end) !== ctx.text.slice(first.start, last.end).toUpperCase()) continue;
      best = { last: j, entry };
    }
  }
  return best;
}

/** Pass 1: titled people ("Turkish Foreign Minister Hakan Fidan") and people in apposition ("X, Hamas’ deputy chief"). */
export function findTitledPeople(ctx: ReadingContext, s: SentenceTokens, occupied: boolean[]): Mention[] {
  const out: Mention[] = [];
  const { tokens } = s;
  for (let i = 1; i < tokens.length; i++) {
    const here = tokens[i];
    if (occupied[i] || !here || !isNameWord(here) || TITLE_HEADS.has(here.lower) || TITLE_MODIFIERS.has(here.lower)) continue;
    const headIndex = titleHeadBefore(ctx, tokens, i);
    const head = tokens[headIndex];
    if (!head) continue;
    const end = readName(tokens, i);
    if (end <= i) continue;
    // "the official Palestinian news agency": a demonym after a title word is no one's name.
    if (end === i + 1 && gazetteer().demonymKeys.has(here.key)) continue;
    // A name that is itself a country or organization is not a person ("President Putin" is; "Minister Qatar" is not).
    const asName = matchName(ctx, tokens, i);
    if (asName && asName.last >= end && (asName.entry?.entity.kind ?? asName.known?.kind) !== 'PERSON') continue;
    const title = readTitleBackwards(ctx, tokens, headIndex);
    const person = registerPerson(ctx, tokens, i, end);
    const words = tokens.slice(title.wordsFrom, i).filter((t) => t.isWord).map((t) => t.text);
    if (words.length > 0) ctx.table.get(person)?.roles.add(words.join(' '));
    const span = { start: tokens[title.from]?.start ?? head.start, end: tokens[end - 1]?.end ?? head.end };
    addRoleFact(ctx, person, words, title.principal, span, 'title');
    for (const m of title.mentions) out.push(m);
    out.push({ ...personMention(ctx, tokens, i, end, person), np: title.from });
    for (let k = title.from; k < end; k++) occupied[k] = true;
    i = end - 1;
  }
  out.push(...findAppositions(ctx, s, occupied));
  return out;
}

/**
 * The index of the title head right before a name at `i`, or -1: "President Joe Biden", "Secretary of State Marco
 * Rubio", "Ambassador to Türkiye Tom Barrack" (the country after "to" is where the envoy serves, not whom for).
 */
function titleHeadBefore(ctx: ReadingContext, tokens: readonly Token[], i: number): number {
  const before = tokens[i - 1];
  if (!before) return -1;
  if (TITLE_HEADS.has(before.lower)) return i - 1;
  // "Mexico's Foreign Minister, Marcelo Ebrard, said": the title set off by a comma.
  if (before.text === ',' && TITLE_HEADS.has(tokens[i - 2]?.lower ?? '') && tokens[i - 2]?.capitalized) return i - 2;
  if (before.lower === 'state' && tokens[i - 2]?.lower === 'of' && TITLE_HEADS.has(tokens[i - 3]?.lower ?? '')) return i - 1;
  for (let start = Math.max(0, i - 4); start < i; start++) {
    const prep = tokens[start - 1]?.lower;
    if ((prep !== 'to' && prep !== 'for') || !TITLE_HEADS.has(tokens[start - 2]?.lower ?? '')) continue;
    const m = matchName(ctx, tokens, start);
    if (m && m.last === i) return start - 2;
  }
  return -1;
}

function personMention(ctx: ReadingContext, tokens: readonly Token[], i: number, end: number, person: string): Mention {
  const first = tokens[i];
  const last = tokens[end - 1];
  const span = { start: first?.start ?? 0, end: last?.end ?? 0 };
  ctx.table.addMention(person, span, ctx.text.slice(span.start, span.end));
  return { ...span, first: i, last: end, entityId: person, kind: 'PERSON', form: 'person', inTitle: false };
}

function registerPerson(ctx: ReadingContext, tokens: readonly Token[], i: number, end: number): string {
  const surface = ctx.text.slice(tokens[i]?.start ?? 0, tokens[end - 1]?.end ?? 0);
  const words = tokens.slice(i, end).filter((t) => t.isWord && t.text.length > 1);
  const match = matchName(ctx, tokens, i);
  let id: string;
  if (match && match.last === end && match.entry?.entity.kind === 'PERSON') {
    const e = match.entry.entity;
    id = ctx.table.ensure(builtinSeed(e), knownFor(e, ctx.known)).id;
  } else if (match && match.last === end && match.known?.kind === 'PERSON') {
    id = ctx.table.ensure({ id: match.known.id, name: match.known.name, kind: 'PERSON' }, match.known).id;
  } else if (words.length === 1 || isShortForm(words)) {
    // A short form after a title ("President Biden", "Sheikh Tamim", "al-Burhan"): the one person of the article,
    // or of the built-in data, whose full name has that word; else a person of that name.
    const key = nameKey(words[words.length - 1]?.text ?? surface);
    const only = onlyOne(ctx.surnames.get(key)) ?? (ctx.surnames.has(key) ? undefined : onlyOne(ctx.nameWords.get(key)));
    const builtin = only || ctx.surnames.has(key) || ctx.nameWords.has(key) ? undefined : builtinSurname(key) ?? builtinNameWord(key);
    id = only ?? (builtin ? ctx.table.ensure(builtinSeed(builtin), knownFor(builtin, ctx.known)).id : ctx.table.ensure({ id: slug(surface), name: surface, kind: 'PERSON' }).id);
  } else {
    const name = words.map((t) => t.text).join(' ') === surface ? surface : surface.replace(/\s+[A-Z]\.\s+/, ' ');
    id = ctx.table.ensure({ id: slug(name), name, kind: 'PERSON' }).id;
  }
  if (words.length > 1 && !isShortForm(words)) rememberPersonName(ctx, words.map((t) => t.text), id);
  return id;
}

function onlyOne(ids: ReadonlySet<string> | undefined): string | undefined {
  return ids && ids.size === 1 ? [...ids][0] : undefined;
}

/** "al-Burhan", "bin Salman": a particle and one name word are a surname, not a full name. */
function isShortForm(words: readonly Token[]): boolean {
  return words.length === 2 && PARTICLES.has(words[0]?.lower ?? '');
}

/** A person's full name, so later short forms of it find the person: the surname and every other name word. */
export function rememberPersonName(ctx: ReadingContext, nameWords: readonly string[], id: string): void {
  const words = nameWords.flatMap((w) => w.split('-')).filter((w) => w.length > 1 && !PARTICLES.has(w.toLowerCase()));
  const surname = words[words.length - 1];
  if (!surname || words.length < 2) return;
  const add = (map: Map<string, Set<string>>, word: string): void => {
    const key = nameKey(word);
    const set = map.get(key) ?? new Set<string>();
    set.add(id);
    map.set(key, set);
  };
  add(ctx.surnames, surname);
  for (const w of words.slice(0, -1)) add(ctx.nameWords, w);
}

interface TitleRead {
  from: number;
  /** Where the title's own words start (after the principal). */
  wordsFrom: number;
  principal: { id: string; kind: EntityKind } | null;
  mentions: Mention[];
}

/** Walks left from a title head over title words and the principal's name ("U.S. Middle East envoy"). */
function readTitleBackwards(ctx: ReadingContext, tokens: readonly Token[], headIndex: number): TitleRead {
  let from = headIndex;
  let wordsFrom = headIndex;
  let principal: TitleRead['principal'] = null;
  const mentions: Mention[] = [];
  let k = headIndex - 1;
  while (k >= 0) {
    const t = tokens[k];
    if (!t) break;
    const glued = t.text === '-' && t.start === tokens[k - 1]?.end && t.end === tokens[k + 1]?.start;
    if (glued && (TITLE_MODIFIERS.has(tokens[k - 1]?.lower ?? '') || TITLE_HEADS.has(tokens[k - 1]?.lower ?? ''))) { k--; continue; }
    if (t.isWord && (TITLE_MODIFIERS.has(t.lower) || TITLE_HEADS.has(t.lower)) && !(t.lower === 'the' && k === 0)) {
      if (t.lower !== 'the' && t.lower !== 'of' && t.lower !== 'for') wordsFrom = k;
      from = k;
      k--;
      continue;
    }
    // A possessive before the title ("Russia’s", "Hamas’") belongs to the principal.
    const poss = t.text === "'s" || t.text === '’s' || t.text === '’' || t.text === "'" ? 1 : 0;
    const nameEnd = k - poss + 1;
    const found = principalEndingAt(ctx, tokens, nameEnd);
    if (found && !principal) {
      const before = tokens[found.first - 1];
      if (before && (before.lower === 'to' || before.lower === 'for' || before.lower === 'in')) {
        // "Special Representative for Ukraine General …": where the office points, not whom it serves.
        if (!TITLE_HEADS.has(tokens[found.first - 2]?.lower ?? '')) break;
        ctx.table.removeSpan(found.entityId, found);
        from = found.first - 2;
        wordsFrom = from;
        k = found.first - 3;
        continue;
      }
      principal = { id: found.entityId, kind: found.kind };
      mentions.push({ ...found, inTitle: true });
      from = found.first;
      k = found.first - 1;
      continue;
    }
    break;
  }
  return { from, wordsFrom: Math.max(wordsFrom, from), principal, mentions };
}

/** A country or organization name ending just before token `end` (exclusive). */
function principalEndingAt(ctx: ReadingContext, tokens: readonly Token[], end: number): Mention | null {
  for (let start = Math.max(0, end - 4); start < end; start++) {
    const m = matchName(ctx, tokens, start);
    if (!m || m.last !== end) continue;
    const e = m.entry?.entity;
    const kind = m.known?.kind ?? e?.kind;
    if (kind !== 'COUNTRY' && kind !== 'ORGANIZATION') continue;
    const id = m.known ? ctx.table.ensure({ id: m.known.id, name: m.known.name, kind: m.known.kind }, m.known).id
      : e ? ctx.table.ensure(builtinSeed(e), knownFor(e, ctx.known)).id : null;
    if (!id) continue;
    const span = { start: tokens[start]?.start ?? 0, end: tokens[end - 1]?.end ?? 0 };
    if (!m.entry || m.entry.form === 'name') ctx.table.addMention(id, span, ctx.text.slice(span.start, span.end));
    else ctx.table.addSpan(id, span);
    return { ...span, first: start, last: end, entityId: id, kind, form: m.entry?.form ?? 'name', inTitle: true };
  }
  return null;
}

function addRoleFact(ctx: ReadingContext, person: string, words: string[], principal: TitleRead['principal'], span: TextSpan, how: RoleFact['how']): void {
  if (principal) {
    const type = titleRelation(words, principal.kind === 'COUNTRY');
    if (type) ctx.roleFacts.push({ person, type, principal: principal.id, span, how });
    return;
  }
  // No principal named: a known office-holder's title still says it ("President Joe Biden" → LEADS united-states).
  const builtin = gazetteer().entities.get(person);
  const country = builtin?.country;
  if (!builtin || !country || !builtin.role) return;
  const type = titleRelation(words, true);
  if (type !== builtin.role) return;
  const countryEntity = gazetteer().entities.get(country);
  if (!countryEntity) return;
  const id = ctx.table.ensure(builtinSeed(countryEntity), knownFor(countryEntity, ctx.known)).id;
  ctx.roleFacts.push({ person, type, principal: id, span, how: 'known' });
}

/** "Khalil Al-Hayya, Hamas’ deputy chief in Gaza" and "Igor Kostyukov, director of GRU …". */
function findAppositions(ctx: ReadingContext, s: SentenceTokens, occupied: boolean[]): Mention[] {
  const out: Mention[] = [];
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    if (occupied[i] || !isNameWord(tokens[i])) continue;
    const end = readName(tokens, i, 5);
    const words = tokens.slice(i, end).filter((t) => t.isWord && t.text.length > 1);
    if (words.length < 2 || tokens[end]?.text !== ',') { i = Math.max(i, end - 1); continue; }
    // A name the graph or the data knows is a person in apposition only when it is a person and the whole name.
    // Anything else is skipped as a whole: its tail ("Al-Hayya" of a known "Khalil Al-Hayya") is no name of its own.
    const known = matchName(ctx, tokens, i);
    if (known && ((known.known?.kind ?? known.entry?.entity.kind) !== 'PERSON' || known.last !== end)) {
      i = Math.max(i, end - 1, known.last - 1);
      continue;
    }
    // After the comma: [principal ’s] title words [of principal], within a few tokens.
    let k = end + 1;
    let principal: TitleRead['principal'] = null;
    const titleWords: string[] = [];
    const mentions: Mention[] = [];
    let sawHead = false;
    while (k < tokens.length && k < end + 10) {
      const t = tokens[k];
      if (!t) break;
      if (t.isWord && TITLE_HEADS.has(t.lower)) { titleWords.push(t.text); sawHead = true; k++; continue; }
      if (t.isWord && TITLE_MODIFIERS.has(t.lower) && !sawHead) { if (t.lower !== 'the') titleWords.push(t.text); k++; continue; }
      if (t.text === '’' || t.text === "'" || t.text === '’s' || t.text === "'s" || t.lower === 'of' || t.lower === 'the') { k++; continue; }
      const m = principal ? null : matchName(ctx, tokens, k);
      const kind = m ? m.known?.kind ?? m.entry?.entity.kind : undefined;
      if (m && (kind === 'COUNTRY' || kind === 'ORGANIZATION')) {
        const found = principalEndingAt(ctx, tokens, m.last);
        if (found) { principal = { id: found.entityId, kind: found.kind }; mentions.push(found); k = m.last; continue; }
      }
      break;
    }
    if (!sawHead || !principal) continue;
    const person = registerPerson(ctx, tokens, i, end);
    ctx.table.get(person)?.roles.add(titleWords.join(' '));
    const span = { start: tokens[i]?.start ?? 0, end: tokens[k - 1]?.end ?? 0 };
    addRoleFact(ctx, person, titleWords.filter((w) => w.toLowerCase() !== 'of'), principal, span, 'apposition');
    out.push(personMention(ctx, tokens, i, end, person), ...mentions);
    for (let x = i; x < k; x++) occupied[x] = true;
    i = k - 1;
  }
  return out;
}

/** Pass 2: graph and built-in names, later surnames, and unknown names with an organization cue. */
export function findNames(ctx: ReadingContext, s: SentenceTokens, occupied: boolean[]): Mention[] {
  const out: Mention[] = [];
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    if (occupied[i]) continue;
    const t = tokens[i];
    if (!t || !t.isWord) continue;
    const m = matchName(ctx, tokens, i);
    if (m && !occupied.slice(i, m.last).some(Boolean)) {
      const mention = nameMention(ctx, tokens, i, m);
      if (mention) {
        out.push(mention);
        rememberAcronym(ctx, tokens, m.last, mention, occupied);
        for (let k = i; k < m.last; k++) occupied[k] = true;
        i = m.last - 1;
        continue;
      }
    }
    if (!isNameWord(t)) continue;
    const acronym = ctx.acronyms.get(t.key);
    if (acronym && !isNameWord(tokens[i + 1])) {
      const span = { start: t.start, end: t.end };
      ctx.table.addMention(acronym.id, span, t.text);
      out.push({ ...span, first: i, last: i + 1, entityId: acronym.id, kind: acronym.kind, form: 'name', inTitle: false });
      occupied[i] = true;
      continue;
    }
    const ids = ctx.surnames.get(nameKey(t.text));
    const only = onlyOne(ids) ?? (ids ? undefined : onlyOne(ctx.nameWords.get(nameKey(t.text))));
    if (only && !isNameWord(tokens[i + 1])) {
      out.push(personMention(ctx, tokens, i, i + 1, only));
      occupied[i] = true;
      continue;
    }
    // A curated person's surname alone ("Netanyahu said"), when the article names no one else so.
    const builtin = !ids && !isNameWord(tokens[i + 1]) ? builtinSurname(t.key) : undefined;
    if (builtin) {
      const id = ctx.table.ensure(builtinSeed(builtin), knownFor(builtin, ctx.known)).id;
      out.push(personMention(ctx, tokens, i, i + 1, id));
      occupied[i] = true;
      continue;
    }
    const end = readName(tokens, i, 6);
    const last = tokens[end - 1];
    const cueKind: EntityKind | null = end - i >= 2 && last && i > 0 ? (ORG_CUES.has(last.lower) ? 'ORGANIZATION' : PLACE_CUES.has(last.lower) ? 'PLACE' : null) : null;
    // "Iran’s Foreign Ministry", "the Israeli Defense Ministry": a state's organ is the state (eval/README.md, rule 8).
    const owner = cueKind === 'ORGANIZATION' && last && GOVERNMENT_ORGANS.has(last.lower) ? stateBefore(out, tokens, i) : undefined;
    if (owner && last) {
      const span = { start: t.start, end: last.end };
      ctx.table.addSpan(owner.entityId, span);
      out.push({ ...span, first: i, last: end, entityId: owner.entityId, kind: 'COUNTRY', form: 'demonym', inTitle: false });
      for (let k = i; k < end; k++) occupied[k] = true;
      i = end - 1;
    } else if (cueKind && last) {
      const name = ctx.text.slice(t.start, last.end);
      const id = ctx.table.ensure({ id: slug(name), name, kind: cueKind }, ctx.known.get(nameKey(name))).id;
      const span = { start: t.start, end: last.end };
      ctx.table.addMention(id, span, name);
      const mention: Mention = { ...span, first: i, last: end, entityId: id, kind: ctx.table.get(id)?.kind ?? cueKind, form: 'name', inTitle: false };
      out.push(mention);
      rememberAcronym(ctx, tokens, end, mention, occupied);
      for (let k = i; k < end; k++) occupied[k] = true;
      i = end - 1;
    } else if (end > i) {
      i = end - 1;
    }
  }
  return out;
}

/**
 * "the National Liberation Army (ELN)": a short form in brackets right after a name is that entity's alias, and
 * names it for the rest of the article.
 */
function rememberAcronym(ctx: ReadingContext, tokens: readonly Token[], after: number, m: Mention, occupied: boolean[]): void {
  const open = tokens[after];
  const word = tokens[after + 1];
  const close = tokens[after + 2];
  if (open?.text !== '(' || close?.text !== ')' || !word || !word.isWord || !/^\p{Lu}[\p{Lu}\p{N}-]{1,9}$/u.test(word.text)) return;
  if (m.kind === 'PERSON' || m.kind === 'EVENT' || ctx.acronyms.has(word.key)) return;
  ctx.acronyms.set(word.key, { id: m.entityId, kind: m.kind });
  ctx.table.addMention(m.entityId, { start: word.start, end: word.end }, word.text);
  // The bracket belongs to the name's noun phrase, so what follows it ("… (ELN) rebel group resumed") is next.
  m.last = after + 3;
  m.end = close.end;
  for (let k = after; k < after + 3; k++) occupied[k] = true;
}

const GOVERNMENT_ORGANS = new Set(['ministry', 'cabinet', 'office', 'parliament', 'presidency', 'department', 'government', 'council', 'command']);

/** The state named right before token `i`: "Iran ’s …" or the demonym "Israeli …". */
function stateBefore(found: readonly Mention[], tokens: readonly Token[], i: number): Mention | undefined {
  const poss = tokens[i - 1];
  const at = poss && (poss.text === '’s' || poss.text === "'s") ? i - 1 : i;
  return found.find((m) => m.last === at && m.kind === 'COUNTRY' && !m.inTitle);
}

let surnameIndex: Map<string, BuiltinEntity | null> | undefined;

/** The curated person whose last name this is, unless two share it. */
function builtinSurname(key: string): BuiltinEntity | undefined {
  if (!surnameIndex) {
    surnameIndex = new Map();
    for (const e of gazetteer().entities.values()) {
      if (e.kind !== 'PERSON') continue;
      const last = nameKey(e.name.split(/[\s-]+/).pop() ?? '');
      surnameIndex.set(last, surnameIndex.has(last) ? null : e);
    }
  }
  return surnameIndex.get(key) ?? undefined;
}

let nameWordIndex: Map<string, BuiltinEntity | null> | undefined;

/** The curated person one of whose other name words this is ("Tamim"), unless two share it. */
function builtinNameWord(key: string): BuiltinEntity | undefined {
  if (!nameWordIndex) {
    nameWordIndex = new Map();
    for (const e of gazetteer().entities.values()) {
      if (e.kind !== 'PERSON') continue;
      const words = e.name.split(/[\s-]+/).filter((w) => w.length > 1 && !PARTICLES.has(w.toLowerCase()));
      for (const w of words.slice(0, -1)) {
        const k = nameKey(w);
        nameWordIndex.set(k, nameWordIndex.has(k) && nameWordIndex.get(k) !== e ? null : e);
      }
    }
  }
  return nameWordIndex.get(key) ?? undefined;
}

function nameMention(ctx: ReadingContext, tokens: readonly Token[], i: number, m: Match): Mention | null {
  const first = tokens[i];
  const last = tokens[m.last - 1];
  if (!first || !last) return null;
  const span = { start: first.start, end: last.end };
  const surface = ctx.text.slice(span.start, span.end);
  if (m.known) {
    const id = ctx.table.ensure({ id: m.known.id, name: m.known.name, kind: m.known.kind }, m.known).id;
    ctx.table.addMention(id, span, surface);
    return { ...span, first: i, last: m.last, entityId: id, kind: m.known.kind, form: 'name', inTitle: false };
  }
  const entry = m.entry;
  if (!entry) return null;
  let e = entry.entity;
  let form = entry.form;
  if (form === 'demonym' && e.capital && tokens[m.last]?.lower === 'capital') {
    // "the Egyptian capital" is the city.
    const capitalSpan = { start: span.start, end: tokens[m.last]?.end ?? span.end };
    const city = ctx.table.ensure({ id: slug(e.capital), name: e.capital, kind: 'PLACE' }, ctx.known.get(nameKey(e.capital)));
    ctx.table.addMention(city.id, capitalSpan, ctx.text.slice(capitalSpan.start, capitalSpan.end));
    return { ...capitalSpan, first: i, last: m.last + 1, entityId: city.id, kind: city.kind, form: 'name', inTitle: false };
  }
  if (form === 'capital' && !governmentUse(tokens, i, m.last)) {
    // A capital as a place ("arrived in Cairo"): the city itself.
    e = { id: slug(surface), name: surface, kind: 'PLACE', aliases: [], country: e.id };
    form = 'name';
  }
  const id = ctx.table.ensure(builtinSeed(e), knownFor(e, ctx.known)).id;
  if (form === 'name') ctx.table.addMention(id, span, surface);
  else ctx.table.addSpan(id, span);
  if (e.kind === 'PERSON') rememberPersonName(ctx, e.name.split(/\s+/), id);
  return { ...span, first: i, last: m.last, entityId: id, kind: ctx.table.get(id)?.kind ?? e.kind, form: form === 'capital' ? 'capital' : form, inTitle: false };
}

const EVENT_AFTER = new Set(['talks', 'summit', 'meeting', 'negotiations', 'process', 'agreement', 'conference', 'declaration', 'accord', 'airport', 'residents', 'streets', 'province', 'governorate']);

/**
 * "Washington said", "urged Tehran", "Kyiv’s response": a capital that acts or is acted upon is its government.
 * After a preposition of place ("in Cairo"), after "the"/"capital", or naming talks ("the Cairo talks") it is the city.
 */
function governmentUse(tokens: readonly Token[], i: number, last: number): boolean {
  const before = tokens[i - 1];
  if (before && (PLACE_PREPOSITIONS.has(before.lower) || /^(the|capital|city|of)$/.test(before.lower))) return false;
  const after = tokens[last];
  if (after && EVENT_AFTER.has(after.lower)) return false;
  return true;
}
