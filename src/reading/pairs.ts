// Pairs of actors a text names together ("Armenia and Azerbaijan", "talks between X and Y"), so that later
// references to the pair — "the two sides", "both countries", "the former", "the latter" — can stand for them.
import { actorMentions, groupAround } from './clauses';
import { ACTOR_KINDS, type Mention, type SentenceTokens } from './mentions';
import type { Token } from './tokens';
import { POSSESSIVE } from './hostileWords';

/** Two actors named together, in the order the text names them. */
export type Pair = readonly [Mention, Mention];

/** Nouns that, after "the two" or "both", name the two sides of a pair: "the two sides", "both governments". */
const PAIR_NOUNS = new Set(['sides', 'countries', 'nations', 'parties', 'governments', 'neighbours', 'neighbors', 'rivals', 'adversaries', 'leaders', 'men']);
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
export function pairReferenceAt(tokens: readonly Token[], k: number): { which: 'both' | 'first' | 'second'; last: number } | null {
  const t = tokens[k]?.lower;
  const next = tokens[k + 1]?.lower ?? '';
  // "both sides", "the two sides", "the two countries"
  if (t === 'both' && PAIR_NOUNS.has(next) && next !== 'men' && next !== 'leaders') return { which: 'both', last: k + 2 };
  if (t === 'the' && next === 'two' && PAIR_NOUNS.has(tokens[k + 2]?.lower ?? '')) return { which: 'both', last: k + 3 };
  // "the latter was chasing …"; never "the former president", a title of someone else.
  const after = tokens[k + 2]?.lower ?? '.';
  if (t === 'the' && (next === 'former' || next === 'latter') && (AFTER_ALONE.test(after) || (after.endsWith('ed') && after.length > 4))) {
    return { which: next === 'former' ? 'first' : 'second', last: k + 2 };
  }
  return null;
}

/** "both countries", "the two nations": a pair of states named together before. */
const STATE_PAIR_NOUNS = /^(countries|nations|states|neighbours|neighbors)$/;

/**
 * Where a reference to a pair of states that starts at token `k` ends ("both countries", "the two nations"), or -1.
 * "the two countries' leaders" is the leaders', not the states'.
 */
export function statePairReferenceAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k]?.lower;
  const noun = t === 'both' ? k + 1 : t === 'the' && tokens[k + 1]?.lower === 'two' ? k + 2 : -1;
  if (noun < 0 || !STATE_PAIR_NOUNS.test(tokens[noun]?.lower ?? '') || POSSESSIVE.test(tokens[noun + 1]?.text ?? '')) return -1;
  return noun + 1;
}

/**
 * The two distinct states named last in the sentences before sentence `i` (at most three back), earlier first:
 * what "both countries" stands for ("Chile and Peru signed a deal. … support for both countries"). Not the
 * sentence's own states: in "Chile's support for both nations" Chile is not one of them.
 */
export function lastTwoStates(mentions: readonly Mention[][], i: number): Pair | null {
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
