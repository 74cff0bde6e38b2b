// The words just before a title, and what they say about it: a people's adjective or demonym qualifying it
// ("Iraqi Kurdish leader"), a principal naming it ("a senior Hamas official"), an indefinite article making it one
// of several ("an RSF commander"), a possessive owning it ("Peru's new president"). Read by titledPeople.ts.
import { gazetteer } from './gazetteer';
import { isNameWord, matchName, type ReadingContext } from './mentions';
import { TITLE_MODIFIERS } from './titles';
import type { Token } from './tokens';

/**
 * Whether the word before a title at `from` qualifies it as another people's: a demonym, or an adjective of a people
 * ("Kurdish", "Tigrayan"). A department's word ("Home Minister", "Culture Minister") does not.
 */
export function qualified(tokens: readonly Token[], from: number): boolean {
  const before = tokens[from - 1];
  return before !== undefined && (gazetteer().demonymKeys.has(before.key) || (from - 1 > 0 && isNameWord(before) && /(ish|ian|ese)$/.test(before.lower)));
}

/** Whether a state or organization names the title whose words end at `k` ("Hamas" in "a senior Hamas official"). */
export function principalBeforeTitle(ctx: ReadingContext, tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j > 0 && k - j < 4 && TITLE_MODIFIERS.has(tokens[j]?.lower ?? '') && tokens[j]?.lower !== 'the') j--;
  for (let start = Math.max(0, j - 3); start <= j; start++) {
    const m = matchName(ctx, tokens, start);
    const kind = m?.known?.kind ?? m?.entry?.entity.kind;
    if (m && m.last === j + 1 && (kind === 'COUNTRY' || kind === 'ORGANIZATION')) return true;
  }
  return false;
}

/** Whether the title whose head is at `k` opens with "a" or "an" ("a senior envoy"): a description, not an office. */
export function indefinite(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  // Over title words and the principal's name: "an RSF commander", "a senior Hamas official".
  while (j >= 0 && k - j < 6 && (TITLE_MODIFIERS.has(tokens[j]?.lower ?? '') || (isNameWord(tokens[j]) && j > 0))) j--;
  return /^(a|an)$/.test(tokens[j]?.lower ?? '');
}

/** "Haiti’s transitional president, X": a possessive before the title's modifiers ("transitional", "new"). */
export function possessiveBefore(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j > 0 && k - j < 3 && TITLE_MODIFIERS.has(tokens[j]?.lower ?? '') && tokens[j]?.lower !== 'the') j--;
  // "the Houthis’ leader, X": a plural's possessive is the apostrophe alone.
  return /^['’]s?$/.test(tokens[j]?.text ?? '');
}
