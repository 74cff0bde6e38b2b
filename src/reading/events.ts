// Events the article treats as things: talks, ceasefires, wars. Filled in below; for now none.
import type { Mention, ReadingContext, SentenceTokens } from './mentions';
import type { Candidate } from './relations';

export function findEvents(_ctx: ReadingContext, _sentences: readonly SentenceTokens[], _mentions: readonly Mention[][]): Candidate[] {
  return [];
}
