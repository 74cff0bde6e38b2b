// Mentions, pass 1: titled people ("Turkish Foreign Minister Hakan Fidan", "Peru's Foreign Minister, X,") and
// people in apposition ("X, Hamas’ deputy chief"), with the relation each title states (titles.ts).
import type { EntityKind } from '../generated/graphql';
import { recallName } from './articleNames';
import { gazetteer } from './gazetteer';
import { slug } from './ids';
import { builtinSeed, isNameWord, knownFor, matchName, readName, type Match, type Mention, type ReadingContext, type RoleFact, type SentenceTokens } from './mentions';
import { personMention, registerPerson } from './people';
import { officeOf } from './offices';
import { bodyOfKnownBody, isPrincipalCue, unknownOrganizationAt, unknownOrganizationEndingAt } from './principals';
import { groupNounNameAt } from './groupNounNames';
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS, titleRelation } from './titles';
import type { Token } from './tokens';
import { findUntitledPeople } from './untitledPeople';
import { bareForceOfTitle } from './bareForces';
import { partyOfAdjective } from './partyAffiliations';
import { indefinite, possessiveBefore, principalBeforeTitle, qualified } from './titleSurroundings';
import { counterpartRole, juntaNamedBefore, leaderStateBefore } from './titleOwners';
import type { TextSpan } from './types';

/** Pass 1: titled people ("Turkish Foreign Minister Hakan Fidan") and people in apposition ("X, Hamas’ deputy chief"). */
export function findTitledPeople(ctx: ReadingContext, s: SentenceTokens, occupied: boolean[]): Mention[] {
  const out: Mention[] = [];
  const { tokens } = s;
  for (let i = 1; i < tokens.length; i++) {
    const here = tokens[i];
    if (occupied[i] || !here || !isNameWord(here) || TITLE_HEADS.has(here.lower) || TITLE_MODIFIERS.has(here.lower)) continue;
    const office = officeOfBefore(ctx, tokens, i);
    if (office) {
      i = addOfficeHolder(ctx, tokens, i, office, occupied, out);
      continue;
    }
    const headIndex = titleHeadBefore(ctx, tokens, i);
    const head = tokens[headIndex];
    if (!head) continue;
    // "at 5 PM Ana Ruiz spoke": a clock time, not a prime minister.
    if (head.lower === 'pm' && /^\d/.test(tokens[headIndex - 1]?.text ?? '')) continue;
    const end = readName(tokens, i);
    if (end <= i) continue;
    // "the official Palestinian news agency": a demonym after a title word is no one's name.
    if (end === i + 1 && gazetteer().demonymKeys.has(here.key)) continue;
    // A name that is itself a country or organization is not a person ("President Putin" is; "Minister Qatar" is not).
    const asName = matchName(ctx, tokens, i);
    if (asName && asName.last >= end && (asName.entry?.entity.kind ?? asName.known?.kind) !== 'PERSON') continue;
    const title = readTitleBackwards(ctx, tokens, headIndex);
    // "President Ana Ruiz of Peru": a title with no principal before the name may name it after, with "of".
    const after = title.principal ? null : principalAfterName(ctx, tokens, end);
    if (after) {
      title.principal = { id: after.entityId, kind: after.kind };
      title.mentions.push(after);
    }
    const person = registerPerson(ctx, tokens, i, end);
    const words = tokens.slice(title.wordsFrom, i).filter((t) => t.isWord).map((t) => t.text);
    if (words.length > 0) ctx.table.get(person)?.roles.add(words.join(' '));
    const span = { start: tokens[title.from]?.start ?? head.start, end: tokens[end - 1]?.end ?? head.end };
    if (head.lower === 'counterpart') counterpartRole(ctx, s, tokens, title, person, span);
    // "Palestinian President X", "Iraqi Kurdish leader X": a demonym or other capitalised qualifier no state is read
    // for still says the title is not the sentence's state's.
    else if (!title.principal && qualified(tokens, title.from)) addKnownRole(ctx, person, words, span);
    else addRoleFact(ctx, person, words, title.principal, span, 'title', indefinite(tokens, headIndex));
    for (const m of title.mentions) out.push(m);
    out.push({ ...personMention(ctx, tokens, i, end, person), np: title.from });
    // "Sheikh X, Qatar's prime minister,": an honorific says no office, so the apposition after the name may.
    const addressOnly = !title.principal && words.length > 0 && words.every((w) => HONORIFICS.has(w.toLowerCase())) && tokens[end]?.text === ',';
    const through = addressOnly ? i : after ? after.last : end;
    for (let k = title.from; k < through; k++) occupied[k] = true;
    i = (addressOnly ? end : through) - 1;
  }
  out.push(...findAppositions(ctx, s, occupied), ...findUntitledPeople(ctx, s, occupied));
  return out;
}

interface OfficeOf { from: number; words: string[]; principal: Mention; oneOf: boolean }

/**
 * "The head of the Coastal Support Mission (CSM), Tom Bell": an office of a named state or organization, set off
 * by a comma before the name. Null when the words before the name are not that.
 */
function officeOfBefore(ctx: ReadingContext, tokens: readonly Token[], i: number): OfficeOf | null {
  if (tokens[i - 1]?.text !== ',') return null;
  let end = i - 1;
  const bracket = tokens[end - 1]?.text === ')' && tokens[end - 3]?.text === '(' ? tokens[end - 2] : undefined;
  if (bracket) end -= 3;
  const principal = principalEndingAt(ctx, tokens, end) ?? (isPrincipalCue(tokens[end - 1]) ? unknownOrganizationEndingAt(ctx, tokens, end) : null);
  if (!principal) return null;
  let k = principal.first - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (tokens[k]?.lower !== 'of' || !TITLE_HEADS.has(tokens[k - 1]?.lower ?? '')) return null;
  let from = k - 1;
  while (from > 0 && TITLE_MODIFIERS.has(tokens[from - 1]?.lower ?? '') && tokens[from - 1]?.lower !== 'the' && tokens[from - 1]?.lower !== 'of') from--;
  const words = tokens.slice(from, k).map((t) => t.text);
  if (tokens[from - 1]?.lower === 'the') from--;
  // "A leader of the Unity Front, X,": one of its leaders, so a member, not its head.
  const oneOf = /^(a|an)$/.test(tokens[from - 1]?.lower ?? '');
  // The short name in brackets names the organization for the rest of the article.
  if (bracket && /^\p{Lu}[\p{Lu}\p{N}-]{1,9}$/u.test(bracket.text) && !ctx.acronyms.has(bracket.key) && principal.kind !== 'COUNTRY') {
    ctx.acronyms.set(bracket.key, { id: principal.entityId, kind: principal.kind });
    ctx.table.addMention(principal.entityId, { start: bracket.start, end: bracket.end }, bracket.text);
  }
  return { from, words, principal, oneOf };
}

/** Registers the person at `i` holding `office`; returns the index of the name's last token. */
function addOfficeHolder(ctx: ReadingContext, tokens: readonly Token[], i: number, office: OfficeOf, occupied: boolean[], out: Mention[]): number {
  const end = readName(tokens, i);
  const person = registerPerson(ctx, tokens, i, end);
  ctx.table.get(person)?.roles.add(office.words.join(' '));
  const span = { start: tokens[office.from]?.start ?? 0, end: tokens[end - 1]?.end ?? 0 };
  addRoleFact(ctx, person, office.words, { id: office.principal.entityId, kind: office.principal.kind }, span, 'title', office.oneOf);
  out.push({ ...office.principal, inTitle: true }, { ...personMention(ctx, tokens, i, end, person), np: office.from });
  for (let k = office.from; k < end; k++) occupied[k] = true;
  return end - 1;
}

/**
 * The index of the title head right before a name at `i`, or -1: "President Ana Ruiz", "Secretary of State Jane
 * Roe", "Ambassador to Norway John Doe" (the country after "to" is where the envoy serves, not whom for).
 */
function titleHeadBefore(ctx: ReadingContext, tokens: readonly Token[], i: number): number {
  const before = tokens[i - 1];
  if (!before) return -1;
  // "PM" is a title only in capitals and not after a clock time ("at 5 PM Eastern").
  if (before.lower === 'pm' && (before.text !== 'PM' || /^\d/.test(tokens[i - 2]?.text ?? ''))) return -1;
  if (TITLE_HEADS.has(before.lower)) return i - 1;
  // "the outgoing president, Ana Ruiz,": a definite title set off by commas around the name.
  if (before.text === ',' && definiteTitleBefore(tokens, i - 2) && /^[,.]$/.test(tokens[readName(tokens, i)]?.text ?? '')) return i - 2;
  // "Peru's Foreign Minister, Jorge Paz, said": the title set off by a comma.
  if (before.text === ',' && TITLE_HEADS.has(tokens[i - 2]?.lower ?? '') && (tokens[i - 2]?.capitalized || possessiveBefore(tokens, i - 3))) return i - 2;
  // "A senior Hamas official, Osama Hamdan,": a title with its principal, set off by commas on both sides.
  if (before.text === ',' && TITLE_HEADS.has(tokens[i - 2]?.lower ?? '') && principalBeforeTitle(ctx, tokens, i - 3) && tokens[readName(tokens, i)]?.text === ',') return i - 2;
  if (before.lower === 'state' && tokens[i - 2]?.lower === 'of' && TITLE_HEADS.has(tokens[i - 3]?.lower ?? '')) return i - 1;
  // "Secretary of State, Jane Roe,", "Peru's Minister of Foreign Affairs, Jorge Paz,": a capitalised office with
  // its portfolio after "of", set off by commas around the name.
  if (before.text === ',' && portfolioTitle(tokens, i - 2) && tokens[readName(tokens, i)]?.text === ',') return i - 2;
  // "Ambassador to the UN Mike Waltz", "China's ambassador to the United Nations, Fu Cong,".
  const nameEnd = before.text === ',' ? i - 1 : i;
  for (let start = Math.max(0, nameEnd - 4); start < nameEnd; start++) {
    const the = tokens[start - 1]?.lower === 'the' ? 1 : 0;
    const prep = tokens[start - 1 - the]?.lower;
    if ((prep !== 'to' && prep !== 'for') || !TITLE_HEADS.has(tokens[start - 2 - the]?.lower ?? '')) continue;
    const m = matchName(ctx, tokens, start);
    if (!m || m.last !== nameEnd) continue;
    // Set off by commas, the name is an apposition of a definite title ("sent an envoy to Syria, X said" is not).
    if (nameEnd < i && (tokens[readName(tokens, i)]?.text !== ',' || indefinite(tokens, start - 2 - the))) return -1;
    return start - 2 - the;
  }
  return -1;
}

/**
 * Whether a capitalised office ends at `end` with its portfolio after "of": "Minister of Defence", "Secretary of
 * State", "Minister of Foreign Affairs" (at most three portfolio words, each a title word, none a name).
 */
function portfolioTitle(tokens: readonly Token[], end: number): boolean {
  let k = end;
  while (k > end - 3 && tokens[k]?.capitalized && tokens[k]?.lower !== 'of' && TITLE_MODIFIERS.has(tokens[k]?.lower ?? '')) k--;
  if (k === end || tokens[k]?.lower !== 'of') return false;
  const head = tokens[k - 1];
  return !!head?.capitalized && TITLE_HEADS.has(head.lower);
}

/** "the outgoing president": "the", at most two title modifiers, then the title head at `head`. */
function definiteTitleBefore(tokens: readonly Token[], head: number): boolean {
  if (!TITLE_HEADS.has(tokens[head]?.lower ?? '') || HONORIFICS.has(tokens[head]?.lower ?? '')) return false;
  for (let k = head - 1; k >= head - 3 && k >= 0; k--) {
    const w = tokens[k]?.lower ?? '';
    if (w === 'the') return true;
    if (!TITLE_MODIFIERS.has(w) || w === 'of' || w === 'for') return false;
  }
  return false;
}

interface TitleRead {
  from: number;
  /** Where the title's own words start (after the principal). */
  wordsFrom: number;
  /** `party`: named by a party adjective ("Labour MP"), whose politicians are its members whatever their title. */
  principal: { id: string; kind: EntityKind; party?: boolean; ofLeader?: boolean } | null;
  mentions: Mention[];
}

/** Walks left from a title head over title words and the principal's name ("U.S. Middle East envoy"). */
function readTitleBackwards(ctx: ReadingContext, tokens: readonly Token[], headIndex: number): TitleRead {
  let from = headIndex;
  let wordsFrom = headIndex;
  let principal: TitleRead['principal'] = null;
  const mentions: Mention[] = [];
  let k = headIndex - 1;
  while (k >= 0) {
    const t = tokens[k];
    if (!t) break;
    const glued = t.text === '-' && t.start === tokens[k - 1]?.end && t.end === tokens[k + 1]?.start;
    if (glued && (TITLE_MODIFIERS.has(tokens[k - 1]?.lower ?? '') || TITLE_HEADS.has(tokens[k - 1]?.lower ?? ''))) { k--; continue; }
    // "Labour MP", "Republican Senator": a party adjective opening a politician's title.
    const party = principal ? null : partyOfAdjective(ctx, tokens, k, headIndex);
    if (party) {
      principal = { id: party.entityId, kind: party.kind, party: true };
      mentions.push(party);
      from = k;
      break;
    }
    // "Freedom Party leader": an unknown organization's name ends in a word that may also be a title's ("party").
    const prev = tokens[k - 1];
    // "Georgian Dream party founder": a lower-case party word after the name ends it (principals.ts).
    const lowerParty = t.lower === 'party' && !t.capitalized;
    const org: Mention | null = !principal && (isPrincipalCue(t) || lowerParty) && isNameWord(prev) && !TITLE_MODIFIERS.has(prev?.lower ?? '') && !TITLE_HEADS.has(prev?.lower ?? '') ? unknownOrganizationEndingAt(ctx, tokens, lowerParty ? k : k + 1) : null;
    if (org) {
      principal = { id: org.entityId, kind: org.kind };
      mentions.push(org);
      from = org.first;
      k = org.first - 1;
      continue;
    }
    if (t.isWord && (TITLE_MODIFIERS.has(t.lower) || TITLE_HEADS.has(t.lower)) && !(t.lower === 'the' && k === 0)) {
      if (t.lower !== 'the' && t.lower !== 'of' && t.lower !== 'for') wordsFrom = k;
      from = k;
      k--;
      continue;
    }
    // A possessive before the title ("Russia’s", "Hamas’") belongs to the principal.
    const poss = t.text === "'s" || t.text === '’s' || t.text === '’' || t.text === "'" ? 1 : 0;
    const nameEnd = k - poss + 1;
    const found = principalEndingAt(ctx, tokens, nameEnd) ?? (isPrincipalCue(tokens[nameEnd - 1]) ? unknownOrganizationEndingAt(ctx, tokens, nameEnd) : null);
    // "the pro-EU party of President X": a side glued to pro-/anti- describes, it is no one's office (proSides.ts
    // reads it as the side the person takes).
    if (found && tokens[found.first - 1]?.text === '-' && /^(pro|anti)$/.test(tokens[found.first - 2]?.lower ?? '')) {
      mentions.push({ ...found, inTitle: false });
      break;
    }
    if (found && !principal) {
      // "Ambassador to the UN": an article may stand between the pointer and the name.
      const the = tokens[found.first - 1]?.lower === 'the' ? 1 : 0;
      const before = tokens[found.first - 1 - the];
      if (before && (before.lower === 'to' || before.lower === 'for' || before.lower === 'in')) {
        ctx.table.removeSpan(found.entityId, found);
        // "Special Representative for Ukraine General …": where the office points, not whom it serves.
        if (TITLE_HEADS.has(tokens[found.first - 2 - the]?.lower ?? '')) {
          from = found.first - 2 - the;
          wordsFrom = from;
          k = found.first - 3 - the;
          continue;
        }
        // After any other word the preposition is the sentence's ("handed it to US Secretary of State X"): the name
        // is the principal, and stays a mention of its own outside the title, as the object of the sentence's verb.
        principal = { id: found.entityId, kind: found.kind };
        break;
      }
      principal = { id: found.entityId, kind: found.kind };
      mentions.push({ ...found, inTitle: true });
      from = found.first;
      k = found.first - 1;
      continue;
    }
    // "Putin's foreign policy aide X": a leader's aide serves the leader's state. The leader stays a mention of its own.
    const state = !found && !principal && poss ? leaderStateBefore(ctx, tokens, nameEnd) : undefined;
    if (state) {
      principal = { id: state, kind: 'COUNTRY', ofLeader: true };
      from = k;
    }
    break;
  }
  // "Army Chief General X": a bare force opening the title is its principal (bareForces.ts).
  const force = principal ? null : bareForceOfTitle(ctx, tokens, Math.max(wordsFrom, from));
  if (force) return { from, wordsFrom: force.last, principal: { id: force.entityId, kind: force.kind }, mentions: [...mentions, force] };
  return { from, wordsFrom: Math.max(wordsFrom, from), principal, mentions };
}

/**
 * "… of Peru", "… of the Andean Party" right after a titled name ending at `end`: the state or organization, when
 * its name ends the phrase ("of Peru's ruling party" names the party, not Peru, and is left alone).
 */
function principalAfterName(ctx: ReadingContext, tokens: readonly Token[], end: number): Mention | null {
  if (tokens[end]?.lower !== 'of') return null;
  const start = tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1;
  const m = matchName(ctx, tokens, start);
  if (!m || (m.entry && m.entry.form !== 'name')) return null;
  const next = tokens[m.last];
  if (next && (/^['’]s$/.test(next.text) || next.text === '-' || isNameWord(next))) return null;
  return principalEndingAt(ctx, tokens, m.last);
}

/** A country or organization name ending just before token `end` (exclusive). */
function principalEndingAt(ctx: ReadingContext, tokens: readonly Token[], end: number): Mention | null {
  // A short name the article defined ("the … Front (NLF)" before "NLF spokesman X").
  const word = tokens[end - 1];
  // "Myanmar junta chief X": the state's junta, named here first (names.ts reads it elsewhere).
  if (word?.lower === 'junta' && !ctx.junta) return juntaNamedBefore(ctx, tokens, end - 1);
  const defined = word?.lower === 'junta' && ctx.junta ? { id: ctx.junta, kind: 'ORGANIZATION' as const } : ctx.acronyms.get(word?.key ?? '');
  if (defined && word && (defined.kind === 'COUNTRY' || defined.kind === 'ORGANIZATION')) {
    const span = { start: word.start, end: word.end };
    ctx.table.addSpan(defined.id, span);
    return { ...span, first: end - 1, last: end, entityId: defined.id, kind: defined.kind, form: 'name', inTitle: true };
  }
  for (let start = Math.max(0, end - 4); start < end; start++) {
    const m = matchName(ctx, tokens, start);
    // "Kano state Governor": a region whose name holds its word ("Kano State") ends one word on.
    const regionNamed = m?.last === end + 1 && REGION_WORD.test(tokens[end]?.lower ?? '') && LOCAL_HEADS.has(tokens[end + 1]?.lower ?? '');
    if (!m || (m.last !== end && !regionNamed)) continue;
    let e = m.entry?.entity;
    // "Lima Mayor": a capital before a city's office is the city, not the government.
    if (e && m.entry?.form === 'capital' && LOCAL_HEADS.has(tokens[end]?.lower ?? '')) {
      const surface = tokens.slice(start, end).map((t) => t.text).join(' ');
      e = { id: slug(surface), name: surface, kind: 'PLACE', aliases: [], country: e.id };
    }
    const kind = m.known?.kind ?? e?.kind;
    // A city or region heads a mayor's or governor's title ("Lima Mayor"); states and organizations any other.
    // "Kano state Governor": a region's word may stand between its name and the office.
    const local = LOCAL_HEADS.has(tokens[end]?.lower ?? '') || tokens[end]?.lower === 'police' || (REGION_WORD.test(tokens[end]?.lower ?? '') && LOCAL_HEADS.has(tokens[end + 1]?.lower ?? ''));
    if (kind !== 'COUNTRY' && kind !== 'ORGANIZATION' && !(kind === 'PLACE' && local)) continue;
    const id = m.known ? ctx.table.ensure({ id: m.known.id, name: m.known.name, kind: m.known.kind }, m.known).id
      : e ? ctx.table.ensure(builtinSeed(e), knownFor(e, ctx.known)).id : null;
    if (!id) continue;
    const span = { start: tokens[start]?.start ?? 0, end: tokens[end - 1]?.end ?? 0 };
    if (!m.entry || m.entry.form === 'name') ctx.table.addMention(id, span, ctx.text.slice(span.start, span.end));
    else ctx.table.addSpan(id, span);
    return { ...span, first: start, last: end, entityId: id, kind, form: m.entry?.form ?? 'name', inTitle: true };
  }
  // "Vanguardia leader X" after "the small Vanguardia party": a body the article named before heads the title.
  for (let start = Math.max(0, end - 4); start < end; start++) {
    const r = recallName(ctx, tokens, start);
    if (!r || r.last !== end || r.kind !== 'ORGANIZATION') continue;
    const span = { start: tokens[start]?.start ?? 0, end: tokens[end - 1]?.end ?? 0 };
    ctx.table.addMention(r.id, span, ctx.text.slice(span.start, span.end));
    return { ...span, first: start, last: end, entityId: r.id, kind: r.kind, form: 'name', inTitle: true };
  }
  return null;
}

/** Offices only a state has: an untitled "Minister X" may take the state the sentence names ("spokesman" may not). */
const STATE_OFFICES = new Set(['minister', 'ambassador', 'consul', 'envoy', 'attorney']);

/** Offices that lead a city or region. */
const LOCAL_HEADS = new Set(['mayor', 'governor']);
/** A region's word between its name and a local office: "Kano state Governor". */
const REGION_WORD = /^(state|province|region|county)$/;

/**
 * `oneOf`: the title is indefinite ("a Hamas commander", "X, a leader of the RSF"): one of its holders, so a
 * member (of a state, an envoy), never its head.
 */
function addRoleFact(ctx: ReadingContext, person: string, words: string[], principal: TitleRead['principal'], span: TextSpan, how: RoleFact['how'], oneOf = false): void {
  if (principal) {
    if (principal.kind === 'PLACE') {
      if (LOCAL_HEADS.has(words[words.length - 1]?.toLowerCase() ?? '') && titleRelation(words, true)) ctx.roleFacts.push({ person, type: 'LEADS', principal: principal.id, span, how });
      // "Lima police chief X": a city's police are the state's (eval/README.md rule 12), so its officer is the state's.
      else if (words.some((w) => w.toLowerCase() === 'police') && titleRelation(words, true)) cityPolice(ctx, person, principal.id, span, how);
      return;
    }
    const relation = titleRelation(words, principal.kind === 'COUNTRY');
    // A leader's aide, spokesman or envoy never leads the state ("Trump's chairman" says nothing).
    if (principal.ofLeader && relation !== 'ENVOY_OF') return;
    const member = principal.kind === 'COUNTRY' ? 'ENVOY_OF' : 'MEMBER_OF';
    const type = oneOf && relation === 'LEADS' ? member : principal.party && relation ? (relation === 'LEADS' ? 'LEADS' : 'MEMBER_OF') : relation;
    if (type) ctx.roleFacts.push({ person, type, principal: principal.id, span, how });
    // An organization's negotiator is its member who represents it (eval/README.md rule 7).
    if (type === 'MEMBER_OF' && principal.kind === 'ORGANIZATION' && !principal.party && words[words.length - 1]?.toLowerCase() === 'negotiator') ctx.roleFacts.push({ person, type: 'ENVOY_OF', principal: principal.id, span, how });
    return;
  }
  // No principal in the title: a head of state's title may take its state from the sentence (index.ts).
  const relation = titleRelation(words, true);
  // "Chief government delegate X": a government's official is the state's envoy, as a minister is.
  const government = words.some((w) => w.toLowerCase() === 'government');
  if ((relation === 'LEADS' || (relation === 'ENVOY_OF' && (government || words.some((w) => STATE_OFFICES.has(w.toLowerCase()))))) && !gazetteer().entities.get(person)?.role) ctx.unplacedOfficials.push({ person, span, type: relation, office: officeOf(words), ...(government ? { government } : {}) });
  addKnownRole(ctx, person, words, span);
}

/** The state a known city lies in, for its police officer: ENVOY_OF it. */
function cityPolice(ctx: ReadingContext, person: string, place: string, span: TextSpan, how: RoleFact['how']): void {
  const country = gazetteer().entities.get(gazetteer().countryOfPlace.get(place) ?? '');
  if (!country) return;
  const id = ctx.table.ensure(builtinSeed(country), knownFor(country, ctx.known)).id;
  ctx.roleFacts.push({ person, type: 'ENVOY_OF', principal: id, span, how });
}

/** No principal named: a known office-holder's title still says it ("President Joe Biden" → LEADS united-states). */
function addKnownRole(ctx: ReadingContext, person: string, words: string[], span: TextSpan): void {
  const builtin = gazetteer().entities.get(person);
  const country = builtin?.country;
  if (!builtin || !country || !builtin.role) return;
  const type = titleRelation(words, true);
  if (type !== builtin.role) return;
  const countryEntity = gazetteer().entities.get(country);
  if (!countryEntity) return;
  const id = ctx.table.ensure(builtinSeed(countryEntity), knownFor(countryEntity, ctx.known)).id;
  ctx.roleFacts.push({ person, type, principal: id, span, how: 'known' });
}

/** "Omar Farid, the movement’s deputy chief" and "Igor Kostyukov, director of GRU …". */
function findAppositions(ctx: ReadingContext, s: SentenceTokens, occupied: boolean[]): Mention[] {
  const out: Mention[] = [];
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    if (occupied[i] || !isNameWord(tokens[i])) continue;
    const end = readName(tokens, i, 5);
    const words = tokens.slice(i, end).filter((t) => t.isWord && t.text.length > 1);
    if (words.length < 2 || tokens[end]?.text !== ',') { i = Math.max(i, end - 1); continue; }
    // A name the graph or the data knows is a person in apposition only when it is a person and the whole name.
    // Anything else is skipped as a whole: its tail ("Al-Hayya" of a known "Khalil Al-Hayya") is no name of its own.
    const known = matchName(ctx, tokens, i);
    if (known && ((known.known?.kind ?? known.entry?.entity.kind) !== 'PERSON' || known.last !== end)) {
      i = Math.max(i, end - 1, known.last - 1);
      continue;
    }
    // After the comma: [principal ’s] title words [of principal], within a few tokens.
    let k = end + 1;
    let principal: TitleRead['principal'] = null;
    const titleWords: string[] = [];
    const mentions: Mention[] = [];
    let sawHead = false;
    let delegation = false;
    let sitsFor = false;
    const oneOf = /^(a|an)$/.test(tokens[end + 1]?.lower ?? '');
    while (k < tokens.length && k < end + 10) {
      const t = tokens[k];
      if (!t) break;
      // "the NATO secretary-general": a hyphen inside the title.
      if (t.text === '-' && sawHead && TITLE_HEADS.has(tokens[k + 1]?.lower ?? '')) { k++; continue; }
      if (t.isWord && TITLE_HEADS.has(t.lower)) { titleWords.push(t.text); sawHead = true; k++; continue; }
      if (t.isWord && TITLE_MODIFIERS.has(t.lower) && !sawHead) { if (t.lower !== 'the') titleWords.push(t.text); k++; continue; }
      // "X, the pro-European president of Moldova,": the side the holder takes is no part of the office.
      if (!sawHead && /^(pro|anti)$/.test(t.lower) && tokens[k + 1]?.text === '-' && tokens[k + 2]?.capitalized) { k += 3; continue; }
      // "X, a member of parliament from the Y": the house the member sits in belongs to the title.
      if (sawHead && t.lower === 'parliament' && tokens[k - 1]?.lower === 'of' && /^member$/i.test(titleWords[titleWords.length - 1] ?? '')) { k++; continue; }
      // "X, an adviser to the Ukrainian presidency": after an adviser's or aide's title, "to" names whom they serve.
      const serves = (t.lower === 'to' && sawHead && /^(adviser|advisor|aide)$/i.test(titleWords[titleWords.length - 1] ?? ''))
        // "X, a spokesman for the Taliban": whom a spokesperson speaks for.
        || (t.lower === 'for' && sawHead && /^(spokesman|spokeswoman|spokesperson|negotiator)$/i.test(titleWords[titleWords.length - 1] ?? ''))
        // "X, a lawmaker from the Freedom Party": the body a lawmaker sits for.
        || (t.lower === 'from' && sawHead && !principal && /^(lawmaker|legislator|mp|senator|parliamentarian|member|candidate|congressman|congresswoman|figure)$/i.test(titleWords[titleWords.length - 1] ?? ''))
        // "X, a leading figure in the Freedom Party": the body a figure stands in (a state's figure holds no office).
        || (t.lower === 'in' && sawHead && !principal && /^(figure|member)$/i.test(titleWords[titleWords.length - 1] ?? ''));
      if (serves && t.lower === 'in') sitsFor = true;
      if (serves && t.lower === 'from') sitsFor = true;
      if (t.text === '’' || t.text === "'" || t.text === '’s' || t.text === "'s" || t.lower === 'of' || t.lower === 'the' || (sawHead && /^(ruling|opposition|governing|far|right|left|centre|center|centrist|nationalist|populist|hardline|small|main|major|tiny|new|-)$/.test(t.lower)) || ((t.lower === 'a' || t.lower === 'an') && k === end + 1) || serves) { k++; continue; }
      // "X, head of the NLF delegation": the principal's delegation, led or joined, makes the person its envoy.
      if (principal && /^(delegation|team|negotiating)$/.test(t.lower)) { delegation = true; k++; break; }
      const named: Match | null = principal ? null : matchName(ctx, tokens, k);
      // "the founder of the Georgian Dream party": a body whose name opens with a demonym is not the state.
      const opensBody: Mention | null = named?.entry?.form === 'demonym' ? unknownOrganizationAt(ctx, tokens, k) : null;
      if (opensBody) { principal = { id: opensBody.entityId, kind: opensBody.kind }; mentions.push(opensBody); k = opensBody.last; continue; }
      const m: Match | null = named;
      const kind: EntityKind | undefined = m ? m.known?.kind ?? m.entry?.entity.kind : undefined;
      // "X, director of Chile's Centre for Free Votes": the body the state's possessive opens is the principal.
      const ownBody: Mention | null = m && kind === 'COUNTRY' && /^['’]s$/.test(tokens[m.last]?.text ?? '') ? unknownOrganizationAt(ctx, tokens, m.last + 1) : null;
      if (ownBody) { principal = { id: ownBody.entityId, kind: ownBody.kind }; mentions.push(ownBody); k = ownBody.last; continue; }
      // "X, the head of the African Union Commission": a body of a known body (principals.ts).
      const organ: Mention | null = m && kind === 'ORGANIZATION' ? bodyOfKnownBody(ctx, tokens, k, readName(tokens, k, 6)) : null;
      if (organ) { principal = { id: organ.entityId, kind: organ.kind }; mentions.push(organ); k = organ.last; continue; }
      if (m && (kind === 'COUNTRY' || kind === 'ORGANIZATION')) {
        const found = principalEndingAt(ctx, tokens, m.last);
        if (found) { principal = { id: found.entityId, kind: found.kind }; mentions.push(found); k = m.last; continue; }
      }
      // "X, a member of the Unity Front": an organization no data knows, named by its last word.
      const unknown: Mention | null = !principal && !m ? unknownOrganizationAt(ctx, tokens, k) : null;
      if (unknown) { principal = { id: unknown.entityId, kind: unknown.kind }; mentions.push(unknown); k = unknown.last; continue; }
      // "X, a commander of the Red Hand rebels": a body named before its lower-case group noun (groupNounNames.ts).
      const grouped: Mention | null = !principal && !m && sawHead ? groupNounNameAt(ctx, tokens, k) : null;
      if (grouped) { principal = { id: grouped.entityId, kind: grouped.kind }; mentions.push(grouped); k = grouped.last; continue; }
      // A short name the article defined ("the … Front (NLF)") names the principal too.
      const defined: Mention | null = !principal && !m && ctx.acronyms.has(t.key) ? principalEndingAt(ctx, tokens, k + 1) : null;
      if (defined) { principal = { id: defined.entityId, kind: defined.kind }; mentions.push(defined); k++; continue; }
      break;
    }
    // "a lawmaker from Chile" says where the person is from, not whose official they are.
    if (!sawHead || !principal || (sitsFor && principal.kind === 'COUNTRY')) continue;
    // "the leader of the Alliance for … (AUR)": the short name in brackets names the body for the rest of the article.
    const short = tokens[k]?.text === '(' && tokens[k + 2]?.text === ')' ? tokens[k + 1] : undefined;
    if (short && principal.kind !== 'COUNTRY' && /^\p{Lu}[\p{Lu}\p{N}-]{1,9}$/u.test(short.text) && !ctx.acronyms.has(short.key)) {
      ctx.acronyms.set(short.key, { id: principal.id, kind: principal.kind });
      ctx.table.addMention(principal.id, { start: short.start, end: short.end }, short.text);
      k += 3;
    }
    const person = registerPerson(ctx, tokens, i, end);
    ctx.table.get(person)?.roles.add(titleWords.join(' '));
    const span = { start: tokens[i]?.start ?? 0, end: tokens[k - 1]?.end ?? 0 };
    if (delegation) {
      // A delegation's head or member represents its principal; of a non-state organization, they are its member too.
      ctx.roleFacts.push({ person, type: 'ENVOY_OF', principal: principal.id, span, how: 'apposition' });
      if (principal.kind !== 'COUNTRY') ctx.roleFacts.push({ person, type: 'MEMBER_OF', principal: principal.id, span, how: 'apposition' });
    } else addRoleFact(ctx, person, titleWords.filter((w) => w.toLowerCase() !== 'of'), principal, span, 'apposition', oneOf);
    out.push(personMention(ctx, tokens, i, end, person), ...mentions);
    for (let x = i; x < k; x++) occupied[x] = true;
    i = k - 1;
  }
  return out;
}
