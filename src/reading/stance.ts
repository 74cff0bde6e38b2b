// Stance: does a sentence report a relation, or report someone denying it? "Qatar denied reports that it had
// expelled Hamas" does not tell that Qatar expelled Hamas. A relation whose act word lies in the complement of a
// denial (denials.ts) is recorded as DISPUTES, and its quote is widened to show the cue (docs/reading.md, "Stance").
import type { Stance } from '../generated/graphql';
import { DESCRIPTIVE_RULES, disputeScopes } from './denials';
import type { Mention, SentenceTokens } from './mentions';
import type { Candidate } from './relations';

/** Candidates whose act word lies in a disputed complement become DISPUTES, with the quote widened to the cue. */
export function applyStance(sentences: readonly SentenceTokens[], mentions: readonly Mention[][], candidates: readonly Candidate[]): Candidate[] {
  const scopes = sentences.flatMap((s, i) => disputeScopes(s.tokens, mentions[i] ?? []));
  if (scopes.length === 0) return [...candidates];
  return candidates.map((c) => {
    const at = c.anchor;
    if (at === undefined || DESCRIPTIVE_RULES.test(c.rule)) return c;
    const found = scopes.find((d) => d.scope.start <= at && at < d.scope.end);
    if (!found) return c;
    const stance: Stance = 'DISPUTES';
    return { ...c, stance, start: Math.min(c.start, found.cue.start), end: Math.max(c.end, found.cue.end) };
  });
}
