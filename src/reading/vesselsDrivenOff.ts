// Ships and forces driven off (CAMEO 19x at sea and on borders): "the coast guard expelled Philippine vessels", "X
// drove away Vietnamese fishing boats", "X took measures to expel Y's ships". Told with the craft's owner, as a
// strike on "Y's positions" is a strike on Y: the one driving them off is in conflict with their state.
import { actorBefore, BOUNDARY_WORDS } from './clauses';
import { gerundSubjectEnd } from './denials';
import { hedged } from './hedges';
import type { Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';
import { POSSESSIVE, STATES_AND_GROUPS } from './hostileWords';

/** Verbs of driving off, each with the particle it needs ("drove away"), or none. */
const DRIVE_OFF: ReadonlyArray<[RegExp, RegExp | null]> = [
  [/^(expelled|expel|expels|expelling|repelled|repel|repels|repelling|rammed|ram|rams|ramming)$/, null],
  [/^(drove|drive|drives|driving|driven|chased|chase|chases|chasing|forced|force|forces|forcing|turned|turn|turns|turning)$/, /^(away|off|back|out)$/],
];
const CRAFT = /^(vessels|vessel|ships|ship|boats|boat|aircraft|jets|planes|plane|drones|drone|warships|warship|troops|soldiers|patrols|patrol)$/;
/** Words between the owner and the craft: "Philippine fishing boats", "Vietnamese research vessels". */
const CRAFT_MODIFIERS = /^(fishing|research|supply|coast|guard|navy|naval|military|civilian|resupply|patrol|cargo|survey|fighter|government|two|three|several|the|a|an)$/;
/** "took (necessary) measures to expel": the subject is the one who took them. */
const MEASURES = /^(measures|action|actions|steps)$/;

/**
 * "X expelled Y's vessels", "X drove away Yish fishing boats", "X took necessary measures to expel Yish ships":
 * IN_CONFLICT_WITH X → Y, one way. The craft must be named with its owner right before it; "expelled diplomats"
 * is a diplomatic act, not this.
 */
export function vesselsDrivenOff(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    const w = tokens[v]?.lower ?? '';
    const rule = DRIVE_OFF.find(([verb]) => verb.test(w));
    if (!rule || hedged(tokens, v)) continue;
    let k = v + 1;
    const [, particle] = rule;
    if (particle) {
      if (!particle.test(tokens[k]?.lower ?? '')) continue;
      k++;
    }
    while (/^(the|a|an|two|three|several)$/.test(tokens[k]?.lower ?? '')) k++;
    const owner = all.find((m) => m.first === k && !m.inTitle && STATES_AND_GROUPS(m));
    if (!owner) continue;
    let n = owner.last;
    if (POSSESSIVE.test(tokens[n]?.text ?? '')) n++;
    while (n - owner.last <= 3 && CRAFT_MODIFIERS.test(tokens[n]?.lower ?? '')) n++;
    if (!CRAFT.test(tokens[n]?.lower ?? '')) continue;
    // "took necessary measures to expel": the subject stands before "took".
    let end = gerundSubjectEnd(tokens, v);
    if (tokens[v - 1]?.lower === 'to' && MEASURES.test(tokens[v - 2]?.lower ?? '')) {
      let t = v - 3;
      while (t > 0 && /^(necessary|all|firm|decisive|further|lawful|legal|control)$/.test(tokens[t]?.lower ?? '')) t--;
      if (/^(took|take|takes|taken|taking)$/.test(tokens[t]?.lower ?? '') && !BOUNDARY_WORDS.has(tokens[t - 1]?.lower ?? '')) end = t;
    }
    for (const a of actorBefore(actors, all, tokens, end).filter(STATES_AND_GROUPS)) {
      if (a.entityId !== owner.entityId) add('IN_CONFLICT_WITH', a, owner, 0.75, `drove-off:${w}`, [v, n]);
    }
  }
}
