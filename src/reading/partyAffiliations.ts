// Party adjectives before a politician's title: "Labour MP X", "Republican Senator X", "Likud lawmaker X". The
// adjective names the party the person belongs to (MEMBER_OF; its leader LEADS it, eval/README.md rule 7).
import { nameKey } from '../graph/vocabulary';
import { slug } from './ids';
import type { Mention, ReadingContext } from './mentions';
import { TITLE_HEADS, TITLE_MODIFIERS } from './titles';
import type { Token } from './tokens';

/** Adjective → the party's name. Each names one party family in the news; the id is the party's full name. */
const PARTY_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['labour', 'Labour Party'], ['labor', 'Labor Party'], ['conservative', 'Conservative Party'], ['tory', 'Conservative Party'],
  ['republican', 'Republican Party'], ['democratic', 'Democratic Party'], ['democrat', 'Democratic Party'],
  ['likud', 'Likud'], ['green', 'Green Party'], ['liberal', 'Liberal Party'],
]);
/** Plain English adjectives: at the start of a sentence their capital says nothing ("Conservative lawmakers …"). */
const COMMON_ADJECTIVES = new Set(['conservative', 'green', 'liberal']);

/** Titles a party adjective may stand before: its politicians and its leader. */
const PARTY_TITLES = /^(mp|mps|lawmaker|legislator|senator|congressman|congresswoman|representative|parliamentarian|member|leader|politician|deputy)$/;

/**
 * The party a capitalised adjective at `k` names, when the title it opens ends in a politician's word at `headIndex`
 * ("Labour MP", "Republican Senator"); null otherwise.
 */
export function partyOfAdjective(ctx: ReadingContext, tokens: readonly Token[], k: number, headIndex: number): Mention | null {
  const t = tokens[k];
  const name = t?.capitalized ? PARTY_ADJECTIVES.get(t.lower) : undefined;
  if (!t || !name || !PARTY_TITLES.test(tokens[headIndex]?.lower ?? '')) return null;
  if (k === 0 && COMMON_ADJECTIVES.has(t.lower)) return null;
  // "Democratic Republic", "Labour Party": a name of its own that goes on is not the adjective.
  const next = tokens[k + 1];
  if (next?.capitalized && !TITLE_HEADS.has(next.lower) && !TITLE_MODIFIERS.has(next.lower)) return null;
  const id = ctx.table.ensure({ id: slug(name), name, kind: 'ORGANIZATION' }, ctx.known.get(nameKey(name))).id;
  const span = { start: t.start, end: t.end };
  ctx.table.addSpan(id, span);
  return { ...span, first: k, last: k + 1, entityId: id, kind: 'ORGANIZATION', form: 'name', inTitle: true };
}
