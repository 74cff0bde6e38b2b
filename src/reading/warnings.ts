// Warnings about a danger somewhere or from someone (WARNS_ABOUT, eval/README.md rule 9): "warned of famine in
// Sudan", "cautioned against a wider war in the region of Darfur", "warned of a possible attack by Iran". The verb
// rule reads the target right after the preposition; here the danger named first is skipped.
import { actorBefore, targetAfter } from './clauses';
import { gerundSubjectEnd } from './denials';
import { hedged } from './hedges';
import { ACTOR_KINDS, type Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';

const WARN_VERBS = /^(warned|warns|warn|warning|cautioned|cautions|caution)$/;
const ABOUT = /^(of|about|over|against)$/;
/** The danger warned of, before where or whom it comes from. */
const DANGER_WORDS = /^(a|an|the|possible|potential|looming|imminent|wider|broader|full-scale|all-out|humanitarian|famine|starvation|war|escalation|catastrophe|collapse|crisis|violence|attack|attacks|invasion|offensive|conflict|threat|threats|danger|dangers|risk|risks|spillover|situation|security|new|further|regional|renewed|growing|deadly|major|military|nuclear|retaliation|reprisals|disaster|unrest|instability|outbreak|outbreaks|cholera|epidemic|disease|drought|floods|flooding|genocide|massacre|massacres|bloodshed|chaos|civil|breakdown|shortages|hunger|malnutrition|atrocities|terrorism|insurgency|mass|ethnic|cleansing|dire|severe|grave|catastrophic|devastating|serious|ground|land|incursion|strikes|fighting|clashes)$/;
/** How many danger words may stand before the place or actor. */
const DANGER_REACH = 5;

export function warningsOfDanger(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    // "warned that the situation in Bolivia was deteriorating": the danger as the subject of the that-clause.
    const thatClause = tokens[v + 1]?.lower === 'that' && /^(the|a)$/.test(tokens[v + 2]?.lower ?? '');
    if (!WARN_VERBS.test(tokens[v]?.lower ?? '') || !(ABOUT.test(tokens[v + 1]?.lower ?? '') || thatClause) || hedged(tokens, v)) continue;
    let k = v + 2;
    // "warned against an Israeli offensive in Rafah": whose danger it is may be said within it.
    let dangers = 0;
    if (thatClause) k = v + 3;
    while (k < tokens.length && k - v - 2 < DANGER_REACH) {
      const owner = thatClause ? undefined : all.find((m) => m.first === k && m.form === 'demonym');
      if (owner) k = owner.last;
      else if (DANGER_WORDS.test(tokens[k]?.lower ?? '') && !(thatClause && /^(a|an|the)$/.test(tokens[k]?.lower ?? ''))) { k++; dangers++; }
      else break;
    }
    if (dangers > 0 && /^(that|which)$/.test(tokens[k]?.lower ?? '')) k = placeInDangerClause(tokens, k);
    // At least one danger word, then where it is or who brings it.
    if (dangers === 0 || !/^(in|across|from|by|on|to|for|inside|within|flee|fleeing)$/.test(tokens[k]?.lower ?? '')) continue;
    const targets = targetAfter(actors, all, tokens, k + 1, 2).filter((m) => ACTOR_KINDS.has(m.kind) || m.kind === 'PLACE');
    if (targets.length === 0) continue;
    const subjects = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter((m) => ACTOR_KINDS.has(m.kind));
    for (const a of subjects) for (const b of targets) add('WARNS_ABOUT', a, b, 0.7, 'warning:danger', [v]);
  }
}

/** How far a danger's own clause is read for the place it strikes. */
const CLAUSE_REACH = 12;

/**
 * "warned of a famine that could force millions to flee Sudan", "a war that would spread across the region of Y":
 * the place where the danger's clause lands, told by a preposition or "flee"; the clause's start when there is none.
 */
function placeInDangerClause(tokens: readonly Token[], that: number): number {
  for (let j = that + 1; j < Math.min(tokens.length, that + CLAUSE_REACH); j++) {
    const t = tokens[j];
    if (!t || !t.isWord || /^(said|says|and|but|while|as)$/.test(t.lower)) return that;
    if (/^(in|across|to|into|inside|within|flee|fleeing)$/.test(t.lower) && tokens[j + 1]?.capitalized) return j;
  }
  return that;
}
