// A sentence as the rules read it: at most MAX_SENTENCE_TOKENS tokens. Rules look at pairs of mentions in a
// sentence, so a run-on "sentence" (no full stop in a whole article) is cut into pieces they can afford.
import type { SentenceTokens } from './mentions';
import type { Token } from './tokens';

/** Tokens per sentence at most. */
export const MAX_SENTENCE_TOKENS = 120;

const CLAUSE_PUNCTUATION = new Set([',', ';', ':']);

/**
 * A sentence's tokens as one piece, or cut into pieces of at most MAX_SENTENCE_TOKENS: after the last comma,
 * semicolon or colon in a piece's second half, else at the limit. Each piece is sliced from the one array by
 * index, so the cost is the sentence's length (copying the rest at every cut made a 1 MB run of "(" take 48 s).
 */
export function boundedSentences(tokens: readonly Token[]): SentenceTokens[] {
  const pieces: SentenceTokens[] = [];
  let start = 0;
  while (start < tokens.length) {
    let cut = Math.min(tokens.length, start + MAX_SENTENCE_TOKENS);
    if (tokens.length - start > MAX_SENTENCE_TOKENS) {
      for (let k = start + MAX_SENTENCE_TOKENS - 1; k > start + MAX_SENTENCE_TOKENS / 2; k--) {
        if (CLAUSE_PUNCTUATION.has(tokens[k]?.text ?? '')) { cut = k + 1; break; }
      }
    }
    const piece = tokens.slice(start, cut);
    pieces.push({ start: piece[0]?.start ?? 0, end: piece[piece.length - 1]?.end ?? 0, tokens: piece });
    start = cut;
  }
  return pieces;
}

/** The index of the sentence holding offset `at` (sentences are in text order): a binary search, so it stays linear. */
export function sentenceAt(sentences: readonly SentenceTokens[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (!s) break;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
