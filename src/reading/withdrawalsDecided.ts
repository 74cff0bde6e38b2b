// Leaving a body or an accord told as a decision or a breakaway (CAMEO 165, WITHDREW_FROM): "X decided to leave
// ECOWAS", "X voted to withdraw from the pact", "X said it would quit the AU" (a decision announced is coded as
// taken, as diplomaticRuptures.ts does), "X broke away from the federation", "the departure of X and Y from the
// bloc". The plain act ("X left / withdrew from Y", "X's withdrawal from Y") is read by relations.ts.
import { actorBefore, targetAfter } from './clauses';
import { gerundSubjectEnd } from './denials';
import { announcedDecision, hedged } from './hedges';
import { ACTOR_KINDS, type Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';

/** Verbs of leaving and the words that must follow them before what is left. */
const LEAVING: ReadonlyArray<[RegExp, readonly string[]]> = [
  [/^(leave|quit|exit)$/, []],
  [/^withdraw$/, ['from']],
  [/^pull$/, ['out', 'of']],
];
/** Verbs that take a decision: "decided to leave", "voted to withdraw". */
const DECISIONS = /^(decided|decides|voted|votes|resolved|resolves|opted|opts|chose|chooses)$/;
const LEAVE_NOUNS = /^(departure|withdrawal|exit|pullout)$/;

/** A body or accord, the things a member leaves ("left Cairo" is travel). */
const LEFT = (m: Mention): boolean => m.kind === 'ORGANIZATION' || m.kind === 'EVENT';
/** Who leaves: a state or a body, not a person (a leader leaves office, not the bloc). */
const LEAVER = (m: Mention): boolean => ACTOR_KINDS.has(m.kind) && m.kind !== 'PERSON' && m.kind !== 'PLACE';

export function withdrawalsDecided(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 1; k < tokens.length; k++) {
    const w = tokens[k]?.lower ?? '';
    const leaving = LEAVING.find(([verb, then]) => verb.test(w) && then.every((p, i) => tokens[k + 1 + i]?.lower === p));
    if (leaving) decidedLeaving(tokens, actors, all, k, k + 1 + leaving[1].length, add);
    else if (/^(broke|breaks|break|breaking)$/.test(w) && tokens[k + 1]?.lower === 'away' && tokens[k + 2]?.lower === 'from' && !hedged(tokens, k)) {
      const leavers = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, k)).filter(LEAVER);
      for (const a of leavers) for (const o of targetAfter(actors, all, tokens, k + 3, 2).filter(LEFT)) add('WITHDREW_FROM', a, o, 0.8, 'withdrawal:broke-away', [k]);
    } else if (LEAVE_NOUNS.test(w) && tokens[k + 1]?.lower === 'of') departureOf(tokens, actors, all, k, add);
  }
}

/** "X decided to leave Y", "X said it would quit Y": the verb at `k`, what is left from `from`. */
function decidedLeaving(tokens: readonly Token[], actors: Mention[], all: Mention[], k: number, from: number, add: Add): void {
  const decided = tokens[k - 1]?.lower === 'to' && DECISIONS.test(tokens[k - 2]?.lower ?? '') && !hedged(tokens, k - 2);
  if (!decided && !announcedDecision(tokens, k)) return;
  // "X has decided to leave": the subject of the decision; "X said it would leave": the pronoun's referent.
  const leavers = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, decided ? k - 2 : k)).filter(LEAVER);
  const left = targetAfter(actors, all, tokens, from, 2).filter(LEFT);
  for (const a of leavers) for (const o of left) add('WITHDREW_FROM', a, o, 0.75, decided ? 'withdrawal:decided' : 'withdrawal:announced', [k]);
}

/** "the departure of Mali, Niger and Burkina Faso from ECOWAS": the noun at `k`, its leavers after "of". */
function departureOf(tokens: readonly Token[], actors: Mention[], all: Mention[], k: number, add: Add): void {
  const leavers = targetAfter(actors, all, tokens, k + 2, 0).filter(LEAVER);
  const last = leavers[leavers.length - 1];
  if (!last || tokens[last.last]?.lower !== 'from' || hedged(tokens, k)) return;
  const left = targetAfter(actors, all, tokens, last.last + 1, 2).filter(LEFT);
  for (const a of leavers) for (const o of left) add('WITHDREW_FROM', a, o, 0.8, `withdrawal:${tokens[k]?.lower}-of`, [k]);
}
