// Pairs of actors a text names together ("Armenia and Azerbaijan", "talks between X and Y"), and lists of states,
// so that later references to them — "the two sides", "both countries", "the three juntas", "the former", "the
// latter" — can stand for them.
import type { EntityKind } from '../generated/graphql';
import { actorMentions, groupAround } from './clauses';
import { ACTOR_KINDS, type Mention, type SentenceTokens } from './mentions';
import type { Token } from './tokens';
import { POSSESSIVE } from './hostileWords';

/** Two actors named together, in the order the text names them. */
export type Pair = readonly [Mention, Mention];

/** Nouns that, after "the two" or "both", name the two sides of a pair: "the two sides", "both governments". */
const PAIR_NOUNS = new Set(['sides', 'countries', 'nations', 'parties', 'governments', 'neighbours', 'neighbors', 'rivals', 'adversaries', 'leaders', 'men', 'companies', 'firms']);
/** Pair nouns that say what kind of actors the two are: "both firms" are two bodies, never a state and a body. */
const PAIR_NOUN_KINDS: Record<string, EntityKind> = { companies: 'ORGANIZATION', firms: 'ORGANIZATION', leaders: 'PERSON', men: 'PERSON' };
/** After "the former" / "the latter", words that show it stands alone as a noun phrase, not "the former president". */
const AFTER_ALONE = /^(is|was|are|were|has|had|have|will|would|could|can|did|does|also|said|says|,|\.|;|:|and|then|later|still|struck|hit|fought|met|held|took|sent|shot|won|lost|left)$/;

/**
 * The last pair the tokens before `end` name: a coordinated group of exactly two actors joined by "and"
 * ("Armenia and Azerbaijan", "between Armenia and Azerbaijan"). A list of three names no pair.
 */
export function lastPairIn(s: SentenceTokens, mentions: readonly Mention[], end = Infinity): Pair | null {
  const actors = actorMentions(mentions, s.tokens).filter((m) => ACTOR_KINDS.has(m.kind) && m.last <= end && m.form !== 'anaphor');
  let found: Pair | null = null;
  for (let i = 0; i < actors.length; i++) {
    const group = groupAround(actors, i, s.tokens, mentions);
    const [a, b] = group;
    if (group.length !== 2 || !a || !b || a.entityId === b.entityId || a !== actors[i]) continue;
    if (!s.tokens.slice(a.last, b.first).some((t) => t.lower === 'and')) continue;
    found = [a, b];
  }
  return found;
}

/** What a pair reference at token `k` stands for, and where it ends; null when there is none at `k`. */
export function pairReferenceAt(tokens: readonly Token[], k: number): { which: 'both' | 'first' | 'second'; last: number; kind?: EntityKind } | null {
  const t = tokens[k]?.lower;
  const next = tokens[k + 1]?.lower ?? '';
  // "both sides", "the two sides", "the two countries", "both firms"
  if (t === 'both' && PAIR_NOUNS.has(next) && next !== 'men' && next !== 'leaders') return { which: 'both', last: k + 2, ...kindOf(next) };
  const noun = tokens[k + 2]?.lower ?? '';
  if (t === 'the' && next === 'two' && PAIR_NOUNS.has(noun)) return { which: 'both', last: k + 3, ...kindOf(noun) };
  // "the latter was chasing …"; never "the former president", a title of someone else.
  const after = tokens[k + 2]?.lower ?? '.';
  if (t === 'the' && (next === 'former' || next === 'latter') && (AFTER_ALONE.test(after) || (after.endsWith('ed') && after.length > 4))) {
    return { which: next === 'former' ? 'first' : 'second', last: k + 2 };
  }
  return null;
}

function kindOf(noun: string): { kind?: EntityKind } {
  const kind = PAIR_NOUN_KINDS[noun];
  return kind ? { kind } : {};
}

/** "both countries", "the two nations", "the three juntas": states named together before. */
const STATE_GROUP_NOUNS = /^(countries|nations|states|neighbours|neighbors|juntas)$/;
const GROUP_SIZES: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
const GROUP_MODIFIERS = /^(neighbouring|neighboring|rival|allied|coastal|landlocked|nuclear-armed|military-led|junta-led)$/;

/** A reference to states named together: where it ends, how many it stands for, whether they must have been listed. */
export interface StateGroupReference { last: number; size: number; listed: boolean }

/**
 * The reference to a group of states that starts at token `k` ("both countries", "the two nations", "the three
 * juntas", "all three states", "the neighbours"), or null. "the two countries' leaders" is the leaders', not the
 * states'. A group of more than two, and "the neighbours" with no number, stand only for states listed together.
 */
export function stateGroupReferenceAt(tokens: readonly Token[], k: number): StateGroupReference | null {
  const t = tokens[k]?.lower;
  const counted = GROUP_SIZES[tokens[k + 1]?.lower ?? ''];
  let noun = -1;
  let size = 2;
  if (t === 'both') noun = k + 1;
  else if ((t === 'the' || t === 'all') && counted) { noun = k + 2; size = counted; }
  // "the three Baltic states", "the two neighbouring countries": one word of where or how they stand.
  const modifier = tokens[noun];
  if (noun > k + 1 && modifier && (modifier.capitalized || GROUP_MODIFIERS.test(modifier.lower)) && STATE_GROUP_NOUNS.test(tokens[noun + 1]?.lower ?? '')) noun++;
  else if (t === 'the' && /^(neighbours|neighbors)$/.test(tokens[k + 1]?.lower ?? '')) noun = k + 1;
  if (noun < 0 || !STATE_GROUP_NOUNS.test(tokens[noun]?.lower ?? '') || POSSESSIVE.test(tokens[noun + 1]?.text ?? '')) return null;
  return { last: noun + 1, size, listed: size > 2 || (noun === k + 1 && t === 'the') };
}

/**
 * The states a group reference in sentence `i` stands for, earlier first, from the three sentences before it (not
 * its own: in "Chile's support for both nations" Chile is not one of them). The last list of exactly that many
 * states ("Mali, Burkina Faso and Niger", "Germany and France condemned the coup in Niger"); for two, failing a
 * list, the two distinct states named last ("Chile and Peru signed a deal. … support for both countries").
 */
export function statesReferredTo(sentences: readonly SentenceTokens[], mentions: readonly Mention[][], i: number, ref: StateGroupReference): Mention[] | null {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const list = lastStateList(sentences[j], mentions[j] ?? [], ref.size);
    if (list) return list;
  }
  if (ref.listed) return null;
  const pair = lastTwoStates(mentions, i);
  return pair ? [...pair] : null;
}

/** The last list of exactly `size` distinct states a sentence names joined by "and". */
function lastStateList(s: SentenceTokens | undefined, mentions: readonly Mention[], size: number): Mention[] | null {
  if (!s) return null;
  const actors = actorMentions(mentions, s.tokens).filter((m) => ACTOR_KINDS.has(m.kind) && m.form !== 'anaphor');
  let found: Mention[] | null = null;
  for (let a = 0; a < actors.length; a++) {
    const group = groupAround(actors, a, s.tokens, mentions);
    const head = group[0];
    const tail = group[group.length - 1];
    if (!head || !tail || head !== actors[a] || group.length !== size || new Set(group.map((m) => m.entityId)).size !== size) continue;
    if (!group.every((m) => m.kind === 'COUNTRY' && m.form !== 'demonym') || !s.tokens.slice(head.last, tail.first).some((t) => t.lower === 'and')) continue;
    found = group;
    a += size - 1;
  }
  return found;
}

/**
 * The two distinct states named last in the sentences before sentence `i` (at most three back), earlier first:
 * what "both countries" stands for ("Chile and Peru signed a deal. … support for both countries"). Not the
 * sentence's own states: in "Chile's support for both nations" Chile is not one of them.
 */
function lastTwoStates(mentions: readonly Mention[][], i: number): Pair | null {
  const found: Mention[] = [];
  for (let j = i - 1; j >= Math.max(0, i - 3) && found.length < 2; j--) {
    const ms = (mentions[j] ?? []).filter((m) => !m.inTitle && m.kind === 'COUNTRY' && m.form !== 'anaphor').sort((a, b) => b.first - a.first);
    for (const m of ms) {
      if (!found.some((f) => f.entityId === m.entityId)) found.push(m);
      if (found.length === 2) break;
    }
  }
  const [later, earlier] = found;
  return later && earlier ? [earlier, later] : null;
}
