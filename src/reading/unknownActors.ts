// Organizations and places no data knows, named in shapes news gives them: a short form in capitals ("the NLF",
// "the KDP militia"), a name joined by an Urdu or Persian linking particle ("Tehreek-e-Azadi"), and the places of
// a list after a plural place noun ("four provinces: Varna, Dorsk and Ilm", "the cities of Varna and Dorsk").
import type { EntityKind } from '../generated/graphql';
import { nameKey } from '../graph/vocabulary';
import { rememberName } from './articleNames';
import { gazetteer } from './gazetteer';
import { slug } from './ids';
import { isNameWord, matchName, readName, type Mention, type ReadingContext } from './mentions';
import { addPlace } from './places';
import type { Token } from './tokens';

/**
 * Capitals that are no body: units, weapons, times, media words, honours and forms of address. Anything else of
 * three to six capitals on its own is the short name of an organization ("the NLF said", "backed by the KDP").
 */
const NOT_BODIES = new Set([
  'ceo', 'cfo', 'gdp', 'tv', 'am', 'pm', 'gmt', 'utc', 'est', 'cet', 'ok', 'id', 'hq', 'dna', 'suv', 'vip', 'rpg', 'ied',
  'icbm', 'icbms', 'irbm', 'slbm', 'uav', 'uavs', 'lng', 'lpg', 'km', 'mph', 'kg', 'usd', 'eur', 'gbp', 'ai', 'it', 'pc',
  'covid', 'hiv', 'aids', 'sars', 'mp', 'mps', 'mep', 'meps', 'phd', 'lgbt', 'lgbtq', 'faq', 'pdf', 'url', 'gps', 'sms',
  'ngo', 'ngos', 'bc', 'ad', 'ii', 'iii', 'iv', 'vi', 'vii', 'viii', 'ix', 'xi', 'xii', 'jr', 'sr', 'ceos', 'vs', 'diy',
  'watch', 'read', 'more', 'breaking', 'update', 'exclusive', 'live', 'video', 'photo', 'photos', 'news', 'opinion',
  'analysis', 'editorial', 'also', 'note', 'war', 'ceasefire', 'usa', 'sos', 'rip', 'fyi', 'asap', 'tba', 'tbd', 'q&a',
  // Short forms of states: the state, which the data names in full.
  'prc', 'rok', 'ksa', 'car', 'drc', 'roc', 'gcc',
  'himars', 'atacms', 'mlrs', 'manpads', 'emp', 'api', 'ipo', 'esg', 'vat', 'gst', 'mw', 'gw', 'kw', 'ghz', 'bbl',
]);

/** "the NLF", "NLF fighters": three to six capitals (a digit-free acronym) the data does not know. */
export function acronymBodyAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !t.isWord || !/^\p{Lu}{3,6}$/u.test(t.text) || NOT_BODIES.has(t.lower)) return false;
  // A run of capitals is a shouted headline or a name in capitals ("JOHN DOE"), not a short form.
  return !isCapitals(tokens[i - 1]) && !isCapitals(tokens[i + 1]);
}

function isCapitals(t: Token | undefined): boolean {
  return t !== undefined && t.isWord && t.text.length > 1 && /^\p{Lu}+$/u.test(t.text);
}

/** Linking particles of Urdu and Persian names, written lower-case between hyphens: "Jamaat-e-…", "Hizb-ut-…". */
const LINKS = new Set(['e', 'i', 'ul', 'ut', 'ud', 'un', 'us']);

/** "Tehreek-e-Azadi": capitalised word, hyphen, linking particle, hyphen, capitalised word; the end, or -1. */
export function linkedNameEnd(tokens: readonly Token[], i: number): number {
  const [a, h1, link, h2, b] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]];
  if (!a || !h1 || !link || !h2 || !b || !isNameWord(a) || !isNameWord(b)) return -1;
  const glued = a.end === h1.start && h1.end === link.start && link.end === h2.start && h2.end === b.start;
  return glued && h1.text === '-' && h2.text === '-' && LINKS.has(link.text) ? i + 5 : -1;
}

/** Lower-case words inside an Arabic or Urdu name that give no initial: "Jama'at Nusrat al-Islam wal Muslimeen". */
const NAME_JOINERS = new Set(['al', 'el', 'wal', 'wa', 'bin', 'ibn', 'e', 'ul', 'ut', 'of', 'and', 'for', 'the', 'de', 'la', 'du']);

/**
 * "Front for Sahel Unity (FSU)", "Jama'at Nusrat al-Islam wal Muslimeen (JNIM)": capitalised words whose initials
 * spell the short form in brackets right after them name an organization; the end of the name, or -1.
 */
export function bracketedNameEnd(tokens: readonly Token[], i: number): number {
  let initials = '';
  let end = -1;
  for (let j = i; j < tokens.length && j - i < 12; j++) {
    const t = tokens[j];
    if (!t) return -1;
    if (t.text === '(') { end = j; break; }
    if (isNameWord(t)) initials += t.text.charAt(0).toUpperCase();
    else if (!(t.text === '-' || (t.isWord && NAME_JOINERS.has(t.lower)))) return -1;
  }
  const short = tokens[end + 1];
  if (end < 0 || !short || tokens[end + 2]?.text !== ')' || !/^\p{Lu}{3,6}$/u.test(short.text)) return -1;
  return initials === short.text && isNameWord(tokens[end - 1]) ? end : -1;
}

/** Records an organization no data knows under the surface of tokens i…end. */
export function addOrganization(ctx: ReadingContext, tokens: readonly Token[], i: number, end: number): Mention {
  const span = { start: tokens[i]?.start ?? 0, end: tokens[end - 1]?.end ?? 0 };
  const name = ctx.text.slice(span.start, span.end);
  const kind: EntityKind = 'ORGANIZATION';
  const id = ctx.table.ensure({ id: slug(name), name, kind }, ctx.known.get(nameKey(name))).id;
  ctx.table.addMention(id, span, name);
  rememberName(ctx, name, id, ctx.table.get(id)?.kind ?? kind);
  return { ...span, first: i, last: end, entityId: id, kind: ctx.table.get(id)?.kind ?? kind, form: 'name', inTitle: false };
}

/** Plural nouns of settlements and regions that a list of their names may follow. */
const PLACE_PLURALS = new Set(['regions', 'provinces', 'oblasts', 'governorates', 'districts', 'counties', 'cities', 'towns', 'villages', 'territories', 'areas', 'islands', 'ports']);

/**
 * "the four regions it claims: Varna, Dorsk, Ilm and Tor", "the cities of Varna and Dorsk": two or more unknown
 * names listed right after "of" or a colon that closes a clause about a plural place noun (within six words) are
 * places. Marks their tokens occupied and returns their mentions.
 */
export function placeListsAfter(ctx: ReadingContext, tokens: readonly Token[], occupied: boolean[]): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const sep = tokens[k];
    if (!sep || (sep.text !== ':' && sep.lower !== 'of')) continue;
    const back = sep.text === ':' ? 7 : 1;
    let cued = false;
    for (let j = k - 1; j >= Math.max(0, k - back); j--) if (PLACE_PLURALS.has(tokens[j]?.lower ?? '')) cued = true;
    if (!cued) continue;
    const names = listAt(tokens, k + 1);
    if (names.length < 2 || names.some((n) => occupied.slice(n.i, n.end).some(Boolean))) continue;
    // Names the data knows are found by the names pass as what they are.
    for (const n of names.filter((x) => unknownName(ctx, tokens, x.i, x.end))) {
      out.push(addPlace(ctx, tokens, { first: n.i, last: n.end, name: ctx.text.slice(tokens[n.i]?.start ?? 0, tokens[n.end - 1]?.end ?? 0) }));
      for (let x = n.i; x < n.end; x++) occupied[x] = true;
    }
    k = (names[names.length - 1]?.end ?? k + 1) - 1;
  }
  return out;
}

/** "Varna, Dorsk and Ilm" from token `k`: names of up to three words joined by commas and a last "and". */
function listAt(tokens: readonly Token[], k: number): { i: number; end: number }[] {
  const names: { i: number; end: number }[] = [];
  let at = k;
  while (names.length < 8) {
    const end = readName(tokens, at, 3);
    if (end <= at) return [];
    names.push({ i: at, end });
    const next = tokens[end]?.text;
    if (next === ',' && tokens[end + 1]?.lower === 'and') at = end + 2;
    else if (next === ',' || tokens[end]?.lower === 'and') at = end + 1;
    else break;
    if (tokens[at - 1]?.lower !== 'and' && !isNameWord(tokens[at])) return [];
    if (tokens[at - 1]?.lower === 'and') {
      const last = readName(tokens, at, 3);
      if (last <= at) return [];
      names.push({ i: at, end: last });
      break;
    }
  }
  return names;
}

/** Capitalised words no data knows and no demonym: a name the list alone says is a place. */
function unknownName(ctx: ReadingContext, tokens: readonly Token[], i: number, end: number): boolean {
  for (let k = i; k < end; k++) {
    const t = tokens[k];
    if (!t || gazetteer().demonymKeys.has(t.key) || matchName(ctx, tokens, k) || ctx.surnames.has(t.key)) return false;
  }
  return true;
}
