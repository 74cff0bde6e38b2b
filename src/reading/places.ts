// Places the built-in data does not know, named by the words around them: "Idlib province", "the Kherson region",
// "Shan state", "the Nevatim air base", "the Donetsk, Luhansk and Kherson regions", "the village of Arvi",
// "an air base in Uttar Pradesh". Only capitalised words no data knows as anything else become a place.
import type { EntityKind } from '../generated/graphql';
import { nameKey } from '../graph/vocabulary';
import { gazetteer } from './gazetteer';
import { rememberName } from './articleNames';
import { slug } from './ids';
import { isNameWord, matchName, readName, type Mention, type ReadingContext } from './mentions';
import { ORG_CUES } from './names';
import { TITLE_HEADS } from './titles';
import type { Token } from './tokens';

/** Lower-case words after a name that say it is a region of a state: the place is the name alone ("Idlib"). */
const REGION_WORDS = new Set(['region', 'province', 'oblast', 'governorate', 'district', 'county', 'prefecture', 'municipality']);
const REGION_PLURALS = new Set(['regions', 'provinces', 'oblasts', 'governorates', 'districts', 'counties', 'prefectures', 'municipalities', 'states']);
/** Nouns of settlements and regions that "the … of X" names X with ("the village of Arvi", "the port city of Aden"). */
const PLACE_NOUNS = new Set(['city', 'town', 'village', 'province', 'region', 'district', 'governorate', 'port', 'oblast', 'county', 'municipality', 'enclave', 'island', 'resort', 'cities', 'towns', 'villages', 'settlements']);
/** Plural settlement nouns whose "of" opens a list of names: "the villages of Orlivka and Tonenke". */
const PLURAL_PLACE_NOUNS = /^(cities|towns|villages|settlements|regions|provinces|districts|islands)$/;

export interface PlaceName {
  /** Token range of the whole mention (descriptor included), last exclusive. */
  first: number;
  last: number;
  name: string;
}

/** A demonym or a word the data knows as an actor ("Jewish", "Islamic") never names a place on its own. */
function plainName(ctx: ReadingContext, tokens: readonly Token[], i: number, end: number): boolean {
  if (end <= i || tokens.slice(i, end).some((t) => gazetteer().demonymKeys.has(t.key))) return false;
  for (let k = i; k < end; k++) if (matchName(ctx, tokens, k)) return false;
  return true;
}

const text = (ctx: ReadingContext, tokens: readonly Token[], i: number, end: number): string => ctx.text.slice(tokens[i]?.start ?? 0, tokens[end - 1]?.end ?? 0);

/**
 * The place an unknown name at `i` (ending at `end`) is, by the lower-case words after it or the words before it:
 * "Idlib province" (Idlib), "Shan state" (Shan State), "Nevatim air base" (Nevatim Air Base), "the village of
 * Arvi", "a base in Uttar Pradesh" (a name right after a place and "in"). Null when nothing says so.
 */
export function placeAt(ctx: ReadingContext, tokens: readonly Token[], i: number, end: number, found: readonly Mention[]): PlaceName | null {
  if (!plainName(ctx, tokens, i, end)) return null;
  const name = text(ctx, tokens, i, end);
  const next = tokens[end];
  if (next && !next.capitalized && REGION_WORDS.has(next.lower)) return { first: i, last: end + 1, name };
  if (next?.lower === 'state' && !next.capitalized) return { first: i, last: end + 1, name: `${name} State` };
  const base = siteWords(tokens, end);
  if (base > 0) {
    const words = tokens.slice(end, end + base).map((t) => t.lower.charAt(0).toUpperCase() + t.lower.slice(1));
    return { first: i, last: end + base, name: `${name} ${words.join(' ')}` };
  }
  const before = tokens[i - 1]?.lower;
  // "the village of Arvi", "the port city of Aden".
  if (before === 'of' && PLACE_NOUNS.has(tokens[i - 2]?.lower ?? '')) return { first: i, last: end, name };
  // "the villages of Orlivka and Tonenke": a later name of the list the plural noun opens.
  if ((before === 'and' || before === ',') && listedPlace(tokens, found, i - 1)) return { first: i, last: end, name };
  // "an air base in Uttar Pradesh": what a place lies in is a place.
  if (before === 'in' && found.some((m) => m.last === i - 1 && m.kind === 'PLACE')) return { first: i, last: end, name };
  // "fighting in Lashio": an unknown name right after a preposition of place, not an office, body or person's.
  if (before && /^(in|near|outside|around)$/.test(before) && bareName(ctx, tokens, i, end)) return { first: i, last: end, name };
  // "Varnok in northeastern Ukraine": a side of a state or region after "in" says the name is a place in it;
  // so does a set-off one ("Varnok, in eastern Ukraine,") and a region named by its word ("in Punjab province").
  const inAt = next?.lower === 'in' ? end : next?.text === ',' && tokens[end + 1]?.lower === 'in' ? end + 1 : -1;
  if (inAt >= 0 && (sideOfPlace(ctx, tokens, inAt) || regionAfter(tokens, inAt + 1)) && bareName(ctx, tokens, i, end)) return { first: i, last: end, name };
  // "Bakhmut, which lies in the Donetsk region": a clause that only places it says it is a place.
  if (next?.text === ',' && placingClauseEnd(tokens, end + 1) >= 0 && bareName(ctx, tokens, i, end)) return { first: i, last: end, name };
  // "Kupiansk, a key town in …", "Arvi, the village where …": an apposition says the name is a settlement.
  if (next?.text === ',' && settlementApposition(tokens, end + 1) && bareName(ctx, tokens, i, end)) return { first: i, last: end, name };
  // "in Dolna, Serbia,": a town and the state it lies in, the state ending the phrase.
  if (before && /^(in|at|near|from)$/.test(before) && next?.text === ',' && stateEndingPhrase(ctx, tokens, end + 1)) return { first: i, last: end, name };
  return null;
}

/**
 * After "X," at k: "which lies in", "which is located in", "located in", "situated in", "lying in". Returns the
 * index of the "in", or -1.
 */
export function placingClauseEnd(tokens: readonly Token[], k: number): number {
  let j = k;
  if (/^(which|that)$/.test(tokens[j]?.lower ?? '')) j++;
  if (/^(is|was|lies|lay|sits|stands)$/.test(tokens[j]?.lower ?? '')) j++;
  if (/^(located|situated|lying|nestled)$/.test(tokens[j]?.lower ?? '')) j++;
  return j > k && j - k <= 3 && tokens[j]?.lower === 'in' && !(j === k + 1 && /^(which|that)$/.test(tokens[k]?.lower ?? '')) ? j : -1;
}

/**
 * Whether the place mention ending at `sep` (the "and" or comma before a name) is one of a list opened by "the
 * villages of": walks back over at most eight names of the list.
 */
function listedPlace(tokens: readonly Token[], found: readonly Mention[], sep: number): boolean {
  let k = sep;
  for (let n = 0; n < 8; n++) {
    if (tokens[k]?.lower === 'and' && tokens[k - 1]?.text === ',') k--;
    const prev = found.find((m) => m.last === k && m.kind === 'PLACE');
    if (!prev) return false;
    if (tokens[prev.first - 1]?.lower === 'of' && PLURAL_PLACE_NOUNS.test(tokens[prev.first - 2]?.lower ?? '')) return true;
    k = prev.first - 1;
    if (tokens[k]?.lower !== 'and' && tokens[k]?.text !== ',') return false;
  }
  return false;
}

/** Heads of named sites: "the Nevatim air base", "the Al-Shifa hospital", "the Zaporizhzhia nuclear plant". */
const SITE_HEADS = /^(base|airbase|airport|airfield|hospital|refinery|plant|camp|monastery|mosque|church|cathedral|prison|dam|port|terminal)$/;
/** Lower-case words that may stand between the name and the site's head: "air base", "refugee camp". */
const SITE_MODIFIERS = /^(air|naval|military|army|nuclear|power|oil|refugee|international|thermal|hydroelectric|gas|detention)$/;

/** How many lower-case words after a name at `k` name a site ("air base": 2), or 0. */
function siteWords(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j - k < 2 && tokens[j] && !tokens[j]?.capitalized && SITE_MODIFIERS.test(tokens[j]?.lower ?? '')) j++;
  const head = tokens[j];
  if (!head || head.capitalized || !SITE_HEADS.test(head.lower)) return 0;
  // "power plant" needs its modifier; a bare "plant" or "port" after a name is a verb or another sense.
  if (/^(plant|port|terminal)$/.test(head.lower) && j === k) return 0;
  return j - k + 1;
}

const SETTLEMENT_NOUNS = /^(city|town|village|port|settlement|hamlet|capital|hub)$/;

/** "Punjab province", "the Kursk region" from token `k`: one to three name words, then a lower-case region word. */
function regionAfter(tokens: readonly Token[], k: number): boolean {
  let j = tokens[k]?.lower === 'the' ? k + 1 : k;
  // "Ukraine's Kharkiv region": the state's possessive before the region's name.
  if (isNameWord(tokens[j]) && /^['’]s$/.test(tokens[j + 1]?.text ?? '')) j += 2;
  const from = j;
  while (j - from < 3 && isNameWord(tokens[j])) j++;
  const word = tokens[j];
  return j > from && word !== undefined && !word.capitalized && REGION_WORDS.has(word.lower);
}

/** "a key town in", "a port city on", "the village of" from token k: an article, plain words, then a settlement noun. */
function settlementApposition(tokens: readonly Token[], k: number): boolean {
  if (!/^(a|an|the)$/.test(tokens[k]?.lower ?? '')) return false;
  for (let j = k + 1; j < k + 5; j++) {
    const t = tokens[j];
    // "the Ukrainian port city": a demonym may describe the settlement.
    if (!t || !t.isWord || (t.capitalized && !gazetteer().demonymKeys.has(t.key))) return false;
    // "a port city in": the last of the settlement nouns is the head.
    if (SETTLEMENT_NOUNS.test(t.lower) && !SETTLEMENT_NOUNS.test(tokens[j + 1]?.lower ?? '')) return /^(in|on|near|of|that|which|where|,)$/.test(tokens[j + 1]?.text.toLowerCase() ?? '');
  }
  return false;
}

/** "in (the) northeastern Ukraine" from token `k` (the "in"): a side word, then a state or known place. */
function sideOfPlace(ctx: ReadingContext, tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  if (tokens[j]?.lower === 'the') j++;
  const from = j;
  // "in the occupied West Bank": a state's or territory's status stands where a side would.
  while (j - from < 2 && /^(eastern|western|northern|southern|central|northeastern|northwestern|southeastern|southwestern|occupied)$/.test(tokens[j]?.lower ?? '')) j++;
  if (j === from) return false;
  const m = matchName(ctx, tokens, j);
  const kind = m?.known?.kind ?? m?.entry?.entity.kind;
  return kind === 'COUNTRY' || kind === 'PLACE';
}

/** Names that are no organization's, office's or person's: no cue word, no surname the article gave, no possessive. */
function bareName(ctx: ReadingContext, tokens: readonly Token[], i: number, end: number): boolean {
  if (/^['’]s$/.test(tokens[end]?.text ?? '') || tokens[end]?.text === '-') return false;
  for (let k = i; k < end; k++) {
    const t = tokens[k];
    if (!t || ORG_CUES.has(t.lower) || TITLE_HEADS.has(t.lower) || ctx.surnames.has(t.key) || ctx.nameWords.has(t.key)) return false;
  }
  return true;
}

/** A state's name (not a demonym or capital) at `k`, followed by punctuation or a lower-case word other than "and". */
function stateEndingPhrase(ctx: ReadingContext, tokens: readonly Token[], k: number): boolean {
  const m = matchName(ctx, tokens, k);
  if (!m || (m.known?.kind ?? m.entry?.entity.kind) !== 'COUNTRY' || (m.entry && m.entry.form !== 'name')) return false;
  const after = tokens[m.last];
  if (!after) return true;
  if (after.text === ',') return !tokens[m.last + 1]?.capitalized;
  return /^[.;:)]$/.test(after.text) || (after.isWord && !after.capitalized && after.lower !== 'and' && after.lower !== 'or');
}

/**
 * "the Donetsk, Luhansk and Kherson regions": each unknown name of a list before a plural region word is a place.
 * Marks their tokens occupied and returns their mentions.
 */
export function placeLists(ctx: ReadingContext, tokens: readonly Token[], occupied: boolean[]): Mention[] {
  const out: Mention[] = [];
  for (let d = 1; d < tokens.length; d++) {
    const word = tokens[d];
    if (!word || word.capitalized || !REGION_PLURALS.has(word.lower)) continue;
    const names: { i: number; end: number }[] = [];
    let k = d;
    // Walk back: name, then ", " or "and" (or ", and") before the next name; at most eight names.
    while (names.length < 8) {
      let i = k - 1;
      while (i > 0 && isNameWord(tokens[i - 1]) && k - i < 4) i--;
      if (i >= k || !isNameWord(tokens[i]) || readName(tokens, i, 4) !== k || occupied[i]) break;
      names.push({ i, end: k });
      const sep = tokens[i - 1]?.lower;
      const sep2 = tokens[i - 2]?.text;
      if (sep === 'and' && sep2 === ',') k = i - 2;
      else if (sep === 'and' || sep === ',') k = i - 1;
      else break;
    }
    if (names.length < 2) continue;
    for (const n of names) {
      if (!plainName(ctx, tokens, n.i, n.end)) continue;
      out.push(addPlace(ctx, tokens, { first: n.i, last: n.end, name: text(ctx, tokens, n.i, n.end) }, n.end));
      for (let x = n.i; x < n.end; x++) occupied[x] = true;
    }
  }
  return out;
}

/** Records a place: the entity named `name`, the mention over its tokens up to `spanEnd` (exclusive). */
export function addPlace(ctx: ReadingContext, tokens: readonly Token[], given: PlaceName, spanEnd = given.last): Mention {
  const kind: EntityKind = 'PLACE';
  const p = withArticle(tokens, given);
  const id = ctx.table.ensure({ id: slug(p.name), name: p.name, kind }, ctx.known.get(nameKey(p.name))).id;
  rememberName(ctx, p.name, id, ctx.table.get(id)?.kind ?? kind);
  const span = { start: tokens[p.first]?.start ?? 0, end: tokens[spanEnd - 1]?.end ?? 0 };
  // The name, not the surface: "Idlib province" is a description of Idlib, never its alias.
  ctx.table.addMention(id, span, ctx.table.get(id)?.name ?? p.name);
  return { ...span, first: p.first, last: spanEnd, entityId: id, kind: ctx.table.get(id)?.kind ?? kind, form: 'name', inTitle: false };
}

/** "el-Fasher", "al-Qusayr": an Arabic article glued to a place's name is part of it, written as the text has it. */
function withArticle(tokens: readonly Token[], p: PlaceName): PlaceName {
  const [article, hyphen, first] = [tokens[p.first - 2], tokens[p.first - 1], tokens[p.first]];
  if (!article || !hyphen || !first || hyphen.text !== '-' || article.end !== hyphen.start || hyphen.end !== first.start) return p;
  if (!/^(al|el|ad|ar|as|ash|an|at|az)$/.test(article.text) || !p.name.startsWith(first.text)) return p;
  return { ...p, first: p.first - 2, name: `${article.text}-${p.name}` };
}
