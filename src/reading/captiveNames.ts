// People named by what they are become a collective when the sentence takes or frees them ("captured two Israeli
// soldiers", "freed two American citizens", "the release of three Thai women"): a kind cue from the act, as
// sanctionedNames.ts gives one to bodies sanctioned. Elsewhere "Israeli soldiers" are the state's forces (rule 8),
// so these heads make no collective without the cue.
import { gazetteer } from './gazetteer';
import type { Token } from './tokens';

/** "Americans", "Israelis": a people's demonym in the plural, which names captives only in a custody sentence too. */
export function demonymPlural(t: Token | undefined): boolean {
  return !!t && t.capitalized && t.lower.length > 4 && t.lower.endsWith('s') && gazetteer().demonymKeys.has(t.key.slice(0, -1));
}

/** Heads that name captives only in a custody sentence. */
export const CAPTIVE_ONLY_HEADS = new Set(['soldiers', 'women', 'men', 'children', 'girls', 'boys', 'citizens', 'nationals', 'tourists', 'servicemen', 'troops']);
const CUSTODY_BEFORE = /^(captured|capture|captures|capturing|abducted|abduct|abducts|abducting|kidnapped|kidnap|kidnaps|kidnapping|seized|detained|detain|detains|arrested|arrest|arrests|freed|free|frees|freeing|released|release|releases|releasing|holding|holds|held|swapped|exchanged|abduction|kidnapping|capture|detention|release|jailed|imprisoned)$/;
/** "the same number of", "a similar number of", "dozens of": how many, not who. */
const QUANTITY_WORDS = /^(the|same|similar|equal|number|of|a|an)$/;
const CUSTODY_AFTER = /^(captured|abducted|kidnapped|seized|detained|arrested|freed|released|held|jailed|imprisoned|taken)$/;

/**
 * Whether the people phrase from `first` to the head at `head` is taken or freed: a custody word at most four tokens
 * before it ("captured two Israeli soldiers", "the release of three women"), or after it in the passive ("two
 * soldiers were captured", "citizens held by").
 */
export function custodyCued(tokens: readonly Token[], first: number, head: number): boolean {
  // Words of a quantity do not count towards the four ("freed the same number of Russian servicemen").
  let words = 0;
  for (let k = first - 1; k >= 0 && words < 4; k--) {
    const t = tokens[k];
    if (!t || !t.isWord) return false;
    if (CUSTODY_BEFORE.test(t.lower)) return true;
    if (!QUANTITY_WORDS.test(t.lower)) words++;
  }
  let k = head + 1;
  while (/^(were|was|had|have|been|being|are|is|still|reportedly)$/.test(tokens[k]?.lower ?? '')) k++;
  return CUSTODY_AFTER.test(tokens[k]?.lower ?? '') && (k > head + 1 || tokens[k + 1]?.lower === 'by');
}
