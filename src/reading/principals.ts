// Organizations no data knows, as the principal of a title or an apposition: "Freedom Party leader Jo Marsh",
// "Ana Ruiz, a member of the Unity Front", "The head of the Coastal Support Mission (CSM), Tom Bell". Their name
// ends in a word that says what they are; a state's organs ("Defense Ministry") are the state (names.ts), so
// their words are not among these.
import { nameKey } from '../graph/vocabulary';
import { rememberName } from './articleNames';
import { slug } from './ids';
import { builtinSeed, isNameWord, knownFor, longNameEnd, matchName, readName, type Mention, type ReadingContext } from './mentions';
import type { Token } from './tokens';

/** Last words of an organization's name that a title may be of. */
const PRINCIPAL_CUES = new Set([
  'party', 'movement', 'front', 'alliance', 'coalition', 'union', 'bloc', 'brigades', 'brigade', 'militia', 'army', 'forces', 'organization',
  'organisation', 'association', 'federation', 'league', 'mission', 'group', 'committee', 'commission', 'agency',
  'congress', 'company', 'corporation', 'oil', 'energy', 'petroleum', 'bank', 'fund',
  // Watchdogs and think tanks, named by their head word first: "the Centre for Free Votes".
  'centre', 'center', 'institute', 'foundation',
]);

export function isPrincipalCue(t: Token | undefined): boolean {
  return t !== undefined && t.capitalized && PRINCIPAL_CUES.has(t.lower);
}

/**
 * The unknown organization named from token `start`: two to six capitalised words ending in a cue, none of them a
 * name the data knows ("Chilean Army" is the state's, names.ts). Creates the entity; null when there is none.
 */
export function unknownOrganizationAt(ctx: ReadingContext, tokens: readonly Token[], start: number, end = nameOfBodyEnd(tokens, start)): Mention | null {
  const last = tokens[end - 1];
  const first = tokens[start];
  // "the Dawn bloc": a lower-case party word after the name says what it is, and stays out of the name.
  const word = tokens[end];
  const party = word !== undefined && /^(party|bloc)$/.test(word.text);
  // The name may run on into a capitalised title ("Gulf Oil CEO Jo Marsh"), never stop short of `end`.
  if (!first || !last || !isNameWord(first) || nameOfBodyEnd(tokens, start) < end) return null;
  // "Party of Action and Solidarity": a cue opening the name says what it is.
  const opened = isPrincipalCue(first) && end > start + 2 && /^(of|for)$/.test(tokens[start + 1]?.lower ?? '');
  if (!party && !opened && (end - start < 2 || !isPrincipalCue(last))) return null;
  // Past the "of" of an opened name a state's or people's name is part of it ("Alliance for the Union of Romanians").
  for (let k = start; k < (opened ? start + 1 : end); k++) {
    if (!tokens[k]?.capitalized) continue;
    const m = matchName(ctx, tokens, k);
    // "Georgian Dream party": a demonym may open a party's name ("Chilean Army" stays the state's, names.ts).
    if (m && !(party && k === start && m.entry?.form === 'demonym' && m.last === k + 1 && end - start >= 2)) return null;
  }
  const span = { start: first.start, end: party ? word.end : last.end };
  const name = ctx.text.slice(first.start, last.end);
  const id = ctx.table.ensure({ id: slug(name), name, kind: 'ORGANIZATION' }, ctx.known.get(nameKey(name))).id;
  ctx.table.addMention(id, span, name);
  if (party) ctx.party = id;
  rememberName(ctx, name, id, ctx.table.get(id)?.kind ?? 'ORGANIZATION');
  return { ...span, first: start, last: party ? end + 1 : end, entityId: id, kind: ctx.table.get(id)?.kind ?? 'ORGANIZATION', form: 'name', inTitle: true };
}

/** Where a body's name from `start` ends: its name words, and past "of" / "for" when a cue opens it ("Party of …"). */
function nameOfBodyEnd(tokens: readonly Token[], start: number): number {
  const end = readName(tokens, start, 6);
  return end === start + 1 && isPrincipalCue(tokens[start]) ? longNameEnd(tokens, end) : end;
}

/** The unknown organization whose name ends right before token `end`, taking every name word before it. */
export function unknownOrganizationEndingAt(ctx: ReadingContext, tokens: readonly Token[], end: number): Mention | null {
  let start = end - 1;
  while (start > 0 && end - start < 6 && isNameWord(tokens[start - 1])) start--;
  // "Freedom Party leader": the longest run of name words; "the" and other lower-case words end it.
  for (; start < end - 1; start++) {
    // "African Union Commission": a known name inside the run; its tail ("Union Commission") names nothing, the
    // whole a body of the known one.
    const known = matchName(ctx, tokens, start);
    if (known && known.last > start + 1) return bodyOfKnownBody(ctx, tokens, start, end);
    const m = unknownOrganizationAt(ctx, tokens, start, end);
    if (m) return m;
  }
  return null;
}

/**
 * "the African Union Commission", "the Andean Pact Council": a known organization's name and further name words
 * ending in a cue name a body of its own, MEMBER_OF the known one (as a state's named bodies are, names.ts). Null
 * unless the words from `start` to `end` are that.
 */
export function bodyOfKnownBody(ctx: ReadingContext, tokens: readonly Token[], start: number, end: number): Mention | null {
  const parent = matchName(ctx, tokens, start);
  const entity = parent?.entry?.entity;
  if (!parent || (parent.known?.kind ?? entity?.kind) !== 'ORGANIZATION' || (parent.entry && parent.entry.form !== 'name')) return null;
  if (end <= parent.last || end - parent.last > 3 || !isPrincipalCue(tokens[end - 1])) return null;
  for (let k = parent.last; k < end; k++) if (!isNameWord(tokens[k]) || matchName(ctx, tokens, k)) return null;
  const parentId = parent.known ? ctx.table.ensure({ id: parent.known.id, name: parent.known.name, kind: 'ORGANIZATION' }, parent.known).id
    : entity ? ctx.table.ensure(builtinSeed(entity), knownFor(entity, ctx.known)).id : null;
  const first = tokens[start];
  const last = tokens[end - 1];
  if (!parentId || !first || !last) return null;
  const span = { start: first.start, end: last.end };
  const name = ctx.text.slice(span.start, span.end);
  const id = ctx.table.ensure({ id: slug(name), name, kind: 'ORGANIZATION' }, ctx.known.get(nameKey(name))).id;
  ctx.table.addMention(id, span, name);
  rememberName(ctx, name, id, ctx.table.get(id)?.kind ?? 'ORGANIZATION');
  ctx.roleFacts.push({ person: id, type: 'MEMBER_OF', principal: parentId, span, how: 'title' });
  return { ...span, first: start, last: end, entityId: id, kind: ctx.table.get(id)?.kind ?? 'ORGANIZATION', form: 'name', inTitle: true };
}
