// Running for an office, as the words before an election tell it: "X, who ran for president in the March 3 election",
// "X is standing for re-election". A run only meant or stopped is no candidacy: "refused to run", "plans to run",
// "was barred from running" (eval/README.md rule 1: what is planned or prevented is not coded as done).
import type { Token } from './tokens';

/** Verbs of standing as a candidate. */
export const RUN_VERBS = /^(ran|run|runs|running|stood|stand|stands|standing)$/;
/** Words of the office run for, between "for" and what follows: "for president", "for a second term", "for re-election". */
const OFFICE_WORDS = /^(president|presidency|the|a|office|parliament|seat|mayor|governor|prime|minister|senate|congress|second|third|fourth|fifth|another|term|re|-|election|reelection)$/;
/** How many words the office may take: "for a second term". */
const OFFICE_REACH = 4;

/**
 * The run verb of "ran for president" when the office phrase ends just before token j ("… for president in the
 * election"), else -1.
 */
export function runVerbBefore(tokens: readonly Token[], j: number): number {
  let f = j - 1;
  while (f > 0 && j - f <= OFFICE_REACH && OFFICE_WORDS.test(tokens[f]?.lower ?? '')) f--;
  if (f === j - 1 || tokens[f]?.lower !== 'for') return -1;
  return RUN_VERBS.test(tokens[f - 1]?.lower ?? '') ? f - 1 : -1;
}

/** "refused to run", "barred from running", "plans to stand": a run verb at v that is meant or prevented, not done. */
export function runBarred(tokens: readonly Token[], v: number): boolean {
  return /^(to|from)$/.test(tokens[v - 1]?.lower ?? '');
}
