// Words that make a verb not an act: a hedge ("will", "expected") or a plain negation ("did not", "never").
import type { Token } from './tokens';

const HEDGES = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'expected', 'hoped', 'hopes', 'hope', 'plans', 'planned', 'wants', 'want']);
export const NEGATIONS = new Set(['not', "n't", 'never', 'no']);

/** A hedge or negation in the three words before token `v` (within the clause's words). */
export function hedged(tokens: readonly Token[], v: number): boolean {
  for (let k = v - 1; k >= Math.max(0, v - 3); k--) {
    const t = tokens[k];
    if (!t) break;
    // A plain negation ("did not", "didn't", "never") drops the act: docs/reading.md, "Stance".
    if (HEDGES.has(t.lower) || NEGATIONS.has(t.lower) || t.lower.endsWith("n't")) return true;
    if (!t.isWord) break;
  }
  return false;
}
