// Clashes told after the act they led to, with the sides named earlier as its subject: "both the army and the
// militia claimed control of the town after days of fighting", "A and B traded blame following weeks of clashes".
// Two sides that contest a place or trade fire or blame after days of fighting fought each other (190), both ways.
import { actorBefore } from './clauses';
import { hedged } from './hedges';
import { STATES_AND_GROUPS } from './hostileWords';
import type { Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';

const AFTER_WORDS = /^(following|after|amid)$/;
/** Words of a stretch of fighting: "several days of intense clashes", "weeks of heavy fighting". */
const STRETCH_WORDS = /^(several|a|few|two|three|four|five|many|days|weeks|months|hours|nights|of|intense|heavy|fierce|deadly|bloody|sporadic|renewed)$/;
const PERIODS = /^(days|weeks|months|hours|nights)$/;
const CLASH_NOUNS = /^(clashes|fighting|battles|combat|skirmishes|hostilities)$/;
/** Acts only the two sides of a fight do: contest a place's control or a win, or trade fire, blame or prisoners. */
const CONTEST_VERBS = /^(claimed|claim|claims|asserted|assert|asserts|traded|trade|trades|exchanged|exchange|exchanges)$/;
const CLAIMED = /^(control|victory|gains)$/;

export function clashesBefore(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let f = 1; f < tokens.length; f++) {
    if (!AFTER_WORDS.test(tokens[f]?.lower ?? '')) continue;
    let k = f + 1;
    let period = false;
    for (; k < tokens.length && k - f <= 6 && STRETCH_WORDS.test(tokens[k]?.lower ?? ''); k++) if (PERIODS.test(tokens[k]?.lower ?? '')) period = true;
    // "after days of clashes between X and Y" names its own sides (the between rules read it).
    if (!period || !CLASH_NOUNS.test(tokens[k]?.lower ?? '') || /^(between|with)$/.test(tokens[k + 1]?.lower ?? '')) continue;
    // The contesting verb before, in the same clause (a bounded look back).
    let v = f - 1;
    while (v >= 0 && f - v <= 20 && !CONTEST_VERBS.test(tokens[v]?.lower ?? '') && !/^[;.]$/.test(tokens[v]?.text ?? '')) v--;
    if (v < 0 || !CONTEST_VERBS.test(tokens[v]?.lower ?? '') || hedged(tokens, v)) continue;
    if (/^(claim|assert)/.test(tokens[v]?.lower ?? '') && ![1, 2].some((d) => CLAIMED.test(tokens[v + d]?.lower ?? ''))) continue;
    const sides = actorBefore(actors, all, tokens, v).filter(STATES_AND_GROUPS);
    const [a, b] = sides;
    if (sides.length !== 2 || !a || !b || a.entityId === b.entityId) continue;
    add('IN_CONFLICT_WITH', a, b, 0.7, 'fight:after-clashes', [v, k]);
    add('IN_CONFLICT_WITH', b, a, 0.7, 'fight:after-clashes', [v, k]);
  }
}
