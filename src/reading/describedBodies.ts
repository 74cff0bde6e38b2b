// A state's body named by a description in lower case: "Freedonia's presidential guard", "the country's transitional
// presidential council", "Ruritania's electoral commission". News names such a body by what it is rather than by a
// capitalised name; it is an organization of its own, MEMBER_OF the state (eval/README.md rule 12: named forces and
// councils with their own acts), named "<State> <description>" ("Freedonia presidential guard"). A later "the
// presidential guard" in the article is the same body. A bare "army" or "government" stays the state (rule 8),
// so the description needs a word that says which body it is.
import { nameKey } from '../graph/vocabulary';
import { slug } from './ids';
import { onlyStateSoFar } from './bareForces';
import type { Mention, ReadingContext } from './mentions';
import type { Token } from './tokens';

/** Head nouns of a state's bodies told in lower case. */
const BODY_HEADS = new Set(['guard', 'council', 'court', 'commission', 'tribunal']);
/** Words that say which body: without one, "Freedonia's council" is too vague to be a body of its own. */
const BODY_KINDS = new Set([
  'presidential', 'republican', 'national', 'transitional', 'electoral', 'election', 'constitutional', 'supreme',
  'military', 'revolutionary', 'sovereign', 'sovereignty',
]);

/** The bodies the article has named so far: their lower-case description ("presidential guard") → entity id. */
const described = new WeakMap<ReadingContext, Map<string, string>>();

/** The lower-case description from token k: one to three kind words, then the head. Its end, or -1. */
export function descriptionEnd(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j < k + 3 && BODY_KINDS.has(tokens[j]?.text ?? '')) j++;
  return j > k && BODY_HEADS.has(tokens[j]?.text ?? '') ? j + 1 : -1;
}

/**
 * "Freedonia's presidential guard" with the state's mention `state` ending before token `from` (after its "'s"):
 * the body, registered, MEMBER_OF the state. Null when the words after the state are no such description.
 */
export function describedBodyOf(ctx: ReadingContext, tokens: readonly Token[], state: Mention, from: number): Mention | null {
  const end = descriptionEnd(tokens, from);
  const first = tokens[state.first];
  const last = tokens[end - 1];
  const stateName = ctx.table.get(state.entityId)?.name;
  if (end < 0 || !first || !last || !stateName) return null;
  const words = tokens.slice(from, end).map((t) => t.text).join(' ');
  const name = `${stateName} ${words}`;
  const id = ctx.table.ensure({ id: slug(name), name, kind: 'ORGANIZATION' }, ctx.known.get(nameKey(name))).id;
  const span = { start: first.start, end: last.end };
  // The description is no name of the body: its span is kept, not as an alias.
  ctx.table.addSpan(id, span);
  ctx.roleFacts.push({ person: id, type: 'MEMBER_OF', principal: state.entityId, span, how: 'title' });
  const known = described.get(ctx) ?? new Map<string, string>();
  described.set(ctx, known);
  if (!known.has(words)) known.set(words, id);
  return { ...span, first: state.first, last: end, entityId: id, kind: 'ORGANIZATION', form: 'name', inTitle: false };
}

/**
 * A guard named bare ("troops from the presidential guard") in an article that has named one state so far: that
 * state's guard, as a bare "the Army" is its army (bareForces.ts). Only guards: a bare "the national council" may
 * be anyone's.
 */
function bareGuard(ctx: ReadingContext, words: string): string | undefined {
  const state = onlyStateSoFar(ctx);
  if (!words.endsWith(' guard') || !state) return undefined;
  const name = `${state.name} ${words}`;
  const id = ctx.table.ensure({ id: slug(name), name, kind: 'ORGANIZATION' }, ctx.known.get(nameKey(name))).id;
  const known = described.get(ctx) ?? new Map<string, string>();
  described.set(ctx, known);
  known.set(words, id);
  return id;
}

/** "the presidential guard" after the article named whose it is: a mention of that body. */
export function describedBodiesAgain(ctx: ReadingContext, tokens: readonly Token[], occupied: boolean[]): Mention[] {
  const out: Mention[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k - 1]?.lower !== 'the' || occupied[k]) continue;
    const end = descriptionEnd(tokens, k);
    const words = end > 0 ? tokens.slice(k, end).map((t) => t.text).join(' ') : '';
    const fresh = end > 0 && !described.get(ctx)?.has(words);
    const id = end > 0 ? described.get(ctx)?.get(words) ?? bareGuard(ctx, words) : undefined;
    const first = tokens[k];
    const last = tokens[end - 1];
    if (!id || !first || !last || occupied.slice(k, end).some(Boolean)) continue;
    const span = { start: first.start, end: last.end };
    ctx.table.addSpan(id, span);
    const state = fresh ? onlyStateSoFar(ctx) : undefined;
    if (state) ctx.roleFacts.push({ person: id, type: 'MEMBER_OF', principal: state.id, span: { start: tokens[k - 1]?.start ?? span.start, end: span.end }, how: 'article' });
    out.push({ ...span, first: k, last: end, entityId: id, kind: 'ORGANIZATION', form: 'name', inTitle: false });
    for (let j = k; j < end; j++) occupied[j] = true;
    k = end - 1;
  }
  return out;
}
