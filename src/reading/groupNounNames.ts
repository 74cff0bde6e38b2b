// Bodies no data knows, named by capitalised words before a lower-case group noun: "the Red Flag militia", "the
// Black Hand gang", "the Sons of Liberty group". The name is an organization (eval/README.md rule 10: armed
// movements are ORGANIZATION); the noun stays outside the name, as "the Harmony party" is Harmony (parties.ts).
import { nameKey } from '../graph/vocabulary';
import { rememberName } from './articleNames';
import { gazetteer } from './gazetteer';
import { slug } from './ids';
import { isNameWord, matchName, type Mention, type ReadingContext } from './mentions';
import type { Token } from './tokens';

/** Lower-case nouns for a body that a name before them names ("party" and "bloc" are parties.ts's). */
const GROUP_NOUNS = /^(militia|movement|group|gang|cartel|faction|brigade|front|alliance|coalition|network|organisation|organization)$/;
/** A group's armed men after its name stand for the group too: "the Red Hand rebels" is Red Hand (rule 8). */
const ARMED_MEN = /^(rebels|fighters|militants|insurgents|guerrillas|militiamen)$/;
const isGroupNoun = (t: Token | undefined): boolean => t !== undefined && !t.capitalized && (GROUP_NOUNS.test(t.lower) || ARMED_MEN.test(t.lower));
/** Words that join a name's words: "the Sons of Liberty group", "the Blood and Soil movement". */
const JOINERS = /^(of|and)$/;
/** Capitalised words that describe a body rather than name it ("the Rebel group", "the Western alliance"). */
const DESCRIBING = new Set([
  'rebel', 'armed', 'militant', 'jihadist', 'jihadi', 'islamist', 'extremist', 'terrorist', 'criminal', 'separatist',
  'opposition', 'ruling', 'new', 'old', 'main', 'other', 'rival', 'local', 'regional', 'national', 'international',
  'western', 'eastern', 'northern', 'southern', 'central', 'global', 'sunni', 'shia', 'shiite', 'christian', 'muslim',
  'arab', 'kurd', 'ethnic', 'tribal', 'militia', 'state', 'government', 'army', 'police', 'security', 'civil', 'human',
  'rights', 'democracy', 'peace', 'youth', 'student', 'women', 'protest', 'resistance', 'pro', 'anti', 'far', 'right',
  'left', 'hardline', 'radical', 'banned', 'outlawed', 'secret', 'powerful', 'small', 'large',
]);
/** Endings of adjectives and demonyms ("Islamist", "Kurdish", "Congolese", "Iraqi"): one such word describes. */
const ADJECTIVE_ENDING = /(ist|ic|ian|an|ish|ese|i|al|ed|ing|ary|ous|ive)$/;
/** Lower-case words that may stand between "the" and the name: "the armed Red Flag militia". */
const LOWER_DESCRIBING = /^(armed|rebel|militant|jihadist|extremist|criminal|separatist|rival|banned|outlawed|shadowy|powerful|radical|little|known|small|new|-)$/;

/**
 * "the Red Flag militia": one to five capitalised words (joined by "of"/"and") between "the" and a lower-case group
 * noun. None may be a known name, a demonym or a describing word, and a lone word must not read as an adjective,
 * so "the Bolivian militia", "the Islamist group", "the G7 group" and "Rebel group" name nothing new.
 */
export function groupNounNames(ctx: ReadingContext, tokens: readonly Token[], occupied: boolean[]): Mention[] {
  const out: Mention[] = [];
  for (let p = 2; p < tokens.length; p++) {
    if (!isGroupNoun(tokens[p]) || occupied[p]) continue;
    const i = nameStart(tokens, p);
    if (i < 0 || occupied.slice(i, p).some(Boolean)) continue;
    const m = bodyNamed(ctx, tokens, i, p, false);
    if (!m) continue;
    out.push(m);
    for (let k = i; k <= p; k++) occupied[k] = true;
  }
  return out;
}

/**
 * "X, a senior commander of the Red Hand rebels,": the body named from token `i` before its group noun, as a title's
 * principal (titledPeople.ts); null unless the words from `i` are such a name.
 */
export function groupNounNameAt(ctx: ReadingContext, tokens: readonly Token[], i: number): Mention | null {
  let p = i;
  while (p < tokens.length && p - i < 7 && (isNameWord(tokens[p]) || (p > i && JOINERS.test(tokens[p]?.lower ?? '') && isNameWord(tokens[p + 1])))) p++;
  return p > i && isGroupNoun(tokens[p]) && nameStart(tokens, p) === i ? bodyNamed(ctx, tokens, i, p, true) : null;
}

/** The body named by the words from `i` to the group noun at `p`, registered; null when they do not name one. */
function bodyNamed(ctx: ReadingContext, tokens: readonly Token[], i: number, p: number, inTitle: boolean): Mention | null {
  const noun = tokens[p];
  if (!noun || !determined(tokens, i)) return null;
  for (let k = i; k < p; k++) if (!JOINERS.test(tokens[k]?.lower ?? '') && !plainWord(ctx, tokens, k)) return null;
  const words = tokens.slice(i, p).filter((t) => !JOINERS.test(t.lower));
  if (words.length === 1 && ((words[0]?.text.length ?? 0) < 3 || ADJECTIVE_ENDING.test(words[0]?.lower ?? ''))) return null;
  const first = tokens[i];
  const last = tokens[p - 1];
  if (!first || !last) return null;
  const name = ctx.text.slice(first.start, last.end);
  const id = ctx.table.ensure({ id: slug(name), name, kind: 'ORGANIZATION' }, ctx.known.get(nameKey(name))).id;
  const kind = ctx.table.get(id)?.kind ?? 'ORGANIZATION';
  // Named once with its noun, the bare name later ("Red Flag said") is the same body.
  rememberName(ctx, name, id, kind);
  const span = { start: first.start, end: noun.end };
  ctx.table.addMention(id, span, name);
  return { ...span, first: i, last: p + 1, entityId: id, kind, form: 'name', inTitle };
}

/** The first token of the name that ends right before the noun at `p`, or -1 when no name word stands there. */
function nameStart(tokens: readonly Token[], p: number): number {
  let i = p;
  while (p - i < 6) {
    if (isNameWord(tokens[i - 1])) i--;
    else if (i < p && JOINERS.test(tokens[i - 1]?.lower ?? '') && isNameWord(tokens[i - 2])) i -= 2;
    else break;
  }
  return i < p ? i : -1;
}

/** Whether "the" opens the phrase, perhaps with a describing word between ("the armed Red Flag militia"). */
function determined(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  // "the Chile-backed Red Hand rebels": a sponsor's compound before the name describes it.
  if (/^(backed|led|allied|aligned|funded|sponsored|supported|armed)$/.test(tokens[k]?.lower ?? '') && tokens[k - 1]?.text === '-' && tokens[k - 2]?.capitalized) k -= 3;
  while (k > 0 && i - k <= 6 && LOWER_DESCRIBING.test(tokens[k]?.text ?? '')) k--;
  return tokens[k]?.lower === 'the';
}

/** A word that can be part of an unknown body's name: no known name, demonym, describing word or digit. */
function plainWord(ctx: ReadingContext, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || /\p{N}/u.test(t.text) || DESCRIBING.has(t.lower) || gazetteer().demonymKeys.has(t.key)) return false;
  return !ctx.acronyms.has(t.key) && !matchName(ctx, tokens, k);
}
