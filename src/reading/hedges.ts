// Words that make a verb not an act: a hedge ("will", "expected") or a plain negation ("did not", "never").
import type { Token } from './tokens';

const HEDGES = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'expected', 'hoped', 'hopes', 'hope', 'plans', 'planned', 'wants', 'want']);
export const NEGATIONS = new Set(['not', "n't", 'never', 'no']);

/** Verbs that ask someone to act: the act in "urged Y to resume talks" is asked for, not done. */
const ASKING_VERBS = /^(urged|urges|urge|urging|called|calls|call|calling|asked|asks|ask|asking|pressed|presses|pressing|pressured|pushed|pushes|pushing|encouraged|encourages|encouraging|appealed|appeals|appealing|implored|begged|invited|invites|told|tells|ordered|orders|warned|warns|challenged|challenges)$/;
/** Words of an addressee's phrase between the asking verb and "to": "urged Russia and Ukraine", "called on both sides". */
const ADDRESSEE_WORDS = /^(and|the|both|all|two|sides|parties|its|their|his|her|leaders|leader|government|governments|authorities|officials|forces|troops|military|army|on|upon|to|,|’s|'s|-|rebels|junta|soldiers|militants|fighters|kidnappers|captors|abductors|insurgents|putschists|mutineers|coup|plotters|leaders|group|militia|regime|administration)$/;
/** How far back the asking verb may stand from the "to" of the asked act. */
const ADDRESSEE_REACH = 10;

/** Verbs whose "that" clause asks for an act: "demanded that Turkey withdraw". */
const DEMANDING_VERBS = /^(demanded|demands|demand|demanding|insisted|insists|urged|urges|asked|asks|called|calls|requested|requests|proposed|proposes|suggested|recommended)$/;

/**
 * "urged Russia and Ukraine to resume talks", "demanded that Turkey withdraw its forces": the verb at `v` is an act
 * someone was asked to do, not one done.
 */
export function askedFor(tokens: readonly Token[], v: number): boolean {
  const infinitive = tokens[v - 1]?.lower === 'to';
  if (!infinitive && !/^[a-z]+$/.test(tokens[v]?.text ?? '')) return false;
  for (let k = v - (infinitive ? 2 : 1); k >= Math.max(0, v - 1 - ADDRESSEE_REACH); k--) {
    const t = tokens[k];
    if (!t) return false;
    if (infinitive && ASKING_VERBS.test(t.lower)) return k < v - 2;
    // The subjunctive after "demanded that Y": a bare verb ("withdraw", not "withdrew" or "withdraws").
    if (!infinitive && t.lower === 'that') return k < v - 1 && DEMANDING_VERBS.test(tokens[k - 1]?.lower ?? '') && !/(ed|s)$/.test(tokens[v]?.lower ?? '');
    if (!(t.capitalized || ADDRESSEE_WORDS.test(t.lower))) return false;
  }
  return false;
}

/** A hedge or negation in the three words before token `v` (within the clause's words), or an act asked for. */
export function hedged(tokens: readonly Token[], v: number): boolean {
  if (askedFor(tokens, v)) return true;
  for (let k = v - 1; k >= Math.max(0, v - 3); k--) {
    const t = tokens[k];
    if (!t) break;
    // A plain negation ("did not", "didn't", "never") drops the act: docs/reading.md, "Stance".
    if (HEDGES.has(t.lower) || NEGATIONS.has(t.lower) || t.lower.endsWith("n't")) return true;
    // "Y must withdraw", "Y needs to / has to withdraw": demanded of Y, not done (speechActs.ts reads the demand).
    if (t.lower === 'must' || (t.lower === 'to' && /^(needs|need|has|have)$/.test(tokens[k - 1]?.lower ?? ''))) return true;
    if (!t.isWord) break;
  }
  return false;
}
