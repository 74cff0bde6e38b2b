// Battle told with "engage": "the army engaged the rebels for hours", "RSF fighters engaged government troops near
// the town". A force that engages a side in battle fights it (190), and a battle has two sides, so both ways.
import { actorBefore, targetAfter } from './clauses';
import { hedged } from './hedges';
import { STATES_AND_GROUPS } from './hostileWords';
import type { Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';

/** What follows an object engaged in talk or business, not battle: "engaged Iran in talks", "engaged Cuba diplomatically". */
const PEACEFUL_AFTER = /^(in|on|with|to|over|about|through|as|diplomatically|directly|constructively|politically|economically|positively)$/;
/** Words of a force in the subject's or the object's name or phrase: only forces engage each other in battle. */
const FORCE_WORDS = /^(army|armed|forces|force|military|troops|soldiers|fighters|militia|militias|militants|rebels|insurgents|guard|paramilitary|paramilitaries|junta|police)$/;

export function engagements(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 1; v < tokens.length; v++) {
    if (!/^(engaged|engages|engaging)$/.test(tokens[v]?.lower ?? '') || hedged(tokens, v)) continue;
    // "engaged in fighting with Y" is firefights' (hostilities.ts); "was engaged" says nothing of whom.
    if (/^(in|with)$/.test(tokens[v + 1]?.lower ?? '') || /^(was|were|is|are|be|been|being)$/.test(tokens[v - 1]?.lower ?? '')) continue;
    const targets = targetAfter(actors, all, tokens, v + 1, 2).filter(STATES_AND_GROUPS);
    const last = targets[targets.length - 1];
    if (!last || PEACEFUL_AFTER.test(tokens[last.last]?.lower ?? '')) continue;
    const subjects = actorBefore(actors, all, tokens, v).filter(STATES_AND_GROUPS);
    const first = subjects[0];
    if (!first) continue;
    // A force on each side: in its name ("Armed Forces", "the paramilitary group") or the words around it.
    const armed = (from: number, to: number): boolean => tokens.slice(Math.max(0, from - 1), to + 1).some((t) => FORCE_WORDS.test(t.lower));
    if (!armed(first.first, v) || !targets.some((m) => armed(m.first, m.last))) continue;
    for (const a of subjects) for (const b of targets) {
      if (a.entityId === b.entityId) continue;
      add('IN_CONFLICT_WITH', a, b, 0.8, 'fight:engaged', [v]);
      add('IN_CONFLICT_WITH', b, a, 0.8, 'fight:engaged', [v]);
    }
  }
}
