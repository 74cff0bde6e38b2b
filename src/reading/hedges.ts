// Words that make a verb not an act: a hedge ("will", "expected") or a plain negation ("did not", "never").
import type { Token } from './tokens';

const HEDGES = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'expected', 'hoped', 'hopes', 'hope', 'plans', 'planned', 'wants', 'want']);
export const NEGATIONS = new Set(['not', "n't", 'never', 'no']);

/** A plain negation: "not", "no", "never", or a word ending in "n't". */
export function isNegation(t: Token): boolean {
  return NEGATIONS.has(t.lower) || t.lower.endsWith("n't");
}

/** A plain negation among the three tokens before `v`: "did not pledge", "never vowed". */
export function negatedBefore(tokens: readonly Token[], v: number): boolean {
  return tokens.slice(Math.max(0, v - 3), v).some(isNegation);
}

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

/** Words that open a clause whose act is only supposed or asked about: "if", "unless", "whether", "in case". */
const CONDITIONS = /^(if|unless|whether)$/;
/** Words that end the clause a condition could open, looking back from the verb. */
const CLAUSE_ENDS = /^([,;:"“”(]|that|said|says|but|while|because)$/;
/** How far back a condition's opener may stand from its verb: "If the Iranian-backed militia attacks …". */
const CONDITION_REACH = 12;

/**
 * "If Hamas attacks Israel again, …", "unless Russia withdraws", "whether Iran supplied drones", "in case Y strikes":
 * the verb at `v` is supposed or asked about, not told as done.
 */
export function conditioned(tokens: readonly Token[], v: number): boolean {
  for (let k = v - 1; k >= Math.max(0, v - CONDITION_REACH); k--) {
    const w = tokens[k]?.lower ?? '';
    if (CONDITIONS.test(w) || (w === 'case' && tokens[k - 1]?.lower === 'in')) return true;
    if (CLAUSE_ENDS.test(w)) return false;
  }
  return false;
}

/** What a supposed act's noun phrase is said to bring: "a strike on Y would be …", "any attack on Y could …". */
const SUPPOSING_MODALS = /^(would|could|might|will|may)$/;
/** Words that end the noun phrase's clause before its verb. */
const PHRASE_ENDS = /^([,;:"“”]|that|which|who|said|says|but)$/;
/** How far after the act's noun its clause's modal may stand: "An attack by X on Y's capital would …". */
const SUPPOSED_REACH = 8;

/**
 * "An Israeli strike on Iran would be a disaster", "any attack on Taiwan could …": an act named by an indefinite
 * noun phrase that is the subject of a modal is supposed, not told.
 */
export function supposedAct(tokens: readonly Token[], v: number): boolean {
  const before = tokens.slice(Math.max(0, v - 3), v).map((t) => t.lower);
  if (!before.some((w) => /^(a|an|any)$/.test(w))) return false;
  for (let k = v + 1; k < Math.min(tokens.length, v + 1 + SUPPOSED_REACH); k++) {
    const w = tokens[k]?.lower ?? '';
    if (SUPPOSING_MODALS.test(w)) return true;
    if (PHRASE_ENDS.test(w)) return false;
  }
  return false;
}

/** A hedge or negation in the three words before token `v` (within the clause's words), or an act asked for. */
export function hedged(tokens: readonly Token[], v: number): boolean {
  if (askedFor(tokens, v) || conditioned(tokens, v) || supposedAct(tokens, v)) return true;
  let reach = 3;
  for (let k = v - 1; k >= Math.max(0, v - reach); k--) {
    const t = tokens[k];
    if (!t) break;
    // 'said it would “strongly condemn” …': one opening mark inside the clause hides no hedge before it.
    if (/^[“"]$/.test(t.text) && reach === 3 && tokens[k - 1]?.isWord) { reach++; continue; }
    // A plain negation ("did not", "didn't", "never") drops the act: docs/reading.md, "Stance".
    if (HEDGES.has(t.lower) || isNegation(t)) return true;
    // "Y must withdraw", "Y needs to / has to withdraw": demanded of Y, not done (speechActs.ts reads the demand).
    if (t.lower === 'must' || (t.lower === 'to' && /^(needs|need|has|have)$/.test(tokens[k - 1]?.lower ?? ''))) return true;
    if (!t.isWord) break;
  }
  return false;
}

/** Verbs that tell a decision as taken: "X said it would expel …", "X announced it will leave …". */
const DECIDERS = /^(said|says|announced|announces|decided|declared|confirmed)$/;

/** "X said (on Tuesday) (that) it would expel …": a decision told as taken. The hedge at v-1 is "would" / "will". */
export function announcedDecision(tokens: readonly Token[], v: number): boolean {
  if (!/^(would|will)$/.test(tokens[v - 1]?.lower ?? '') || !/^(it|they|he|she)$/.test(tokens[v - 2]?.lower ?? '')) return false;
  for (let k = v - 3; k >= Math.max(0, v - 8); k--) {
    const w = tokens[k]?.lower ?? '';
    if (DECIDERS.test(w)) return true;
    if (!(tokens[k]?.isWord ?? false) || NEGATIONS.has(w)) return false;
  }
  return false;
}
