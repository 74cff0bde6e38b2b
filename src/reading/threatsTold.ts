// Threats told as retaliation promised (CAMEO 13x, THREATENS): "Moscow said it would take countermeasures against
// Oslo", "Iran will respond firmly to any Israeli attack", "the army is ready to strike back if the rebels advance",
// "X warned of serious consequences if Y crossed the line". The promise itself is the act, so the future modal
// that hedges other acts (hedges.ts) is what marks it here; negated, questioned or conditional promises are none.
import { actorBefore, targetAfter } from './clauses';
import { NEGATIONS } from './hedges';
import { ACTOR_KINDS, type Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';

/** Nouns that are retaliation by themselves: "countermeasures", "reprisals". */
const RETALIATION_NOUNS = /^(countermeasures|counter-measures|reprisals|reprisal|retaliation|retribution)$/;
/** Nouns that are retaliation when qualified: "retaliatory measures", "military action", "self-defence measures". */
const MEASURE_NOUNS = /^(measures|steps|action|actions|response|force)$/;
const MEASURE_QUALIFIERS = /^(retaliatory|reciprocal|military|punitive|forceful|decisive|firm|tough|harsh|strong|swift|crushing|defensive|defense|defence|self-defense|self-defence|armed|counter|appropriate)$/;
/** "take (unspecified / further / necessary) action": taking measures, promised against someone, threatens them. */
const TAKE_WORDS = /^(take|taking|unspecified|further|necessary|all|every|possible|some)$/;
/** Verbs that retaliate by themselves, or with a manner adverb ("respond firmly"), or a particle ("hit back"). */
const RETALIATE_VERBS = /^(retaliate|retaliates|retaliating)$/;
const RESPOND_VERBS = /^(respond|react|answer)$/;
const RESPOND_MANNER = /^(firmly|forcefully|decisively|militarily|harshly|strongly|resolutely|swiftly|severely|robustly|in)$/;
const BACK_VERBS = /^(strike|hit|fight)$/;
/** What frames the retaliation as promised: a future modal, readiness, or a warning of it. */
const PROMISE_FRAMES = /^(would|will|’ll|'ll|shall|ready|prepared|right|warned|warns|warning)$/;
/** Words a promise's frame may stand apart from its retaliation by: "would be forced to take", "is ready to use". */
const FRAME_WORDS = /^(be|forced|compelled|obliged|to|take|taking|adopt|use|using|intensify|step|up|escalate|launch|impose|resort|of|the|all|necessary|any|appropriate|our|its|their|his|her|further|new|tougher|serious|grave|severe|dire|immediate|unspecified|"|“|”|-|and|not|never|no|hesitate|self)$/;
/** Consequences warned of: "serious consequences" (the adjective is needed: bare "consequences" is often economics). */
const CONSEQUENCE_ADJECTIVES = /^(serious|grave|severe|dire|unpredictable|catastrophic|devastating|harsh)$/;
/** Where the one threatened is named: "against Y", "on Y", "at Y", "to Y's accession", "in response to Y". */
const TARGET_PREPOSITIONS = /^(against|on|at|to|towards|toward|for)$/;
/** A question or condition over the promise itself: "asked whether Iran would retaliate". */
const OPEN_CLAUSES = /^(if|whether|unless|when)$/;

export function threatsTold(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 1; k < tokens.length; k++) {
    if (all.some((m) => m.first <= k && k < m.last)) continue;
    const end = retaliationAt(tokens, k);
    if (end < 0) continue;
    const frame = promiseFrame(tokens, k);
    if (frame < 0) continue;
    const targets = threatened(tokens, actors, all, end);
    if (targets.length === 0) continue;
    const subjects = actorBefore(actors, all, tokens, subjectEnd(tokens, frame)).filter((m) => ACTOR_KINDS.has(m.kind));
    for (const a of subjects) for (const b of targets) add('THREATENS', a, b, 0.7, 'threat:retaliation', [k]);
  }
}

/** The token after a retaliation word or phrase starting at `k`, or -1. */
function retaliationAt(tokens: readonly Token[], k: number): number {
  const w = tokens[k]?.lower ?? '';
  const next = tokens[k + 1]?.lower ?? '';
  if (RETALIATION_NOUNS.test(w) || RETALIATE_VERBS.test(w)) return k + 1;
  // "counter-measures" comes as three tokens.
  if (w === 'counter' && next === '-' && /^measures$/.test(tokens[k + 2]?.lower ?? '')) return k + 3;
  if (RESPOND_VERBS.test(w) && RESPOND_MANNER.test(next)) {
    // "respond in kind".
    if (next === 'in') return tokens[k + 2]?.lower === 'kind' ? k + 3 : -1;
    return k + 2;
  }
  if (BACK_VERBS.test(w) && next === 'back') return k + 2;
  // "military action", "retaliatory measures"; "use force".
  const before = tokens[k - 1]?.lower ?? '';
  if (MEASURE_NOUNS.test(w) && (MEASURE_QUALIFIERS.test(before) || (w === 'force' && /^(use|using)$/.test(before)))) return k + 1;
  // "would take action against Y", "will take unspecified steps against Y": the promise frame makes it a threat.
  // Only "against": "take measures to support Y", "action on Y's programme" promise nothing to Y.
  if (/^(action|measures|steps)$/.test(w) && TAKE_WORDS.test(before)) return next === 'against' ? k + 1 : -1;
  if (w === 'consequences' && CONSEQUENCE_ADJECTIVES.test(tokens[k - 1]?.lower ?? '')) return k + 1;
  return -1;
}

/**
 * The promise framing the retaliation at `k`: a modal, "ready / prepared to", "reserves the right to", "warned of",
 * within a few framing words before it; -1 when there is none, or when it is negated ("would not retaliate").
 */
function promiseFrame(tokens: readonly Token[], k: number): number {
  for (let j = k - 1; j >= 0 && k - j <= 8; j--) {
    const w = tokens[j]?.lower ?? '';
    if (PROMISE_FRAMES.test(w)) {
      const between = tokens.slice(j + 1, k).map((t) => t.lower);
      // "would not hesitate to retaliate" is a threat; "would not retaliate" is none.
      const negated = between.some((x) => NEGATIONS.has(x) || x.endsWith("n't")) && !between.includes('hesitate');
      return negated ? -1 : j;
    }
    if (!FRAME_WORDS.test(w) && !MEASURE_QUALIFIERS.test(w)) return -1;
  }
  return -1;
}

/** Where the subject's search starts: before "is ready", "reserves the right", and never inside an if-clause. */
function subjectEnd(tokens: readonly Token[], frame: number): number {
  let s = frame;
  const w = tokens[frame]?.lower ?? '';
  if (w === 'ready' || w === 'prepared') while (/^(is|was|are|were|stands|stood|remains|remained|fully|now|also)$/.test(tokens[s - 1]?.lower ?? '')) s--;
  if (w === 'right' && tokens[s - 1]?.lower === 'the' && /^(reserves|reserved|reserve)$/.test(tokens[s - 2]?.lower ?? '')) s -= 2;
  // A subject in an open clause ("whether Iran would retaliate") makes no promise.
  const subjects = tokens.slice(Math.max(0, s - 6), s).map((t) => t.lower);
  return subjects.some((x) => OPEN_CLAUSES.test(x)) ? -1 : s;
}

/** The threatened: after a preposition ("against Y", "to Y's accession", "in response to Y") or an if-clause's subject. */
function threatened(tokens: readonly Token[], actors: Mention[], all: Mention[], end: number): Mention[] {
  let k = end;
  while (/^("|“|”|’|,)$/.test(tokens[k]?.text ?? '')) k++;
  if (tokens[k]?.lower === 'in' && tokens[k + 1]?.lower === 'response' && tokens[k + 2]?.lower === 'to') k += 2;
  if (TARGET_PREPOSITIONS.test(tokens[k]?.lower ?? '')) {
    const direct = targetAfter(actors, all, tokens, k + 1, 2).filter((m) => ACTOR_KINDS.has(m.kind));
    if (direct.length > 0) return direct;
    // "against any attack by Y", "to any aggression from Y": the doer after the act.
    for (let j = k + 1; j < Math.min(tokens.length, k + 6); j++) {
      const w = tokens[j]?.lower ?? '';
      if (w === 'by' || w === 'from') return targetAfter(actors, all, tokens, j + 1, 2).filter((m) => ACTOR_KINDS.has(m.kind));
      if (!tokens[j]?.isWord || /^(if|that|which|and)$/.test(w)) break;
    }
  }
  // "… if Y attacks", "… should Y cross the border": the condition's subject, within a few words.
  for (let j = k; j < Math.min(tokens.length, k + 8); j++) {
    const w = tokens[j]?.lower ?? '';
    if (w === 'if' || w === 'unless' || w === 'should') {
      const subject = targetAfter(actors, all, tokens, j + 1, 1).filter((m) => ACTOR_KINDS.has(m.kind) && m.form !== 'demonym');
      const last = subject[subject.length - 1];
      // The subject must be followed by its verb, not be the object of a preposition ("if talks with Y fail").
      return last && tokens[last.last]?.isWord && !/^(and|or|of)$/.test(tokens[last.last]?.lower ?? '') ? subject : [];
    }
    if (/^(\.|;|:)$/.test(tokens[j]?.text ?? '')) break;
  }
  return [];
}
