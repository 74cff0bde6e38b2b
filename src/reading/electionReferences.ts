// A vote told again by a plain noun once the article has named the election: "the vote", "the ballot", "the polls",
// "the race", "the first round (of voting)", "the March 3 vote". Each is the election named last before it, so
// "Brazil held a general election. Mendez won the vote" reads as winning Brazil's election. Other votes are not
// elections: "a vote in parliament", "the UN vote", "the vote on the budget", "a no-confidence vote" are never
// references, and one told between the election and a "the vote" breaks the chain (that vote is the one meant).
import { dateWord } from './electionDates';
import type { ElectionOccurrence } from './elections';
import type { SentenceTokens } from './mentions';
import type { Token } from './tokens';

const VOTE_NOUNS = /^(vote|ballot|poll|polls|race|round)$/;
/** A round is a vote only with its number: "the first round", "the final round". */
const ROUND_ORDINALS = /^(first|second|third|final|decisive)$/;
/** Words that may stand between "the" and the noun without making it another vote: "the disputed March 3 vote". */
const DESCRIBING = /^(disputed|contested|recent|tight|close|’s|'s)$/;
/** Words after the noun that make it some other vote: "the vote on the budget", "the vote in parliament". */
const OTHER_VOTE_AFTER = /^(on|of|over|in|at|by|to|against|among|count|counting)$/;
/** "leads the polls": opinion polls, not the vote itself. */
const LEADING = /^(leads|led|lead|leading|tops|topped|top|topping)$/;

/** The token where the noun phrase of a vote noun at k starts ("the"), or -1 when it is not a definite plain vote. */
function definiteStart(tokens: readonly Token[], k: number): number {
  let j = k - 1;
  if (tokens[k]?.lower === 'round') {
    if (!ROUND_ORDINALS.test(tokens[j]?.lower ?? '')) return -1;
    j--;
  }
  while (j >= 0 && k - j <= 4 && (dateWord(tokens[j]) || DESCRIBING.test(tokens[j]?.lower ?? ''))) j--;
  // "Sunday's vote": a weekday's possessive is its own determiner.
  if (dateWord(tokens[j + 1]) && /^(’s|'s)$/.test(tokens[j + 2]?.text ?? '')) return j + 1;
  return tokens[j]?.lower === 'the' ? j : -1;
}

/** "the first round of voting", "the first round of the vote": a round told with what it is a round of. */
function roundOfVoting(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.lower !== 'round' || tokens[k + 1]?.lower !== 'of') return false;
  const next = tokens[k + 2]?.lower === 'the' ? tokens[k + 3]?.lower : tokens[k + 2]?.lower;
  return next === 'voting' || next === 'vote' || next === 'ballot';
}

/** Token k is a plain reference to a vote told before: "the vote", "the first round of voting". */
function referenceAt(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]?.lower ?? '';
  if (!VOTE_NOUNS.test(word)) return false;
  const start = definiteStart(tokens, k);
  if (start < 0) return false;
  if ((word === 'poll' || word === 'polls') && LEADING.test(tokens[start - 1]?.lower ?? '')) return false;
  return roundOfVoting(tokens, k) || !OTHER_VOTE_AFTER.test(tokens[k + 1]?.lower ?? '');
}

/**
 * The vote references of the article, each with the election named last before it (in an earlier sentence or
 * earlier in its own), given the election nouns findElections found. A vote noun that is no reference ("a vote in
 * parliament") between them stops the chain until an election is named again. Linear in the text.
 */
export function voteReferences(sentences: readonly SentenceTokens[], named: readonly ElectionOccurrence[]): ElectionOccurrence[] {
  const at = new Map<string, ElectionOccurrence>();
  for (const o of named) at.set(`${o.i}:${o.k}`, o);
  const out: ElectionOccurrence[] = [];
  let last: ElectionOccurrence | undefined;
  sentences.forEach((s, i) => {
    s.tokens.forEach((t, k) => {
      const own = at.get(`${i}:${k}`);
      if (own) { last = own; return; }
      if (!VOTE_NOUNS.test(t.lower)) return;
      if (!referenceAt(s.tokens, k)) { last = undefined; return; }
      if (last) out.push({ i, k, election: last.election, placed: false });
    });
  });
  return out;
}
