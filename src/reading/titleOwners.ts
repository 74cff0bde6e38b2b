// Whose office a title is when the title does not name its principal outright: a junta's ("Myanmar junta chief"),
// a leader's state ("Putin's aide"), a counterpart's ("his Chinese counterpart"). Read by titledPeople.ts.
import type { EntityKind } from '../generated/graphql';
import { nameKey } from '../graph/vocabulary';
import { gazetteer, type BuiltinEntity } from './gazetteer';
import { slug } from './ids';
import { builtinSeed, knownFor, matchName, type Mention, type ReadingContext, type SentenceTokens } from './mentions';
import { builtinSurname, onlyOne } from './people';
import type { Token } from './tokens';
import type { TextSpan } from './types';

/**
 * "Myanmar junta" ending with "junta" at `k`: the state's junta, an organization that LEADS the state (as names.ts
 * makes it), and the principal of the title that follows. Null when no state is named right before the word.
 */
export function juntaNamedBefore(ctx: ReadingContext, tokens: readonly Token[], k: number): Mention | null {
  for (let start = Math.max(0, k - 3); start < k; start++) {
    const m = matchName(ctx, tokens, start);
    const e = m?.entry?.entity;
    if (!m || m.last !== k || !e || e.kind !== 'COUNTRY' || m.entry?.form === 'capital') continue;
    const state = ctx.table.ensure(builtinSeed(e), knownFor(e, ctx.known)).id;
    const stateSpan = { start: tokens[start]?.start ?? 0, end: tokens[k - 1]?.end ?? 0 };
    if (m.entry?.form === 'name') ctx.table.addMention(state, stateSpan, ctx.text.slice(stateSpan.start, stateSpan.end));
    else ctx.table.addSpan(state, stateSpan);
    const span = { start: stateSpan.start, end: tokens[k]?.end ?? 0 };
    const name = `${ctx.table.get(state)?.name ?? e.name} junta`;
    const id = ctx.table.ensure({ id: slug(name), name, kind: 'ORGANIZATION' }, ctx.known.get(nameKey(name))).id;
    ctx.table.addSpan(id, span);
    ctx.roleFacts.push({ person: id, type: 'LEADS', principal: state, span, how: 'title' });
    ctx.junta = id;
    return { ...span, first: start, last: k + 1, entityId: id, kind: 'ORGANIZATION', form: 'name', inTitle: true };
  }
  return null;
}

/**
 * The state the person named right before token `end` leads: a known office-holder ("Vladimir Putin", or "Putin" as
 * the one curated person of that surname), or a person the article has shown leading a state. Undefined otherwise.
 */
export function leaderStateBefore(ctx: ReadingContext, tokens: readonly Token[], end: number): string | undefined {
  let person: BuiltinEntity | undefined;
  for (let start = Math.max(0, end - 3); start < end && !person; start++) {
    const m = matchName(ctx, tokens, start);
    if (m && m.last === end && m.entry?.entity.kind === 'PERSON') person = m.entry.entity;
  }
  const key = tokens[end - 1]?.key ?? '';
  person ??= builtinSurname(key);
  if (person?.role === 'LEADS' && person.country) {
    const country = gazetteer().entities.get(person.country);
    return country ? ctx.table.ensure(builtinSeed(country), knownFor(country, ctx.known)).id : undefined;
  }
  const id = onlyOne(ctx.surnames.get(key));
  const led = id ? ctx.roleFacts.filter((f) => f.person === id && f.type === 'LEADS' && ctx.table.get(f.principal)?.kind === 'COUNTRY') : [];
  return led.length === 1 ? led[0]?.principal : undefined;
}

/**
 * "Foreign Minister X met his Chinese counterpart Y", "Putin and his Chinese counterpart Xi": Y holds, for the
 * demonym's state, the office the sentence gave the person before (a title, or a known office-holder's role).
 */
export function counterpartRole(ctx: ReadingContext, s: SentenceTokens, tokens: readonly Token[], title: { from: number; principal: { id: string; kind: EntityKind } | null }, person: string, span: TextSpan): void {
  if (title.principal?.kind !== 'COUNTRY') return;
  const before = ctx.roleFacts.filter((f) => f.span.start >= s.start && f.span.end <= span.start && f.person !== person && f.type !== 'MEMBER_OF');
  let type = before[before.length - 1]?.type;
  for (let k = title.from - 1; !type && k >= 0; k--) {
    const m = matchName(ctx, tokens, k);
    if (m && m.last <= title.from && m.entry?.entity.kind === 'PERSON') type = m.entry.entity.role;
  }
  if (type === 'LEADS' || type === 'ENVOY_OF') ctx.roleFacts.push({ person, type, principal: title.principal.id, span, how: 'title' });
}
