// The one a winner defeated ran in the election too: "X defeated Y in the first round", "X beat Y, the ruling
// party's candidate, by a wide margin in the runoff", "X won the vote, defeating Y", "the election was won by X, who
// defeated Y". Read only around an election's words, so a defeat in battle elsewhere in the sentence is not read.
import { actorBefore, targetAfter } from './clauses';
import { gerundSubjectEnd } from './denials';
import { hedged } from './hedges';
import type { Mention } from './mentions';
import type { Token } from './tokens';

const DEFEAT_VERBS = /^(defeated|defeats|defeating|beat|beats|beating|ousted|ousting|unseated|unseating|trounced|trouncing|routed|edged)$/;
/** Words that end the defeat's clause: past them, a defeat belongs to another clause. */
const CLAUSE_STOP = /^([;.:"“”]|but|while|which|that|and|after|before|when|said|says)$/;
/** How far back from "in the <election>" the defeat verb may stand: far enough for an apposition on the one defeated. */
const BEFORE_REACH = 16;
/** How far after the election's words a ", defeating Y" may follow: far enough for "was won by X, who". */
const AFTER_REACH = 12;
/** What opens a defeat told after the win: ", defeating Y", ", who defeated Y", "by beating Y". */
const AFTER_OPENERS = /^(,|who|by)$/;

export interface Defeated { m: Mention; at: number; rule: string }

/**
 * Those a defeat around the election named at token k makes contenders. `head` is the word before the election's
 * phrase (elections.ts contendersAt): when it is "in", a defeat before it gives both sides; `won` says the
 * sentence has already shown a contender of this election, whose defeat told after gives the one defeated.
 */
export function defeatsAround(tokens: readonly Token[], actors: Mention[], ms: readonly Mention[], k: number, head: number, won: boolean): Defeated[] {
  const out: Defeated[] = [];
  if (tokens[head]?.lower === 'in') {
    for (let d = head - 1; d >= 0 && head - d <= BEFORE_REACH && !CLAUSE_STOP.test(tokens[d]?.lower ?? ''); d--) {
      if (!DEFEAT_VERBS.test(tokens[d]?.lower ?? '')) continue;
      if (hedged(tokens, d)) break;
      for (const m of actorBefore(actors, ms, tokens, gerundSubjectEnd(tokens, d))) out.push({ m, at: d, rule: 'election:defeat' });
      for (const m of targetAfter(actors, [...ms], tokens, d + 1, 2)) if (m.last <= head) out.push({ m, at: d, rule: 'election:defeat' });
      break;
    }
  }
  if (!won) return out;
  for (let d = k + 1; d < tokens.length && d - k <= AFTER_REACH; d++) {
    const word = tokens[d]?.lower ?? '';
    if (CLAUSE_STOP.test(word)) break;
    if (!DEFEAT_VERBS.test(word) || !AFTER_OPENERS.test(tokens[d - 1]?.lower ?? '') || hedged(tokens, d)) continue;
    for (const m of targetAfter(actors, [...ms], tokens, d + 1, 2)) out.push({ m, at: d, rule: 'election:defeat' });
    break;
  }
  return out;
}
