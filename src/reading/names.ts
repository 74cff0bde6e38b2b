// Mentions, pass 2: graph and built-in names by longest match, short forms of people already found, short names
// the article defines ("(NLF)"), and unknown names whose last word says what they are ("… Ministry", "… Palace").
import type { EntityKind } from '../generated/graphql';
import { nameKey } from '../graph/vocabulary';
import { slug } from './ids';
import { gazetteer } from './gazetteer';
import { CAPTIVE_ONLY_HEADS, custodyCued, demonymPlural } from './captiveNames';
import { sanctionedNameAt } from './sanctionedNames';
import { builtinSeed, isNameWord, knownFor, longNameEnd, matchName, readName, type Match, type Mention, type ReadingContext, type SentenceTokens } from './mentions';
import { builtinSurname, onlyOne, personMention, rememberPersonName } from './people';
import { addPlace, placeAt, placeLists } from './places';
import { recallName } from './articleNames';
import { notePartyMention, partiesByWord, personsParty } from './parties';
import type { Token } from './tokens';
import { describedBodiesAgain, describedBodyOf, descriptionEnd } from './describedBodies';
import { acronymBodyAt, addOrganization, bracketedNameEnd, linkedNameEnd, placeListsAfter } from './unknownActors';
import { bareForceAt } from './bareForces';
import { armedGroupEnd } from './armedGroupNames';
import { groupNounNames } from './groupNounNames';
import { bodyMembers } from './bodyMembers';

export const ORG_CUES = new Set([
  'ministry', 'council', 'army', 'forces', 'agency', 'party', 'committee', 'organization', 'organisation', 'front',
  'brigades', 'brigade', 'militia', 'gang', 'cartel', 'faction', 'network', 'movement', 'corps', 'guard', 'guards', 'court', 'parliament', 'commission', 'authority', 'bank',
  'union', 'command', 'office', 'department', 'coalition', 'alliance', 'federation', 'institute', 'association', 'force',
  // Missions and companies: "the … Security Support Mission", "Gulf Oil", "Nordic Energy", "Wagner Group".
  'mission', 'group', 'oil', 'petroleum', 'energy', 'corporation', 'corp', 'company', 'holdings', 'industries', 'airlines',
  // Regional blocs, funds, forums and the bodies that serve them: "the Andean Economic Community", "the Sahel
  // Development Fund", "the Arab League", "the Pacific Islands Forum", "the Syrian Observatory for Human Rights".
  'community', 'fund', 'league', 'forum', 'bureau', 'service', 'foundation', 'tribunal', 'secretariat', 'society',
  'observatory', 'programme',
]);
export const PLACE_CUES = new Set([
  'palace', 'square', 'airport', 'crossing', 'camp', 'hospital', 'street', 'bridge', 'base', 'valley', 'province',
  'governorate', 'district', 'island', 'islands', 'river', 'mountains', 'desert', 'strait', 'gulf', 'sea', 'port',
  // Buildings are places too: where people meet, not who acts.
  'hall', 'building', 'tower', 'hotel', 'stadium', 'mosque', 'cathedral', 'church', 'temple', 'residence', 'compound',
  'castle', 'fortress', 'prison', 'jail', 'gaol', 'embassy', 'consulate', 'center', 'centre',
  // Landforms, waters and sites news reports acts at.
  'monastery', 'shrine', 'refinery', 'shoal', 'reef', 'peninsula', 'lake', 'heights', 'canal', 'oblast', 'region',
]);
const PLACE_PREPOSITIONS = new Set(['in', 'to', 'from', 'at', 'near', 'into', 'across', 'outside', 'inside', 'of', 'toward', 'towards', 'around', 'over', 'on', 'against', 'via', 'through']);

/** Pass 2: graph and built-in names, later surnames, and unknown names with an organization cue. */
export function findNames(ctx: ReadingContext, s: SentenceTokens, occupied: boolean[]): Mention[] {
  const { tokens } = s;
  const out: Mention[] = [...placeLists(ctx, tokens, occupied), ...placeListsAfter(ctx, tokens, occupied), ...partiesByWord(ctx, tokens, occupied), ...groupNounNames(ctx, tokens, occupied)];
  for (let i = 0; i < tokens.length; i++) {
    if (occupied[i]) continue;
    const t = tokens[i];
    if (!t || !t.isWord) continue;
    // "the Royal Norwegian Government" is the state's government (rule 8): the courtly title names nothing of its own.
    if (royalGovernment(tokens, i)) continue;
    const m = matchName(ctx, tokens, i);
    // A name the article introduced earlier ("in Lashio", "the Harmony party"), unless the data names more here.
    const recalled = recallName(ctx, tokens, i);
    if (recalled && recalled.last > (m?.last ?? i) && !occupied.slice(i, recalled.last).some(Boolean)) {
      const span = { start: t.start, end: tokens[recalled.last - 1]?.end ?? t.end };
      ctx.table.addMention(recalled.id, span, ctx.table.get(recalled.id)?.name ?? '');
      out.push({ ...span, first: i, last: recalled.last, entityId: recalled.id, kind: recalled.kind, form: 'name', inTitle: false });
      for (let k = i; k < recalled.last; k++) occupied[k] = true;
      i = recalled.last - 1;
      continue;
    }
    // A mention taken from token i: kept, its bracketed short name remembered, its tokens occupied; returns where
    // the scan goes on.
    const take = (mention: Mention, party: boolean, end = mention.last): number => {
      out.push(mention);
      if (party) notePartyMention(ctx, tokens, mention);
      rememberAcronym(ctx, tokens, end, mention, occupied);
      for (let k = i; k < end; k++) occupied[k] = true;
      return end - 1;
    };
    const party = m ? demonymParty(ctx, tokens, i, m, occupied) : null;
    if (party) {
      i = take(party, true);
      continue;
    }
    if (m && !occupied.slice(i, m.last).some(Boolean)) {
      const organ = stateOrgan(ctx, tokens, i, m) ?? namedAfterState(ctx, tokens, i, m) ?? juntaOf(ctx, tokens, i, m) ?? describedBody(ctx, tokens, i, m);
      if (organ) {
        i = take(organ, false);
        continue;
      }
      const mention = nameMention(ctx, tokens, i, m);
      if (mention) {
        // "the Egyptian capital" names the city through two tokens, but only the demonym's are taken here.
        i = take(mention, true, m.last);
        continue;
      }
    }
    if (!isNameWord(t)) continue;
    const acronym = ctx.acronyms.get(t.key);
    if (acronym && !isNameWord(tokens[i + 1])) {
      const span = { start: t.start, end: t.end };
      ctx.table.addMention(acronym.id, span, t.text);
      out.push({ ...span, first: i, last: i + 1, entityId: acronym.id, kind: acronym.kind, form: 'name', inTitle: false });
      occupied[i] = true;
      continue;
    }
    // A full name the article gave before, written again ("Ana Ruiz" after "Foreign Minister Ana Ruiz").
    const full = readName(tokens, i, 4);
    const again = full - i >= 2 ? repeatedName(ctx, tokens, i, full) : undefined;
    if (again) {
      out.push(personMention(ctx, tokens, i, full, again));
      for (let k = i; k < full; k++) occupied[k] = true;
      i = full - 1;
      continue;
    }
    const ids = ctx.surnames.get(nameKey(t.text));
    const only = onlyOne(ids) ?? (ids ? undefined : onlyOne(ctx.nameWords.get(nameKey(t.text))));
    if (only && !isNameWord(tokens[i + 1])) {
      out.push(personMention(ctx, tokens, i, i + 1, only));
      occupied[i] = true;
      continue;
    }
    // A curated person's surname alone ("Netanyahu said"), when the article names no one else so.
    const builtin = !ids && !isNameWord(tokens[i + 1]) ? builtinSurname(t.key) : undefined;
    if (builtin) {
      const id = ctx.table.ensure(builtinSeed(builtin), knownFor(builtin, ctx.known)).id;
      out.push(personMention(ctx, tokens, i, i + 1, id));
      occupied[i] = true;
      continue;
    }
    // "the NLF", "Tehreek-e-Azadi": the shapes of an organization's name no data knows (unknownActors.ts).
    // "Zenda fighters", "Zenda militiamen": a group named by its armed men (armedGroupNames.ts).
    const armed = linkedNameEnd(tokens, i) > 0 ? -1 : armedGroupEnd(tokens, i);
    // "Jama'at Nusrat al-Islam wal Muslimeen (JNIM)": a name whose initials its bracketed short form spells.
    const bracketed = armed > 0 ? -1 : bracketedNameEnd(tokens, i);
    const linked = armed > 0 ? armed : bracketed > 0 ? bracketed : linkedNameEnd(tokens, i);
    if (linked > 0 || acronymBodyAt(tokens, i)) {
      const body = addOrganization(ctx, tokens, i, linked > 0 ? linked : i + 1);
      if (bracketed > 0) rememberAcronym(ctx, tokens, bracketed, body, occupied);
      out.push(body);
      for (let k = i; k < body.last; k++) occupied[k] = true;
      i = body.last - 1;
      continue;
    }
    // "the Army’s plan": a bare force is the one state's the article has named (bareForces.ts).
    const force = bareForceAt(ctx, tokens, i);
    if (force) {
      out.push(force);
      occupied[i] = true;
      continue;
    }
    let end = joinedPartyEnd(ctx, tokens, i, readName(tokens, i, 6));
    let last = tokens[end - 1];
    let cueKind: EntityKind | null = end - i >= 2 && last && i > 0 ? (ORG_CUES.has(last.lower) ? 'ORGANIZATION' : PLACE_CUES.has(last.lower) ? 'PLACE' : null) : null;
    // "the Israeli Air Force struck": a state's air arm is the state (eval/README.md rule 8); "the … Defense Force" is a body.
    if (last?.lower === 'force' && tokens[end - 2]?.lower === 'air') cueKind = null;
    // "Party of Freedom and Work", "Union of Coastal States": an organization named by its head word first.
    const long = longNameEnd(tokens, end);
    if (long > end && (FIRST_WORD_ORG_CUES.has(t.lower) || cueKind === 'ORGANIZATION')) {
      end = long;
      last = tokens[end - 1];
      cueKind = 'ORGANIZATION';
    }
    // "sanctioned Rosneft and Lukoil": each name the act falls on is a body (sanctionedNames.ts).
    // "the Chinese telecoms giant Huawei", "the drone maker DJI": a name right after a body's head noun is that body.
    if (!cueKind && end > i && i > 0 && (sanctionedNameAt(tokens, i) || (end - i <= 3 && describedBodyAt(tokens, i)))) cueKind = 'ORGANIZATION';
    // "Petroandes, Peru's largest oil company, said": a name the apposition after it calls a body, even first.
    if (!cueKind && end > i && end - i <= 3 && appositiveBodyAt(tokens, end)) cueKind = 'ORGANIZATION';
    // "the pro-European Party of …": a word glued to pro-/anti- describes the name, it is not part of it.
    if (cueKind && tokens[i - 1]?.text === '-' && /^(pro|anti)$/.test(tokens[i - 2]?.lower ?? '') && FIRST_WORD_ORG_CUES.has(tokens[i + 1]?.lower ?? '')) continue;
    // "Iran’s Foreign Ministry", "the Israeli Defense Ministry": a state's organ is the state (eval/README.md, rule 8).
    const owner = cueKind === 'ORGANIZATION' && last && GOVERNMENT_ORGANS.has(last.lower) ? stateBefore(out, tokens, i) : undefined;
    if (owner && last) {
      const span = { start: t.start, end: last.end };
      ctx.table.addSpan(owner.entityId, span);
      out.push({ ...span, first: i, last: end, entityId: owner.entityId, kind: 'COUNTRY', form: 'demonym', inTitle: false });
      for (let k = i; k < end; k++) occupied[k] = true;
      i = end - 1;
    } else if (cueKind && last) {
      const name = ctx.text.slice(t.start, last.end);
      const id = ctx.table.ensure({ id: slug(name), name, kind: cueKind }, ctx.known.get(nameKey(name))).id;
      const span = { start: t.start, end: last.end };
      ctx.table.addMention(id, span, name);
      const mention: Mention = { ...span, first: i, last: end, entityId: id, kind: ctx.table.get(id)?.kind ?? cueKind, form: 'name', inTitle: false };
      out.push(mention);
      notePartyMention(ctx, tokens, mention);
      rememberAcronym(ctx, tokens, end, mention, occupied);
      for (let k = i; k < end; k++) occupied[k] = true;
      i = end - 1;
    } else if (end > i) {
      const place = placeAt(ctx, tokens, i, end, out);
      if (place) {
        // "el-Obeid", "al-Mukalla": a lower-case Arabic article glued to the name is part of it.
        const article = tokens[i - 2];
        if (article && !occupied[i - 2] && /^(el|al|ad|ar|as|ash|az|an)$/.test(article.text) && tokens[i - 1]?.text === '-' && article.end === tokens[i - 1]?.start && tokens[i - 1]?.end === t.start) {
          place.first = i - 2;
          place.name = ctx.text.slice(article.start, tokens[end - 1]?.end ?? t.end);
        }
        out.push(addPlace(ctx, tokens, place));
        for (let k = place.first; k < place.last; k++) occupied[k] = true;
        i = place.last - 1;
      } else i = end - 1;
    }
  }
  out.push(...bareJunta(ctx, tokens, occupied), ...describedBodiesAgain(ctx, tokens, occupied), ...personsParty(ctx, tokens, out, occupied));
  // "fighters from the Red Flag militia": the men are the body, so no collective of their own.
  out.push(...bodyMembers(ctx, tokens, out, occupied));
  const collectives = findCollectives(ctx, tokens, occupied, out);
  // A demonym that opens a collective ("Israeli hostages") is part of its name, not a mention of the state.
  const inside = (m: Mention): boolean => collectives.some((c) => c.first <= m.first && m.last <= c.last);
  for (const m of out) if (inside(m)) ctx.table.removeSpan(m.entityId, m);
  return [...out.filter((m) => !inside(m)), ...collectives];
}

/**
 * "the Northern Liberation Front (NLF)": a short form in brackets right after a name is that entity's alias, and
 * names it for the rest of the article.
 */
function rememberAcronym(ctx: ReadingContext, tokens: readonly Token[], after: number, m: Mention, occupied: boolean[]): void {
  const open = tokens[after];
  const word = tokens[after + 1];
  const close = tokens[after + 2];
  if (open?.text !== '(' || close?.text !== ')' || !word || !word.isWord || !/^\p{Lu}[\p{Lu}\p{N}-]{1,9}$/u.test(word.text)) return;
  if (m.kind === 'PERSON' || m.kind === 'EVENT' || ctx.acronyms.has(word.key)) return;
  ctx.acronyms.set(word.key, { id: m.entityId, kind: m.kind });
  ctx.table.addMention(m.entityId, { start: word.start, end: word.end }, word.text);
  // The bracket belongs to the name's noun phrase, so what follows it ("… (NLF) rebel group said") is next.
  m.last = after + 3;
  m.end = close.end;
  for (let k = after; k < after + 3; k++) occupied[k] = true;
}

/** Capitalised head words of a party whose name may open with a demonym: "Serbian Progressive Party". */
const DEMONYM_PARTY_CUES = /^(Party|Movement|Alliance|Bloc|Coalition)$/;

/**
 * "the Serbian Progressive Party", "the Georgian Dream Party": a demonym opening a party's capitalised name is part of
 * the name (a state's organ, "the Chilean Army", stays the state's). At least one plain word between, none known.
 */
function demonymParty(ctx: ReadingContext, tokens: readonly Token[], i: number, m: Match, occupied: readonly boolean[]): Mention | null {
  if (m.entry?.form !== 'demonym' || m.last !== i + 1) return null;
  const end = readName(tokens, i, 5);
  const last = tokens[end - 1];
  const first = tokens[i];
  if (!first || !last || end - i < 3 || occupied.slice(i, end).some(Boolean)) return null;
  // "the Ethiopian National Defense Force": a named force is a body, as "… Forces" already is (eval/README.md rule
  // 12); "the Israeli Air Force" is the state's air arm.
  const namedForce = last.text === 'Force' && !/^(Air|Naval|Navy)$/.test(tokens[end - 2]?.text ?? '');
  if (!DEMONYM_PARTY_CUES.test(last.text) && !namedForce) return null;
  for (let k = i + 1; k < end; k++) if (matchName(ctx, tokens, k)) return null;
  const name = ctx.text.slice(first.start, last.end);
  const id = ctx.table.ensure({ id: slug(name), name, kind: 'ORGANIZATION' }, ctx.known.get(nameKey(name))).id;
  const span = { start: first.start, end: last.end };
  ctx.table.addMention(id, span, name);
  return { ...span, first: i, last: end, entityId: id, kind: ctx.table.get(id)?.kind ?? 'ORGANIZATION', form: 'name', inTitle: false };
}

/** Cues of a party's name that may join two words with "and": "Justice and Development Party". */
const JOINED_CUES = /^(party|front|movement|alliance|union|coalition|bloc)$/;

/**
 * "Justice and Development Party", "Freedom and Justice Party": a party named by two words joined with "and" before
 * its cue. Without this the name would start after "and" ("Development Party"). Neither side may be a known name.
 */
function joinedPartyEnd(ctx: ReadingContext, tokens: readonly Token[], i: number, end: number): number {
  if (tokens[end]?.lower !== 'and' || end - i > 2 || !isNameWord(tokens[end + 1])) return end;
  const far = readName(tokens, end + 1, 3);
  if (far - end - 1 < 2 || !JOINED_CUES.test(tokens[far - 1]?.lower ?? '')) return end;
  for (let k = i; k < far; k++) if (k !== end && matchName(ctx, tokens, k)) return end;
  return far;
}

/** Head nouns of a description that a body's name follows: "the oil giant Rosneft", "the mining company Vale". */
const BODY_HEADS = /^(company|firm|giant|conglomerate|maker|manufacturer|producer|exporter|operator|lender|carrier|airline|insurer|contractor|supplier|refiner|miner|group|movement|militia|outfit|faction)$/;

/** Whether token `i` follows a body's head noun opened by a determiner within four words ("the state-owned oil firm"). */
function describedBodyAt(tokens: readonly Token[], i: number): boolean {
  if (!BODY_HEADS.test(tokens[i - 1]?.lower ?? '')) return false;
  for (let k = i - 2; k >= Math.max(0, i - 6); k--) {
    const w = tokens[k];
    if (!w) return false;
    if (/^(the|a|an)$/.test(w.lower)) return true;
    if (!w.isWord && w.text !== '-') return false;
  }
  return false;
}

/** Words that open an apposition describing a body: "a state-owned gas producer", "Peru's largest oil company". */
const APPOSITION_OPENERS = /^(a|an|the|one|another|its|their)$/;

/**
 * "Petroandes, Peru's largest oil company, …", "Limagas, a state-owned gas producer, …": the apposition from the
 * comma at `comma` names a body by its head noun (BODY_HEADS) before the next comma, within seven words, and opens
 * with a determiner or a possessive.
 */
function appositiveBodyAt(tokens: readonly Token[], comma: number): boolean {
  if (tokens[comma]?.text !== ',') return false;
  const opener = tokens[comma + 1];
  const possessive = /^(’s|'s)$/.test(tokens[comma + 2]?.text ?? '') && opener?.capitalized;
  if (!opener || !(APPOSITION_OPENERS.test(opener.lower) || possessive)) return false;
  for (let k = comma + (possessive ? 3 : 2); k < Math.min(tokens.length, comma + 9); k++) {
    const w = tokens[k];
    if (!w || (!w.isWord && w.text !== '-')) return false;
    if (BODY_HEADS.test(w.lower) && w.lower !== 'group' && w.lower !== 'movement') return /^[,)]$/.test(tokens[k + 1]?.text ?? '') || tokens[k + 1]?.lower === 'that' || tokens[k + 1]?.lower === 'which';
  }
  return false;
}

/** Head words that open an organization's name when "of" follows ("Union of …", "Party of …"). */
const FIRST_WORD_ORG_CUES = new Set(['party', 'alliance', 'union', 'council', 'movement', 'front', 'league', 'organization', 'organisation', 'federation', 'community', 'coalition', 'committee', 'association', 'assembly', 'congress', 'bloc', 'forces', 'army', 'brigades', 'conference',
  // Watchdogs and think tanks: "the Centre for Free Press and Fair Votes", "the Institute for Coastal Studies".
  'centre', 'center', 'institute', 'foundation']);


const MOVEMENT_WORDS = new Set(['liberation', 'democratic', 'alliance', 'free', 'revolutionary', 'resistance', 'people', 'peoples', 'popular', 'islamic', 'salvation', 'independence', 'patriotic', 'united', 'front', 'rebel']);

/** Head words of bodies a region or city may name without a movement word: "the Darfur Bar Association". */
const CIVIC_BODIES = new Set(['association', 'council', 'committee', 'commission', 'union', 'federation', 'league', 'society', 'foundation', 'institute', 'chamber', 'assembly', 'administration', 'authority']);

/** A state's forces and councils that news names as bodies of their own ("the Chilean Coast Guard"). */
const STATE_BODIES = new Set(['army', 'navy', 'guard', 'forces', 'police', 'corps', 'court', 'council', 'parliament', 'assembly', 'senate', 'bank']);

/**
 * "the Chilean Coast Guard", "Peru's Navy", "Bolivia's Supreme Court": a state's body named by the state
 * and capitalised words ending in a body's noun is an organization of its own, MEMBER_OF the state. Ministries
 * and offices stay the state itself (GOVERNMENT_ORGANS, eval/README.md rule 8).
 */
function stateOrgan(ctx: ReadingContext, tokens: readonly Token[], i: number, m: Match): Mention | null {
  const kind = m.known?.kind ?? m.entry?.entity.kind;
  if (kind !== 'COUNTRY' || (m.entry && m.entry.form === 'capital')) return null;
  const poss = tokens[m.last]?.text === '’s' || tokens[m.last]?.text === "'s" ? 1 : 0;
  const from = m.last + poss;
  // "China’s coast guard", "the Chinese coast guard": the force its capitalised name would be.
  const lowerGuard = tokens[from]?.text === 'coast' && tokens[from + 1]?.text === 'guard';
  const end = lowerGuard ? from + 2 : readName(tokens, from, 4);
  const last = tokens[end - 1];
  if (end <= from || !last || !STATE_BODIES.has(last.lower) || GOVERNMENT_ORGANS.has(last.lower)) return null;
  // "the Myanmar National Democratic Alliance Army", "the Free Syrian Army": armed movements named after a country.
  if (tokens.slice(from, end).some((t) => MOVEMENT_WORDS.has(t.lower))) return null;
  const state = nameMention(ctx, tokens, i, m);
  if (!state) return null;
  const first = tokens[i];
  const span = { start: first?.start ?? 0, end: last.end };
  const surface = ctx.text.slice(span.start, span.end).replace(/[’']s\s/, ' ');
  const name = lowerGuard ? `${ctx.table.get(state.entityId)?.name ?? surface} Coast Guard` : surface;
  const id = ctx.table.ensure({ id: slug(name), name, kind: 'ORGANIZATION' }, ctx.known.get(nameKey(name))).id;
  // The lower-case wording describes the force; only a capitalised one is a name of it.
  if (lowerGuard) ctx.table.addSpan(id, span);
  else ctx.table.addMention(id, span, ctx.text.slice(span.start, span.end));
  // "Peru's National Electoral Board": the body's own words are a name of it too.
  const own = tokens[from];
  if (!lowerGuard && own && end - from >= 2) ctx.table.addMention(id, { start: own.start, end: last.end }, ctx.text.slice(own.start, last.end));
  ctx.roleFacts.push({ person: id, type: 'MEMBER_OF', principal: state.entityId, span, how: 'title' });
  return { ...span, first: i, last: end, entityId: id, kind: 'ORGANIZATION', form: 'name', inTitle: false };
}

/**
 * "the Myanmar National Democratic Alliance Army", "the Syrian Democratic Forces": an armed movement named after a
 * state or region (a movement word, and an organization's head word last) is one organization, not the state and a remainder.
 */
function namedAfterState(ctx: ReadingContext, tokens: readonly Token[], i: number, m: Match): Mention | null {
  const kind = m.known?.kind ?? m.entry?.entity.kind;
  // A region or city names movements too: "the Kachin Independence Army", "the Balochistan Liberation Army".
  if ((kind !== 'COUNTRY' && kind !== 'PLACE') || (m.entry && m.entry.form === 'capital')) return null;
  let end = readName(tokens, m.last, 5);
  // "the Tigray People's Liberation Front", "the Kurdistan Workers' Party": a possessive inside the name.
  if (end > m.last && /^(people|workers)$/.test(tokens[end - 1]?.lower ?? '') && /^['’]s?$/.test(tokens[end]?.text ?? '') && end + 1 < tokens.length) {
    const rest = readName(tokens, end + 1, 4);
    if (rest > end + 1) end = rest;
  }
  const last = tokens[end - 1];
  if (end <= m.last || !last || !ORG_CUES.has(last.lower)) return null;
  // "the Darfur Bar Association", "the Kachin Regional Council": a region or city names civic bodies as well as
  // movements; a state's own bodies after a country stay stateOrgan's.
  const civic = kind === 'PLACE' && CIVIC_BODIES.has(last.lower);
  if (!civic && !tokens.slice(m.last, end).some((t) => MOVEMENT_WORDS.has(t.lower))) return null;
  const first = tokens[i];
  if (!first) return null;
  const span = { start: first.start, end: last.end };
  const name = ctx.text.slice(span.start, span.end);
  const id = ctx.table.ensure({ id: slug(name), name, kind: 'ORGANIZATION' }, ctx.known.get(nameKey(name))).id;
  ctx.table.addMention(id, span, name);
  return { ...span, first: i, last: end, entityId: id, kind: ctx.table.get(id)?.kind ?? 'ORGANIZATION', form: 'name', inTitle: false };
}

/**
 * "Myanmar's junta", "the Malian military junta": a state's junta is an organization of its own that LEADS the state;
 * a later bare "the junta" or "junta spokesman" is the same one (the last the article named).
 */
function juntaOf(ctx: ReadingContext, tokens: readonly Token[], i: number, m: Match): Mention | null {
  const kind = m.known?.kind ?? m.entry?.entity.kind;
  if (kind !== 'COUNTRY' || (m.entry && m.entry.form === 'capital')) return null;
  let k = m.last + (tokens[m.last]?.text === '’s' || tokens[m.last]?.text === "'s" ? 1 : 0);
  while (/^(military|ruling)$/.test(tokens[k]?.lower ?? '')) k++;
  const word = tokens[k];
  if (word?.lower !== 'junta') return null;
  const state = nameMention(ctx, tokens, i, m);
  const stateName = state ? ctx.table.get(state.entityId)?.name : undefined;
  if (!state || !stateName) return null;
  const span = { start: state.start, end: word.end };
  const name = `${stateName} junta`;
  const id = ctx.table.ensure({ id: slug(name), name, kind: 'ORGANIZATION' }, ctx.known.get(nameKey(name))).id;
  ctx.table.addSpan(id, span);
  ctx.roleFacts.push({ person: id, type: 'LEADS', principal: state.entityId, span, how: 'title' });
  ctx.junta = id;
  return { ...span, first: i, last: k + 1, entityId: id, kind: 'ORGANIZATION', form: 'name', inTitle: false };
}

/** "Freedonia's presidential guard", "the Freedonian electoral commission": a state's body told in lower case. */
function describedBody(ctx: ReadingContext, tokens: readonly Token[], i: number, m: Match): Mention | null {
  const kind = m.known?.kind ?? m.entry?.entity.kind;
  if (kind !== 'COUNTRY' || (m.entry && m.entry.form === 'capital')) return null;
  const from = m.last + (tokens[m.last]?.text === '’s' || tokens[m.last]?.text === "'s" ? 1 : 0);
  if (descriptionEnd(tokens, from) < 0) return null;
  const state = nameMention(ctx, tokens, i, m);
  return state ? describedBodyOf(ctx, tokens, state, from) : null;
}

/** A bare "junta" after the article named whose it is. */
function bareJunta(ctx: ReadingContext, tokens: readonly Token[], occupied: boolean[]): Mention[] {
  const id = ctx.junta;
  if (!id) return [];
  const out: Mention[] = [];
  tokens.forEach((t, k) => {
    if (t.lower !== 'junta' || occupied[k]) return;
    const span = { start: t.start, end: t.end };
    ctx.table.addSpan(id, span);
    out.push({ ...span, first: k, last: k + 1, entityId: id, kind: 'ORGANIZATION', form: 'name', inTitle: false });
    occupied[k] = true;
  });
  return out;
}

const GOVERNMENT_ORGANS = new Set(['ministry', 'cabinet', 'office', 'parliament', 'presidency', 'department', 'government']);

/** The state named right before token `i`: "Iran ’s …" or the demonym "Israeli …". */
function stateBefore(found: readonly Mention[], tokens: readonly Token[], i: number): Mention | undefined {
  const poss = tokens[i - 1];
  const at = poss && (poss.text === '’s' || poss.text === "'s") ? i - 1 : i;
  return found.find((m) => m.last === at && m.kind === 'COUNTRY' && !m.inTitle);
}

function nameMention(ctx: ReadingContext, tokens: readonly Token[], i: number, m: Match): Mention | null {
  const first = tokens[i];
  const last = tokens[m.last - 1];
  if (!first || !last) return null;
  const span = { start: first.start, end: last.end };
  const surface = ctx.text.slice(span.start, span.end);
  if (m.known) {
    const id = ctx.table.ensure({ id: m.known.id, name: m.known.name, kind: m.known.kind }, m.known).id;
    ctx.table.addMention(id, span, surface);
    return { ...span, first: i, last: m.last, entityId: id, kind: m.known.kind, form: 'name', inTitle: false };
  }
  const entry = m.entry;
  if (!entry) return null;
  let e = entry.entity;
  let form = entry.form;
  if (form === 'demonym' && e.capital && tokens[m.last]?.lower === 'capital') {
    // "the Egyptian capital" is the city.
    const capitalSpan = { start: span.start, end: tokens[m.last]?.end ?? span.end };
    const city = ctx.table.ensure({ id: slug(e.capital), name: e.capital, kind: 'PLACE' }, ctx.known.get(nameKey(e.capital)));
    ctx.table.addMention(city.id, capitalSpan, ctx.text.slice(capitalSpan.start, capitalSpan.end));
    // "Tbilisi, the Georgian capital," / "the Qatari capital, Doha": set beside the city's name, the phrase also says
    // which state holds it (structure.ts, relations.ts), so the state is named here too.
    const beside = (tokens[i - 1]?.lower === 'the' && tokens[i - 2]?.text === ',') || (tokens[m.last + 1]?.text === ',' && isNameWord(tokens[m.last + 2]));
    if (beside) ctx.table.addSpan(ctx.table.ensure(builtinSeed(e), knownFor(e, ctx.known)).id, span);
    return { ...capitalSpan, first: i, last: m.last + 1, entityId: city.id, kind: city.kind, form: 'name', inTitle: false };
  }
  if (form === 'capital' && !governmentUse(tokens, i, m.last)) {
    // A capital as a place ("arrived in Cairo"): the city itself.
    e = { id: slug(surface), name: surface, kind: 'PLACE', aliases: [], country: e.id };
    form = 'name';
  }
  const id = ctx.table.ensure(builtinSeed(e), knownFor(e, ctx.known)).id;
  if (form === 'name') ctx.table.addMention(id, span, surface);
  else ctx.table.addSpan(id, span);
  if (e.kind === 'PERSON') rememberPersonName(ctx, e.name.split(/\s+/), id);
  return { ...span, first: i, last: m.last, entityId: id, kind: ctx.table.get(id)?.kind ?? e.kind, form: form === 'capital' ? 'capital' : form, inTitle: false };
}

const ARMS_NOUNS = /^(weapons|arms|drones|missiles|rockets|ammunition|munitions|shells|tanks|jets|warplanes|aid|assistance|funding|loans)$/;
const VISIT_VERBS = /^(visit|visits|visited|visiting|toured|tour|tours|touring)$/;
const ACT_NOUNS = /^(sanctions|embargo|accusations|accusation|criticism|condemnation|threats|pressure)$/;
const SAID_NOUNS = /^(criticism|condemnation|condemnations|protests|protest|rebuke|backlash|anger|outrage|praise|support|backing|proposal|proposals|offer|offers|plan|warning|warnings|demand|demands|request|requests|response|reaction|ultimatum|appeal|appeals|call|calls|invitation|objections|opposition)$/;
const EVENT_AFTER = new Set(['talks', 'summit', 'meeting', 'negotiations', 'process', 'agreement', 'conference', 'declaration', 'accord', 'airport', 'residents', 'streets', 'province', 'governorate']);

/** A word and the preposition after it that make the capital next a government, not a city. */
const GOVERNMENT_CUES: ReadonlyArray<{ before: RegExp; preposition: (p: string) => boolean }> = [
  // "sanctions on Moscow", "accusations against Belgrade": the preposition of an act noun takes the government.
  { before: ACT_NOUNS, preposition: (p) => PLACE_PREPOSITIONS.has(p) },
  // "called on Tehran to …", "appealed to Moscow": the one addressed is the government.
  { before: /^(call|calls|called|calling|prevail|prevailed|leaned|lean|leaning)$/, preposition: (p) => p === 'on' },
  { before: /^(appeal|appeals|appealed|appealing|turned|listen|listened)$/, preposition: (p) => p === 'to' },
  // "supplied drones to Moscow", "arms to Kyiv": arms go to a government.
  { before: ARMS_NOUNS, preposition: (p) => p === 'to' },
  // "criticism from Paris", "a proposal from Moscow": what is said or offered comes from the government.
  { before: SAID_NOUNS, preposition: (p) => p === 'from' },
  // "closed its embassy in Tehran": an embassy is accredited to the government, not the city.
  { before: /^(embassy|embassies)$/, preposition: (p) => p === 'in' },
];

/**
 * "Washington said", "urged Tehran", "Kyiv’s response": a capital that acts or is acted upon is its government.
 * After a preposition of place ("in Cairo"), after "the"/"capital", or naming talks ("the Cairo talks") it is the city.
 */
function governmentUse(tokens: readonly Token[], i: number, last: number): boolean {
  const before = tokens[i - 1];
  const word = tokens[i - 2]?.lower ?? '';
  if (before && GOVERNMENT_CUES.some((c) => c.preposition(before.lower) && c.before.test(word))) return true;
  if (before && (PLACE_PREPOSITIONS.has(before.lower) || /^(the|capital|city|of)$/.test(before.lower))) return false;
  // "visited Lima", "toured Kyiv": a visit goes to the city.
  if (before && VISIT_VERBS.test(before.lower)) return false;
  // "the capital, Tbilisi": set off by a comma, still the city.
  if (before?.text === ',' && /^(capital|city)$/.test(tokens[i - 2]?.lower ?? '')) return false;
  const after = tokens[last];
  if (after && EVENT_AFTER.has(after.lower)) return false;
  // "Tbilisi, the capital of Georgia": described as a city, it is one.
  if (after?.text === ',' && tokens[last + 1]?.lower === 'the' && tokens[last + 2]?.lower === 'capital') return false;
  // "Lima, Peru's capital," and "Lima, a city of ten million": the apposition describes a city.
  if (after?.text === ',' && tokens.slice(last + 1, last + 5).some((t) => /^(capital|city)$/.test(t.lower))) return false;
  return true;
}

/**
 * Unnamed collectives news makes actors and targets of (eval/README.md: "unnamed collectives when they are the
 * target of an act"): "protesters", "criminal gangs", "Israeli hostages", "human rights groups". A head noun of
 * people and up to three modifiers before it (a demonym or plain lower-case words); each phrase is one GROUP.
 */
export const COLLECTIVE_HEADS = new Set([
  'protesters', 'protestors', 'demonstrators', 'hostages', 'detainees', 'prisoners', 'captives', 'civilians', 'refugees',
  'migrants', 'fishermen', 'suspects', 'gangs', 'attackers', 'assailants', 'gunmen', 'separatists', 'students',
  'activists', 'journalists', 'settlers', 'allies', 'tribes', 'villagers', 'pilgrims', 'groups', 'smugglers',
  'traffickers', 'dissidents', 'opponents', 'defectors', 'deserters', 'volunteers', 'mercenaries', 'seafarers',
  // Whom kidnappers take: "276 schoolgirls", "the crew".
  'schoolgirls', 'schoolchildren', 'crew', 'sailors',
  ...['leaders', 'members', 'parties', 'powers', 'organizations', 'organisations', 'shipping'],
  ...['rebels', 'militants', 'insurgents', 'fighters', 'guerrillas', 'jihadists', 'extremists', 'terrorists', 'residents', 'voters', 'supporters', 'worshippers'],
  ...['victims', 'militias', 'factions', 'cartels', 'clans', 'countries', 'nations', 'states', 'governments', 'companies', 'firms', 'communities', 'workers', 'vessels', 'ships', 'tankers', 'lawmakers', 'politicians', 'critics', 'partners'],
]);
/**
 * Armed collectives: owned by the name or demonym before them ("Houthi fighters", "Russian militants") they are
 * that actor itself (eval/README.md rule 8); only an ownerless one ("armed rebels", "Islamist militants") is a GROUP.
 */
const ARMED_HEADS = new Set(['rebels', 'militants', 'insurgents', 'fighters', 'guerrillas', 'jihadists', 'extremists', 'terrorists']);
/**
 * Heads that make a collective only with a plain modifier ("opposition leaders", "Western powers", "commercial
 * shipping"): alone or after a demonym ("Israeli leaders") they are the state's people, the state itself (rule 8).
 */
const QUALIFIED_HEADS = new Set(['groups', 'leaders', 'members', 'parties', 'powers', 'organizations', 'organisations', 'shipping', 'countries', 'nations', 'states', 'governments', 'companies', 'firms', 'communities', 'workers', 'vessels', 'ships', 'tankers', 'lawmakers', 'politicians', 'critics', 'partners']);
/** The words that may qualify a collective ("criminal gangs", "human rights groups"); any other word ends it. */
const COLLECTIVE_MODIFIERS = new Set([
  'criminal', 'armed', 'unarmed', 'drug', 'human', 'rights', 'humanitarian', 'aid', 'student', 'protest', 'political',
  'foreign', 'local', 'ethnic', 'religious', 'opposition', 'western', 'rival', 'anti-government', 'pro-government',
  'missing', 'wounded', 'displaced', 'detained', 'jailed', 'captured', 'kidnapped', 'abducted', 'innocent', 'war',
  'militant', 'jihadist', 'islamist', 'separatist', 'tribal', 'minority', 'civil', 'society', 'peace',
  'terrorist', 'party', 'commercial', 'merchant', 'international',
  'arab', 'gulf', 'member', 'neighbouring', 'neighboring', 'regional', 'major', 'oil', 'energy', 'shipping', 'private', 'state-owned', 'aid', 'medical', 'health', 'european', 'african', 'asian', 'muslim', 'christian', 'jewish', 'sunni', 'shia', 'shiite', 'kurdish', 'allied', 'partner', 'donor', 'nuclear',
  // "farm workers", "crew members": what people do qualifies a collective of them.
  'farm', 'migrant', 'construction', 'crew',
]);

function findCollectives(ctx: ReadingContext, tokens: readonly Token[], occupied: boolean[], found: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const head = tokens[k];
    // "freed 10 Americans": a plural demonym (a mention of its state so far) is the captives' name.
    const people = demonymPlural(head) && found.some((m) => m.first === k && m.last === k + 1 && m.kind === 'COUNTRY');
    const captives = head !== undefined && (CAPTIVE_ONLY_HEADS.has(head.lower) || people);
    if (!head || (occupied[k] && !people) || !(COLLECTIVE_HEADS.has(head.lower) || captives) || (head.capitalized && k > 0 && !people)) continue;
    // "crew members": a head that qualifies the next head is a modifier of it.
    if (COLLECTIVE_MODIFIERS.has(head.lower) && COLLECTIVE_HEADS.has(tokens[k + 1]?.lower ?? '')) continue;
    let first = k;
    while (first > 0 && k - first < 3) {
      const t = tokens[first - 1];
      if (!t || !t.isWord) break;
      // A people's demonym that names no state here ("Palestinian prisoners") qualifies a collective too.
      // "Thai" is also one of Thailand's names in the data: a state's one-word name that is a demonym counts too.
      const demonym = found.some((m) => m.first === first - 1 && m.last === first && (m.form === 'demonym' || (m.kind === 'COUNTRY' && gazetteer().demonymKeys.has(t.key))))
        || (t.capitalized && !occupied[first - 1] && gazetteer().demonymKeys.has(t.key));
      if (!demonym && (occupied[first - 1] || !COLLECTIVE_MODIFIERS.has(t.lower))) break;
      first--;
      if (demonym) break;
    }
    if (QUALIFIED_HEADS.has(head.lower) && !tokens.slice(first, k).some((t) => COLLECTIVE_MODIFIERS.has(t.lower))) continue;
    // "captured two Israeli soldiers": taken or freed, people named by what they are are captives (captiveNames.ts).
    if (captives && !custodyCued(tokens, first, k)) continue;
    const owner = tokens[first - 1];
    if (ARMED_HEADS.has(head.lower) && (occupied[first - 1] || (owner?.capitalized && owner.isWord) || tokens.slice(first, k).some((t) => !COLLECTIVE_MODIFIERS.has(t.lower)))) continue;
    // "prisoners of war": the phrase is the collective's name.
    const ofWar = head.lower === 'prisoners' && tokens[k + 1]?.lower === 'of' && tokens[k + 2]?.lower === 'war' ? 2 : 0;
    // "an alliance of ethnic armed groups", "a coalition of rebel groups": the alliance is the collective that acts.
    if (tokens[first - 1]?.lower === 'of' && /^(alliance|coalition|umbrella|network|federation)$/.test(tokens[first - 2]?.lower ?? '') && !occupied[first - 2]) first -= 2;
    const start = tokens[first]?.start ?? head.start;
    const tail = tokens[k + ofWar] ?? head;
    const phrase = ctx.text.slice(start, tail.end);
    if (/\s-|-\s|[,;:()"“”]/u.test(phrase)) continue;
    const name = phrase.charAt(0).toUpperCase() + phrase.slice(1);
    const id = ctx.table.ensure({ id: slug(name), name, kind: 'GROUP' }, ctx.known.get(nameKey(name))).id;
    const span = { start, end: tail.end };
    // A collective is named by what it is: its other wordings are not names, so they never become aliases.
    ctx.table.addSpan(id, span);
    out.push({ ...span, first, last: k + ofWar + 1, entityId: id, kind: ctx.table.get(id)?.kind ?? 'GROUP', form: 'name', inTitle: false });
    for (let j = first; j <= k + ofWar; j++) occupied[j] = true;
    k += ofWar;
  }
  return out;
}

/** The one person whose remembered surname ends tokens i…end and whose other name words are the rest, if any. */
function repeatedName(ctx: ReadingContext, tokens: readonly Token[], i: number, end: number): string | undefined {
  const id = onlyOne(ctx.surnames.get(nameKey(tokens[end - 1]?.text ?? '')));
  if (!id) return undefined;
  const rest = tokens.slice(i, end - 1).filter((t) => t.isWord && t.text.length > 1);
  return rest.length > 0 && rest.every((t) => ctx.nameWords.get(nameKey(t.text))?.has(id)) ? id : undefined;
}

/** "Royal" opening "<Demonym> Government" ("the Royal Danish Government"), left out of the name. */
function royalGovernment(tokens: readonly Token[], i: number): boolean {
  const demonym = tokens[i + 1];
  return tokens[i]?.text === 'Royal' && !!demonym?.capitalized && gazetteer().demonymKeys.has(demonym.key) && /^government$/.test(tokens[i + 2]?.lower ?? '');
}
