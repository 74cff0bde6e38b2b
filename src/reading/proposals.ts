// Terms one side sets and the answers to them across sentences: "X said it would talk to Y on condition that Y
// withdrew" is a demand of Y (10); "Y rejected these conditions" in a later sentence rejects X (12x), and "Z
// described the demands as ultimatums" criticises X (111). News names the terms' author once and then says
// "these conditions", so the author is carried from the sentence that set them (index.ts).
import { actorBefore, BOUNDARY_WORDS, targetAfter } from './clauses';
import { CALL, gerundSubjectEnd } from './denials';
import { hedged } from './hedges';
import { ACTOR_KINDS, type Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';

/** Nouns for terms one side sets: what "these conditions" points back to. */
const TERMS_NOUNS = new Set(['conditions', 'condition', 'demands', 'demand', 'proposal', 'proposals', 'terms', 'offer', 'ultimatum', 'ultimatums', 'plan', 'preconditions']);
/** Verbs that set terms: "set out conditions", "put forward a proposal", "declared that … on condition that". */
const SETTING_VERBS = /^(set|sets|laid|lays|outlined|outlines|put|puts|proposed|proposes|offered|offers|presented|presents|unveiled|unveils|demanded|demands|declared|declares|said|says|announced|announces|insisted|insists|tabled|issued|listed|named)$/;
/** Pointers to terms told before: "these conditions", "the demands", "such proposals". */
const POINTERS = /^(these|those|the|such|this|that)$/;
const REJECT_VERBS = /^(rejected|rejects|reject|rejecting|dismissed|dismisses|dismiss|dismissing|rebuffed|rebuffs|rebuff|spurned|spurns|refused|refuses|refuse|refusing)$/;
const CENSURES = /^(ultimatum|ultimatums|unacceptable|absurd|blackmail|unrealistic|illegitimate|outrageous|cynical|provocative|impossible|ridiculous|delusional|lies|deceptive|nonsense)$/;

function isActor(m: Mention): boolean {
  return ACTOR_KINDS.has(m.kind) && !m.inTitle;
}

/** "on condition that", "on the condition that", "on conditions that": where the condition's clause starts. */
function conditionClause(tokens: readonly Token[], k: number): number | null {
  if (tokens[k]?.lower !== 'on') return null;
  let j = k + 1;
  if (tokens[j]?.lower === 'the') j++;
  if (!/^(condition|conditions)$/.test(tokens[j]?.lower ?? '') || tokens[j + 1]?.lower !== 'that') return null;
  return j + 2;
}

/** The nearest setting verb before `k` and its subject: who sets the terms. */
function setterBefore(tokens: readonly Token[], actors: Mention[], all: Mention[], k: number): { setter: Mention; verb: number } | null {
  for (let v = k - 1; v >= Math.max(0, k - 20); v--) {
    if (!SETTING_VERBS.test(tokens[v]?.lower ?? '')) continue;
    const setter = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter(isActor)[0];
    return setter ? { setter, verb: v } : null;
  }
  return null;
}

/**
 * "X declared that he would negotiate with Y on condition that it withdrew": the condition is a demand of Y,
 * named as the clause's subject or, for "it"/"they", as the partner named before the condition.
 */
export function conditionsSet(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 1; k < tokens.length; k++) {
    const clause = conditionClause(tokens, k);
    if (clause === null) continue;
    const found = setterBefore(tokens, actors, all, k);
    if (!found) continue;
    let addressees = targetAfter(actors, all, tokens, clause, 1).filter(isActor);
    if (addressees.length === 0 && /^(it|they)$/.test(tokens[clause]?.lower ?? '')) {
      const partner = [...actors].reverse().find((m) => m.first > found.verb && m.last <= k && isActor(m) && m.kind !== 'PERSON' && m.entityId !== found.setter.entityId);
      addressees = partner ? [partner] : [];
    }
    for (const b of addressees) add('DEMANDS_OF', found.setter, b, 0.8, 'terms:on-condition', [k]);
  }
}

/**
 * Who set terms in this sentence, for "these conditions" in the next ones; null when none. `owner` marks an
 * author named only as a possessive ("Russia's proposals"): weaker than one told setting them, so it does not
 * replace a setter still in reach (index.ts).
 */
export function proposerIn(tokens: readonly Token[], all: readonly Mention[]): { author: Mention; owner: boolean } | null {
  const actors = all.filter(isActor).sort((a, b) => a.first - b.first);
  for (let k = 1; k < tokens.length; k++) {
    if (conditionClause(tokens, k) !== null) {
      const found = setterBefore(tokens, actors, [...all], k);
      if (found) return { author: found.setter, owner: false };
    }
    if (!TERMS_NOUNS.has(tokens[k]?.lower ?? '')) continue;
    // "Putin's conditions", "Russia's proposals"
    const poss = tokens[k - 1]?.text === '’s' || tokens[k - 1]?.text === "'s" ? k - 1 : -1;
    const owner = poss > 0 ? actors.find((m) => m.last === poss) : undefined;
    if (owner) return { author: owner, owner: true };
    // "X set out (his) conditions", "X put forward a new proposal"
    let v = k - 1;
    while (v > 0 && k - v <= 4 && /^(a|an|the|his|her|its|their|new|peace|several|four|three|two|out|forward|up|its|own|list|of|ceasefire|tough)$/.test(tokens[v]?.lower ?? '')) v--;
    if (SETTING_VERBS.test(tokens[v]?.lower ?? '') && !/^(said|says|declared|declares|announced|announces|insisted|insists)$/.test(tokens[v]?.lower ?? '')) {
      const setter = actorBefore(actors, [...all], tokens, gerundSubjectEnd(tokens, v)).filter(isActor)[0];
      if (setter) return { author: setter, owner: false };
    }
  }
  return null;
}

/**
 * "Y was quick to reject these conditions", "Z described these demands as ultimatums": the terms' author, named in
 * an earlier sentence, is rejected or criticised. The quote is this sentence's act; the pointer stands for the author.
 */
export function referredTerms(tokens: readonly Token[], actors: Mention[], all: Mention[], proposer: Mention | null, add: Add): void {
  if (!proposer) return;
  for (let k = 1; k < tokens.length; k++) {
    if (!TERMS_NOUNS.has(tokens[k]?.lower ?? '') || !POINTERS.test(tokens[k - 1]?.lower ?? '')) continue;
    const v = k - 2;
    const verb = tokens[v]?.lower ?? '';
    let type: 'REJECTS' | 'CRITICIZES' | null = null;
    if (REJECT_VERBS.test(verb)) type = 'REJECTS';
    else if ((CALL.has(verb) || /^(describe|brand|label|term)$/.test(verb)) && censureAfter(tokens, k + 1)) type = 'CRITICIZES';
    if (!type || hedged(tokens, v)) continue;
    // An owner named after the noun ("the proposal by X", "the demands of X") is read by other rules.
    if (/^(by|from|of)$/.test(tokens[k + 1]?.lower ?? '')) continue;
    const subjects = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter(isActor);
    const pointer = tokens[k - 1];
    const noun = tokens[k];
    if (!pointer || !noun) continue;
    const author: Mention = { ...proposer, start: pointer.start, end: noun.end, first: k - 1, last: k + 1, form: 'anaphor', inTitle: false, np: undefined };
    for (const a of subjects) if (a.entityId !== proposer.entityId) add(type, a, author, 0.75, `terms:${type === 'REJECTS' ? 'rejected' : 'called'}`, [v]);
  }
}

/** "as ultimatums", "unacceptable", "as “blackmail”" right after the terms. */
function censureAfter(tokens: readonly Token[], from: number): boolean {
  for (let j = from; j < Math.min(tokens.length, from + 5); j++) {
    const t = tokens[j];
    if (!t || BOUNDARY_WORDS.has(t.lower) && t.lower !== 'as') return false;
    if (CENSURES.test(t.lower)) return true;
  }
  return false;
}
