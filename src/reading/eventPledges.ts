// Promises about the article's process event (events.ts): "X has promised to reach peace by negotiating with Y",
// "X pledged to uphold the truce", "X and Y will work with both sides to maintain peace" (eval/README.md: "will
// work with both sides to see the deal carried out" → PLEDGED → the agreement event).
import { actorBefore, actorMentions } from './clauses';
import { gerundSubjectEnd } from './denials';
import { eventNounAt } from './eventWords';
import { negatedBefore as negated } from './hedges';
import { ACTOR_KINDS, type Mention, type SentenceTokens } from './mentions';
import type { Candidate } from './relations';
import type { Token } from './tokens';

const PROMISE_FORMS = /^(pledged|pledges|pledging|promised|promises|promising|vowed|vows|vowing|committed|commits)$/;
/** Keeping a deal or the peace it brings: what "will work with both sides to …" promises. */
const KEEP_VERBS = /^(maintain|uphold|implement|enforce|guarantee|ensure|monitor|preserve|sustain|secure|support|see|keep|achieve|reach|deliver)$/;
const REACH = 14;

/** Where the promise's object names the event: one of its nouns, or "peace" when the event is a truce or peace talks. */
function eventWordAhead(tokens: readonly Token[], from: number, foreign: ReadonlySet<number>, peace: boolean): number {
  for (let j = from; j < Math.min(tokens.length, from + REACH); j++) {
    const t = tokens[j];
    if (!t || t.text === ';' || t.text === ',') return -1;
    if ((!foreign.has(j) && eventNounAt(tokens, j)) || (peace && t.lower === 'peace')) return j;
  }
  return -1;
}

/** One sentence's promises towards the event. `peace`: the event is a truce, a peace deal or peace talks. */
export function eventPledges(s: SentenceTokens, ms: readonly Mention[], eventId: string, foreign: ReadonlySet<number>, peace: boolean): Candidate[] {
  const tokens = s.tokens;
  const actors = actorMentions([...ms], tokens);
  const out: Candidate[] = [];
  const push = (who: Mention[], v: number, w: number): void => {
    const word = tokens[w];
    const verb = tokens[v];
    if (!word || !verb) return;
    for (const m of who) {
      if (!ACTOR_KINDS.has(m.kind)) continue;
      out.push({ type: 'PLEDGED', from: m.entityId, to: eventId, start: Math.min(m.start, verb.start), end: word.end, confidence: 0.75, rule: 'event:pledge', anchor: verb.start });
    }
  };
  for (let v = 1; v < tokens.length; v++) {
    const lower = tokens[v]?.lower ?? '';
    if (PROMISE_FORMS.test(lower) && tokens[v + 1]?.lower === 'to' && !negated(tokens, v)) {
      const w = eventWordAhead(tokens, v + 2, foreign, peace);
      if (w >= 0) push(actorBefore(actors, [...ms], tokens, gerundSubjectEnd(tokens, v)), v, w);
      continue;
    }
    // "X will work with Y to maintain peace": a commitment, though told in the future.
    if (lower === 'work' && /^(will|would|shall)$/.test(tokens[v - 1]?.lower ?? '') && !negated(tokens, v - 1)) {
      const to = tokens.slice(v + 1, v + 10).findIndex((t) => t.lower === 'to');
      if (to < 0 || !KEEP_VERBS.test(tokens[v + 2 + to]?.lower ?? '')) continue;
      const w = eventWordAhead(tokens, v + 3 + to, foreign, peace);
      if (w >= 0) push(actorBefore(actors, [...ms], tokens, v - 1), v - 1, w);
    }
  }
  return out;
}
