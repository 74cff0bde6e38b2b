// Appeals to two sides through what is asked of them together (CAMEO 02, APPEALS_TO): "the UN called for a
// ceasefire between Peru and Bolivia", "Chile urged restraint on both Peru and Bolivia", "appealed for talks between
// X and Y". The sides named after "between" (or "on") are the ones appealed to; the caller is the verb's subject.
import { actorBefore, targetAfter } from './clauses';
import { gerundSubjectEnd } from './denials';
import { hedged } from './hedges';
import type { Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';
import { STATES_AND_GROUPS } from './hostileWords';

/** Verbs that ask for something: "called for", "urged", "appealed for", "pressed for". */
const ASKING = /^(called|calls|call|calling|appealed|appeals|appeal|pressed|presses|pushed|pushes|urged|urges|urging)$/;
/** What is asked of two sides together. */
const ASKED = /^(ceasefire|cease-fire|truce|talks|dialogue|negotiations|restraint|de-escalation|calm|peace|end)$/;
/** Words between the asked thing and "between": "an immediate ceasefire between", "an end to the fighting between". */
const ASKED_FILLER = /^(a|an|the|immediate|urgent|lasting|permanent|durable|direct|to|fighting|hostilities|violence|war|maximum|renewed|peace|of)$/;

export function appealsBetween(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    if (!ASKING.test(tokens[v]?.lower ?? '') || hedged(tokens, v) || tokens[v - 1]?.lower === 'to') continue;
    let k = v + 1;
    if (/^(for|on)$/.test(tokens[k]?.lower ?? '')) k++;
    let asked = false;
    while (k < tokens.length && k - v <= 9 && (ASKED.test(tokens[k]?.lower ?? '') || ASKED_FILLER.test(tokens[k]?.lower ?? ''))) {
      asked ||= ASKED.test(tokens[k]?.lower ?? '');
      k++;
    }
    if (!asked || !/^(between|on)$/.test(tokens[k]?.lower ?? '')) continue;
    // "restraint on both Peru and Bolivia", "a ceasefire between Peru and Bolivia": two sides at least.
    const from = tokens[k + 1]?.lower === 'both' ? k + 2 : k + 1;
    const sides = targetAfter(actors, all, tokens, from, 1).filter(STATES_AND_GROUPS);
    if (sides.length < 2) continue;
    const callers = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter((m) => m.kind !== 'PLACE');
    for (const a of callers) for (const b of sides) if (a.entityId !== b.entityId) add('APPEALS_TO', a, b, 0.75, 'appeal:between', [v, k]);
  }
}
