// An act named bare in a reaction stands for whoever did it: "North Korea fired a missile on Sunday. Japan condemned
// the launch." The reaction's object ("the launch", "the move", "the strikes") is a reference to the one actor that
// opened the sentence before as the subject of an act (openingActors.ts), so the reaction rules see that actor there.
// references.ts resolves it, as it does its other references that need one sure antecedent.
import { pastQuotedVerb } from './clauses';
import { verbIndex } from './patterns/verbIndex';
import { RECEIVE_VERBS } from './receivedActs';
import type { Token } from './tokens';

/** Nouns that name one act a state or group did, and that others react to. Not accords: those are events. */
export const ACT_NOUNS: ReadonlySet<string> = new Set([
  'move', 'moves', 'decision', 'step', 'action', 'actions', 'act', 'launch', 'launches', 'test', 'tests', 'attack',
  'attacks', 'strike', 'strikes', 'airstrike', 'airstrikes', 'raid', 'raids', 'bombing', 'bombings', 'shelling',
  'bombardment', 'assault', 'incursion', 'incursions', 'invasion', 'offensive', 'annexation', 'seizure', 'arrest',
  'arrests', 'detention', 'detentions', 'execution', 'executions', 'killing', 'killings', 'expulsion', 'expulsions',
  'drills', 'exercises', 'manoeuvres', 'maneuvers', 'crackdown', 'deployment', 'blockade', 'ban', 'sanctions',
  'release', 'withdrawal', 'announcement', 'recognition', 'violation', 'violations', 'provocation', 'shooting',
  'assassination', 'abduction', 'kidnapping', 'closure', 'suspension', 'pardon', 'verdict', 'sentence', 'sentencing',
  'efforts', 'effort', 'steps', 'role', 'ruling', 'judgment', 'judgement',
]);
/** Plain words that may stand between "the" and the act noun: "the latest missile launch". */
const ACT_MODIFIERS = /^(latest|recent|new|fresh|second|third|missile|rocket|drone|nuclear|military|deadly|overnight|weekend|unilateral|sudden|surprise|planned|cross-border|naval|air|ballistic|satellite|brutal|reported|apparent|unprecedented|controversial)$/;
/** The verbs whose direct object may be such an act: criticism, praise, rejection. */
const REACTION_TYPES = new Set(['CRITICIZES', 'ENDORSES', 'REJECTS']);
/** Verbs that judge their object ("called the move a provocation"); judgements.ts reads the judgement. */
const JUDGING_VERBS = /^(called|calls|call|calling|described|describes|branded|brands|labelled|labeled|termed)$/;

/**
 * Where an act named bare stands as a reaction's object ("condemned the launch", "called the move regrettable") or
 * as the subject that receives the reaction ("The move drew condemnation from Y"): the noun phrase's end, else 0.
 * The act must be nobody's yet: an owner or an agent after "by" is read by the rules themselves.
 */
export function actReferenceAt(tokens: readonly Token[], k: number, taken: ReadonlySet<number>): number {
  if (tokens[k]?.lower !== 'the') return 0;
  let n = k + 1;
  while (n - k <= 3 && ACT_MODIFIERS.test(tokens[n]?.lower ?? '') && !taken.has(n)) n++;
  if (!ACT_NOUNS.has(tokens[n]?.lower ?? '') || taken.has(n)) return 0;
  const next = tokens[n + 1];
  if (next && /^(by|from|’s|'s|-)$/.test(next.lower)) return 0;
  // Opening the sentence, the act receives: "The move drew condemnation from Y", "The move was criticised by Y".
  if (k === 0) return RECEIVE_VERBS.test(next?.lower ?? '') || (/^(was|were)$/.test(next?.lower ?? '') && reactionVerb(tokens[n + 2]?.lower ?? '') && tokens[n + 3]?.lower === 'by') ? n + 1 : 0;
  let v = k - 1;
  // 'said it “strongly condemns” the attack': the verb inside the speaker's quotation marks.
  if (pastQuotedVerb(tokens, v - 1) === k) v--;
  if (isMannerAdverb(tokens[v])) v--;
  const verb = tokens[v]?.lower ?? '';
  return JUDGING_VERBS.test(verb) || reactionVerb(verb) ? n + 1 : 0;
}

/** A verb of criticism, praise or rejection that takes a direct object. */
function reactionVerb(word: string): boolean {
  return (verbIndex().get(word) ?? []).some((r) => REACTION_TYPES.has(r.type) && !r.particles && r.objectVia.includes(''));
}

function isMannerAdverb(t: Token | undefined): boolean {
  return t !== undefined && t.isWord && !t.capitalized && t.lower.length > 4 && t.lower.endsWith('ly');
}
