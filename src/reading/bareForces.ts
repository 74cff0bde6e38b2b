// A state's army or navy named bare, capitalised ("the Army’s plan", "Army Chief General X"), as national news
// names its own: the force of the one state the article has named so far, an organization MEMBER_OF that state
// (eval/README.md rule 12), as "Chile’s Army" would be. With no state named yet, or two, it is no one's.
import { nameKey } from '../graph/vocabulary';
import { slug } from './ids';
import { isNameWord, type Mention, type ReadingContext } from './mentions';
import type { Token } from './tokens';

const BARE_FORCES = new Set(['army', 'navy']);
/**
 * Offices that head a bare force in a title: "Army Chief General X". Its spokesman stays the state's envoy, as a
 * state-named force's does ("Chilean Army spokesman X").
 */
const FORCE_OFFICES = new Set(['chief', 'commander', 'head']);

/** "the Army", "the Army’s": the force at token `i`, MEMBER_OF its state; null when the shape or the state is missing. */
export function bareForceAt(ctx: ReadingContext, tokens: readonly Token[], i: number): Mention | null {
  const t = tokens[i];
  if (!t || !t.capitalized || !BARE_FORCES.has(t.lower) || tokens[i - 1]?.lower !== 'the' || isNameWord(tokens[i + 1])) return null;
  return forceMention(ctx, tokens, i, true);
}

/** "Army Chief General X": the force opening a title at token `k`, as the title's principal; else null. */
export function bareForceOfTitle(ctx: ReadingContext, tokens: readonly Token[], k: number): Mention | null {
  const t = tokens[k];
  if (!t || !t.capitalized || !BARE_FORCES.has(t.lower) || isNameWord(tokens[k - 1]) || !FORCE_OFFICES.has(tokens[k + 1]?.lower ?? '')) return null;
  const m = forceMention(ctx, tokens, k, false);
  return m ? { ...m, inTitle: true } : null;
}

function forceMention(ctx: ReadingContext, tokens: readonly Token[], i: number, member: boolean): Mention | null {
  const t = tokens[i];
  const state = onlyStateSoFar(ctx);
  if (!t || !state) return null;
  const name = `${state.name} ${t.text}`;
  const id = ctx.table.ensure({ id: slug(name), name, kind: 'ORGANIZATION' }, ctx.known.get(nameKey(name))).id;
  const span = { start: t.start, end: t.end };
  ctx.table.addMention(id, span, t.text);
  // The quote runs from "the": "the Army".
  if (member) ctx.roleFacts.push({ person: id, type: 'MEMBER_OF', principal: state.id, span: { start: tokens[i - 1]?.start ?? t.start, end: t.end }, how: 'article' });
  return { ...span, first: i, last: i + 1, entityId: id, kind: 'ORGANIZATION', form: 'name', inTitle: false };
}

/** The one state the article has named so far (its mentions), or undefined. */
export function onlyStateSoFar(ctx: ReadingContext): { id: string; name: string } | undefined {
  const states = ctx.table.ofKind('COUNTRY');
  return states.length === 1 ? states[0] : undefined;
}
