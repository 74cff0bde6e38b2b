// Negotiators called home (CAMEO 164, halt negotiations: WITHDREW_FROM): "X recalled its negotiating team from
// Cairo", "X is pulling its negotiators out of the talks", "X brought its delegation home from Geneva". The side
// leaves the talks or the city where they sit. An ambassador recalled is not read here: that lowers relations
// (161), it leaves no talks.
import { ACCORD_WORDS, actorBefore, targetAfter } from './clauses';
import { gerundSubjectEnd } from './denials';
import { RECALL_VERBS } from './eventActs';
import { hedged } from './hedges';
import type { Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';

/** Calling a team home, besides the recall verbs the event stage reads (eventActs.ts): "brought its team home". */
const CALL_HOME_TOO = /^(withdrawn|pull|pulls|brought|bring|brings|bringing|summoned)$/;
const OWNERS = /^(its|their|his|her|our|the)$/;
const TEAMS = /^(negotiators|negotiator|team|teams|delegation|delegations|envoys|mediators)$/;
/** Besides an accord's words, nouns after a place that make it the name of talks: "the Geneva summit". */
const TALK_NOUNS = /^(negotiations|summit|meeting|conference|round)$/;
/** Words that may stand between the owner and the team: "its negotiating team", "their senior negotiators". */
const TEAM_WORDS = /^(negotiating|negotiation|senior|top|chief|whole|entire|technical|diplomatic|peace)$/;

export function negotiatorsRecalled(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    const verb = tokens[v]?.lower ?? '';
    // "We have decided to bring our team home": a decision told as taken, not a plan.
    const decided = tokens[v - 1]?.lower === 'to' && /^(decided|decides)$/.test(tokens[v - 2]?.lower ?? '') && !hedged(tokens, v - 2);
    if (!(RECALL_VERBS.test(verb) || CALL_HOME_TOO.test(verb)) || (!decided && (hedged(tokens, v) || tokens[v - 1]?.lower === 'to'))) continue;
    let k = v + 1;
    if (!OWNERS.test(tokens[k]?.lower ?? '')) continue;
    k++;
    while (k < tokens.length && k - v < 5 && TEAM_WORDS.test(tokens[k]?.lower ?? '')) k++;
    if (!TEAMS.test(tokens[k]?.lower ?? '')) continue;
    k++;
    // "pulled its team out of Doha", "brought its team home from Cairo", "withdrew its negotiators from the talks".
    if (tokens[k]?.lower === 'home' || tokens[k]?.lower === 'back') k++;
    if (tokens[k]?.lower === 'out' && tokens[k + 1]?.lower === 'of') k += 2;
    else if (tokens[k]?.lower === 'from') k++;
    else continue;
    // "from the Istanbul talks" leaves the talks (events.ts reads it), not the city that names them.
    const left = targetAfter(actors, all, tokens, k, 2)
      .filter((m) => m.kind === 'EVENT' || (m.kind === 'PLACE' && !ACCORD_WORDS.test(tokens[m.last]?.lower ?? '') && !TALK_NOUNS.test(tokens[m.last]?.lower ?? '')));
    if (left.length === 0) continue;
    for (const a of actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, decided ? v - 2 : v)).filter((m) => m.kind !== 'PLACE' && m.kind !== 'EVENT')) {
      for (const place of left) add('WITHDREW_FROM', a, place, 0.8, 'negotiators:recalled', [v]);
    }
  }
}
