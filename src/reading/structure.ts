// Structural facts a sentence states without a title: who leads what ("X heads the Y", "the Y, led by X"), who
// belongs to a party ("X of the Freedom Party"), and where places and collectives are ("the Donetsk and Kherson
// regions of Ukraine", "Goma, Congo", "protesters in Tbilisi"). eval/README.md rules 7 and 12 say how each is coded.
import { actorBefore, targetAfter } from './clauses';
import { gazetteer } from './gazetteer';
import { hedged } from './hedges';
import { ACTOR_KINDS, type Mention } from './mentions';
import { officesTaken } from './officesTaken';
import { ownedBodies } from './ownedBodies';
import { seats } from './seats';
import { placingClauseEnd } from './places';
import type { Add } from './relations';
import { TITLE_HEADS, TITLE_MODIFIERS } from './titles';
import type { Token } from './tokens';

export function structuralFacts(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  leaderVerbs(tokens, actors, all, add);
  officesTaken(tokens, actors, all, add);
  partyMembers(tokens, all, add);
  regionsOf(tokens, all, add);
  placeCommaState(tokens, all, add);
  collectivesIn(tokens, all, add);
  governmentMembers(tokens, actors, all, add);
  placesWithin(tokens, all, add);
  basedIn(tokens, all, add);
  ownedBodies(tokens, all, add);
}

const SIDES = /^(eastern|western|northern|southern|central|northeastern|northwestern|southeastern|southwestern|northeast|northwest|southeast|southwest|north|south|east|west|occupied|-)$/;

/**
 * "Kharkiv in northeastern Ukraine", "Lashio in northern Shan state" (a side of the state between), and "Tbilisi,
 * the capital of Georgia": the place lies in the state or region. Plain "X in Y" is relations.ts's.
 */
function placesWithin(tokens: readonly Token[], all: Mention[], add: Add): void {
  const outerAt = (k: number): Mention | undefined => all.find((m) => m.first === k && !m.inTitle && (m.kind === 'COUNTRY' || m.kind === 'PLACE') && m.form !== 'demonym');
  for (const inner of all) {
    if (inner.kind !== 'PLACE' || inner.inTitle) continue;
    let k = inner.last;
    // "Kherson, in southern Ukraine,": the same placing, set off by a comma.
    const setOff = tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'in';
    if (setOff) k++;
    // "Bakhmut, which lies in …", "Sittwe, located in …": a clause or participle that only places it.
    const placing = tokens[k]?.text === ',' ? placingClauseEnd(tokens, k + 1) : -1;
    if (placing >= 0) k = placing;
    if (tokens[k]?.lower === 'in') {
      k++;
      if (tokens[k]?.lower === 'the') k++;
      const from = k;
      // A side word is never the start of the name ("the occupied West Bank": "West" is the name's).
      while (k - from < 3 && SIDES.test(tokens[k]?.lower ?? '') && !outerAt(k)) k++;
      // Set off or placed by a clause, the place needs no side word: "Yarba, in the Kurdistan region of Iraq".
      const owner = k > from || setOff || placing >= 0 ? outerAt(k) : undefined;
      // "Vovchansk, in Ukraine's Kharkiv region": the region the state's possessive opens is where it lies.
      const outer = owner && /^['’]s$/.test(tokens[owner.last]?.text ?? '') ? outerAt(owner.last + 1) ?? owner : owner;
      if (outer && outer.entityId !== inner.entityId) add('LOCATED_IN', inner, outer, 0.8, 'place:in-side', []);
      continue;
    }
    if (tokens[k]?.text !== ',') continue;
    // "Lima, Peru's capital", "Sumy, a city in northeastern Ukraine": an apposition placing it.
    const appositive = placedByApposition(tokens, k + 1, outerAt);
    if (appositive) { add('LOCATED_IN', inner, appositive, 0.8, 'place:apposition', []); continue; }
    // "Tacna, a Peruvian border town": the demonym's state holds a settlement described indefinitely too.
    const indefinite = /^(a|an)$/.test(tokens[k + 1]?.lower ?? '') ? demonymSettlement(tokens, all, inner, k + 2) : undefined;
    if (indefinite) { add('LOCATED_IN', inner, indefinite, 0.8, 'place:demonym-town', []); continue; }
    // "Tbilisi, the capital of Georgia", "Aden, the port city of Yemen".
    if (tokens[k + 1]?.lower !== 'the') continue;
    // "Odesa, the Ukrainian port city", "Tripoli, the Libyan capital": the demonym's state holds it.
    const described = demonymSettlement(tokens, all, inner, k + 2);
    if (described) { add('LOCATED_IN', inner, described, 0.8, 'place:demonym-city', []); continue; }
    k += 2;
    while (k - inner.last < 6 && /^(capital|city|port|largest|second|main|town|biggest|of)$/.test(tokens[k]?.lower ?? '') && tokens[k]?.lower !== 'of') k++;
    if (!/^(of|in)$/.test(tokens[k]?.lower ?? '') || k === inner.last + 2) continue;
    // "Goma, the largest city in eastern Congo": "in" takes the side words a state may have.
    let o = k + 1;
    if (tokens[k]?.lower === 'in') while (o - k < 3 && SIDES.test(tokens[o]?.lower ?? '') && !outerAt(o)) o++;
    const outer = outerAt(o);
    if (outer) add('LOCATED_IN', inner, outer, 0.8, 'place:capital-of', []);
  }
}

/**
 * The state of "the Ukrainian port city", "the Sudanese town", "the Libyan capital" from token k (after "the"),
 * placing `inner`.
 */
function demonymSettlement(tokens: readonly Token[], all: Mention[], inner: Mention, k: number): Mention | undefined {
  const demonym = all.find((m) => m.first === k && m.kind === 'COUNTRY' && m.form === 'demonym');
  // "Tbilisi, the Georgian capital": the phrase names the city itself (names.ts), whose state the data knows.
  const self = demonym ? undefined : all.find((m) => m.first === k && m.entityId === inner.entityId && tokens[m.last - 1]?.lower === 'capital');
  const country = self ? gazetteer().countryOfPlace.get(inner.entityId) : undefined;
  if (self && country) return { ...self, entityId: country, kind: 'COUNTRY', form: 'name' };
  if (!demonym) return undefined;
  let j = demonym.last;
  while (j - k < 5 && /^(second|third|largest|biggest|main|port|commercial|economic|border|coastal|frontline|front-line|mining|industrial|small|-)$/.test(tokens[j]?.lower ?? '')) j++;
  return /^(city|town|port|village|capital)$/.test(tokens[j]?.lower ?? '') ? demonym : undefined;
}

const SETTLEMENT = /^(city|town|village|port|capital|region|province|district|border|coastal|frontline|front-line|small|major|key|strategic|industrial|eastern|western|northern|southern|central|largest|second|logistics|transport|hub|-)$/;

/**
 * The state or region an apposition from token k places a name in: "Peru's capital" (or "Peru's second city"), "a
 * city in (northeastern) Ukraine", "a town on the border with Chile" is none. Undefined when it says no such thing.
 */
function placedByApposition(tokens: readonly Token[], k: number, outerAt: (k: number) => Mention | undefined): Mention | undefined {
  const owner = outerAt(k);
  if (owner && /^['’]s$/.test(tokens[owner.last]?.text ?? '')) {
    let j = owner.last + 1;
    while (j - owner.last < 5 && /^(second|third|largest|biggest|main|port|commercial|economic|-)$/.test(tokens[j]?.lower ?? '')) j++;
    return /^(capital|city)$/.test(tokens[j]?.lower ?? '') ? owner : undefined;
  }
  if (!/^(a|an)$/.test(tokens[k]?.lower ?? '')) return undefined;
  let j = k + 1;
  while (j - k < 5 && SETTLEMENT.test(tokens[j]?.lower ?? '') && tokens[j]?.lower !== 'in') j++;
  if (j === k + 1 || !/^(city|town|village|port|capital|region|province|district|hub)$/.test(tokens[j - 1]?.lower ?? '') || tokens[j]?.lower !== 'in') return undefined;
  j++;
  if (tokens[j]?.lower === 'the') j++;
  const from = j;
  while (j - from < 3 && SIDES.test(tokens[j]?.lower ?? '')) j++;
  return outerAt(j);
}

/** "the Doha-based Al Jazeera", "the London-based Syrian Observatory": the organization is where it is based. */
function basedIn(tokens: readonly Token[], all: Mention[], add: Add): void {
  for (const place of all) {
    if (place.kind !== 'PLACE' || tokens[place.last]?.text !== '-' || tokens[place.last + 1]?.lower !== 'based') continue;
    const org = all.find((m) => m.first > place.last + 1 && m.first <= place.last + 5 && m.kind === 'ORGANIZATION' && !m.inTitle);
    if (org) add('LOCATED_IN', org, place, 0.8, 'place:based', [place.last + 1]);
  }
  seats(tokens, all, add);
}

/**
 * "Lebanon’s government, which includes Hezbollah …", "the Chilean coalition government including the Green
 * Party": an organization in a state's government is its MEMBER_OF (eval/README.md rule 8).
 */
function governmentMembers(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (const state of all) {
    if (state.kind !== 'COUNTRY' || state.inTitle) continue;
    let k = state.last;
    if (/^['’]s$/.test(tokens[k]?.text ?? '')) k++;
    if (/^(coalition|unity|new|current)$/.test(tokens[k]?.lower ?? '')) k++;
    if (tokens[k]?.lower !== 'government') continue;
    k++;
    if (tokens[k]?.text === ',' && /^(which|that)$/.test(tokens[k + 1]?.lower ?? '')) k += 2;
    else if (/^(which|that)$/.test(tokens[k]?.lower ?? '')) k++;
    if (!/^(includes|included|including|comprises|comprising)$/.test(tokens[k]?.lower ?? '')) continue;
    for (const org of targetAfter(actors, all, tokens, k + 1, 2).filter((m) => m.kind === 'ORGANIZATION')) add('MEMBER_OF', org, state, 0.85, 'government:includes', [k]);
  }
}

const LEADS_VERBS = /^(leads|heads|chairs|commands|runs)$/;
const LED_FORMS = /^(led|headed|chaired|commanded)$/;
/** The state itself after its possessive: "heads Peru's government". */
const GOVERNING = /^(government|cabinet|administration|state|country|nation|executive|presidency|junta)$/;
/** Bodies in a state that are not it: "heads Peru's ruling party", "leads Chile's opposition". */
const NOT_THE_STATE = /^(ruling|main|largest|biggest|opposition|party|parties|movement|coalition|bloc|union|unions|church|community)$/;

/** What the words after "heads Peru's" name: the state's government, a body of the state, another body, or nothing. */
function ownedBodyNoun(tokens: readonly Token[], k: number): 'government' | 'state-body' | 'other' | null {
  const w = tokens[k];
  if (!w || !w.isWord) return null;
  if (GOVERNING.test(w.lower)) return 'government';
  if (NOT_THE_STATE.test(w.lower)) return 'other';
  return w.capitalized ? null : 'state-body';
}
/** What a leader heads: a state or an organization. A delegation or team led by X is an envoy's (relations.ts). */
const led = (m: Mention): boolean => m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION';

/**
 * "X heads the Y", "X, who leads the Y,", "the Y, led by X,": LEADS (taking office: officesTaken.ts). Present
 * tense only for the active verbs ("X led Y" may be history); the participle describes the Y as it is.
 */
function leaderVerbs(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 1; v < tokens.length; v++) {
    const verb = tokens[v]?.lower ?? '';
    if (hedged(tokens, v)) continue;
    if (LEADS_VERBS.test(verb)) {
      // actorBefore reads "X, who heads …" as X.
      const leaders = actorBefore(actors, all, tokens, v, 1).filter((m) => m.kind === 'PERSON' || m.kind === 'COUNTRY');
      const things = targetAfter(actors, all, tokens, v + 1, 1).filter(led);
      // "X heads Peru's delegation / army": heading a body a state owns makes X its official, ENVOY_OF (eval/README.md
      // rule 7); its government, the leader; a party or movement in it, neither (the state is not what X heads).
      const owned = things.length === 1 && /^['’]s$/.test(tokens[things[0]?.last ?? -1]?.text ?? '') ? ownedBodyNoun(tokens, (things[0]?.last ?? -1) + 1) : null;
      if (owned === 'other') continue;
      const type = owned === 'state-body' ? 'ENVOY_OF' : 'LEADS';
      for (const a of leaders) for (const b of things) add(type, a, b, 0.85, `verb:${verb}${owned === 'state-body' ? '-body' : ''}`, [v]);
      continue;
    }
    // "the Freedom Party, led by Ana Ruiz,", "a coalition led by Saudi Arabia".
    if (LED_FORMS.test(verb) && tokens[v + 1]?.lower === 'by') {
      // "the Y, led by X", and in the present "the Y is led by X" ("was led by" may be history).
      const at = tokens[v - 1]?.text === ',' ? v - 1 : /^(is|are)$/.test(tokens[v - 1]?.lower ?? '') ? v - 1 : v;
      // "the delegation, led by X" (its owner read back, relations.ts) is an envoy's, not a leader's.
      const thing = all.find((m) => m.last === at && !m.inTitle && led(m) && !/^(delegation|team)$/.test(tokens[m.last - 1]?.lower ?? ''));
      if (!thing) continue;
      // "led by the army's chief, X": the name after the set-off title (its mention opens at the title).
      const named = titleSetOff(tokens, all, v + 2);
      const leaders = named > v + 2 ? actors.filter((m) => m.first === named && m.kind === 'PERSON') : targetAfter(actors, all, tokens, v + 2, 1);
      for (const b of leaders.filter((m) => m.kind === 'PERSON' || m.kind === 'COUNTRY')) add('LEADS', b, thing, 0.85, `passive:${verb}`, [v]);
      continue;
    }
  }
}

/**
 * "led by the army's chief, X", "led by its founder, X": a description of the leader set off before the name.
 * Returns where the name starts, or `k` when the words from `k` are no such description.
 */
function titleSetOff(tokens: readonly Token[], all: Mention[], k: number): number {
  let j = k;
  if (!/^(the|its|his|her|their)$/.test(tokens[j]?.lower ?? '')) return k;
  j++;
  // "the army's": an owner of the office, named or not.
  const owner = all.find((m) => m.first === j);
  const ownerEnd = owner ? owner.last : tokens[j]?.isWord && /^['’]s$/.test(tokens[j + 1]?.text ?? '') ? j + 1 : -1;
  if (ownerEnd > 0 && /^['’]s$/.test(tokens[ownerEnd]?.text ?? '')) j = ownerEnd + 1;
  const from = j;
  while (j - from < 4 && tokens[j]?.isWord && !tokens[j]?.capitalized && (TITLE_HEADS.has(tokens[j]?.lower ?? '') || TITLE_MODIFIERS.has(tokens[j]?.lower ?? ''))) j++;
  if (j === from || !TITLE_HEADS.has(tokens[j - 1]?.lower ?? '') || tokens[j]?.text !== ',') return k;
  // "led by its former leader, X" told of the past: no one is named as leading it now.
  return tokens.slice(from, j).some((t) => /^(former|ex|late|outgoing|then)$/.test(t.lower)) ? tokens.length : j + 1;
}

/** Head words of a political organization a person belongs to: "X of the Freedom Party". */
const PARTY_HEADS = /^(party|movement|bloc|alliance|front|coalition|union|league|congress)$/;

/** Words that describe a party between its owner and its name: "X's ruling Harmony party". */
const PARTY_DESCRIBING = /^(ruling|opposition|governing|main|far-right|far-left|centrist|nationalist|conservative|liberal|leftist|rightist|populist|pro-european|pro-russian|own|-|pro|anti|far|right|left)$/;

/** A party's mention at k: "the Freedom Party", "the Harmony party", and "the Party of Socialists". */
function partyAt(tokens: readonly Token[], all: Mention[], k: number): Mention | undefined {
  const party = all.find((m) => m.first === k && m.kind === 'ORGANIZATION' && !m.inTitle);
  if (!party || !(PARTY_HEADS.test(tokens[party.last - 1]?.lower ?? '') || (PARTY_HEADS.test(tokens[k]?.lower ?? '') && /^(of|for)$/.test(tokens[k + 1]?.lower ?? '')))) return undefined;
  return party;
}

/**
 * "Donald Tusk's Civic Platform party", "X, whose Georgian Dream party …": the party named as an untitled person's
 * own is the one they lead. Only a party named right there (a bare "X's party" is the member's, parties.ts).
 */
function ownParties(tokens: readonly Token[], all: Mention[], add: Add): void {
  for (const person of all) {
    if (person.kind !== 'PERSON' || person.inTitle) continue;
    let k = person.last;
    // "Prime Minister X's party", "Prime Minister X, whose party": an office-holder's party is the one they belong
    // to (parties.ts), not the one they lead.
    if (person.np !== undefined) continue;
    if (/^['’]s$/.test(tokens[k]?.text ?? '')) k++;
    else if (tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'whose') k += 2;
    else continue;
    while (k - person.last < 6 && PARTY_DESCRIBING.test(tokens[k]?.lower ?? '')) k++;
    const party = partyAt(tokens, all, k);
    if (party) add('LEADS', person, party, 0.8, 'own:party', [party.last - 1]);
  }
}

/** "Ana Ruiz of the Freedom Party", "Jo Marsh, from the opposition Unity Bloc,": MEMBER_OF the party. */
function partyMembers(tokens: readonly Token[], all: Mention[], add: Add): void {
  ownParties(tokens, all, add);
  for (const person of all) {
    if (person.kind !== 'PERSON' || person.inTitle) continue;
    let k = person.last;
    if (tokens[k]?.text === ',') k++;
    if (tokens[k]?.lower !== 'of' && tokens[k]?.lower !== 'from') continue;
    k++;
    if (tokens[k]?.lower === 'the') k++;
    while (/^(ruling|opposition|governing|main|far-right|far-left|centrist|nationalist|conservative|liberal|leftist|rightist|pro-european|pro-russian)$/.test(tokens[k]?.lower ?? '')) k++;
    const party = all.find((m) => m.first === k && m.kind === 'ORGANIZATION' && !m.inTitle);
    // "the Freedom Party", and "the Party of Socialists" (the head word opening the name).
    if (!party || !(PARTY_HEADS.test(tokens[party.last - 1]?.lower ?? '') || (PARTY_HEADS.test(tokens[k]?.lower ?? '') && /^(of|for)$/.test(tokens[k + 1]?.lower ?? '')))) continue;
    add('MEMBER_OF', person, party, 0.8, 'of:party', [party.last - 1]);
  }
}

const REGION_WORD = /^(region|regions|province|provinces|oblast|oblasts|governorate|governorates|district|districts|state|states|county|counties)$/;
const COMPASS = /^(the|eastern|western|northern|southern|central|north|south|east|west|northeastern|northwestern|southeastern|southwestern|and|,|-)$/;

/** "the Donetsk, Luhansk and Kherson regions of Ukraine", "Idlib province of Syria": each lies in the state. */
function regionsOf(tokens: readonly Token[], all: Mention[], add: Add): void {
  for (let d = 1; d < tokens.length; d++) {
    const word = tokens[d];
    if (!word || word.capitalized || !REGION_WORD.test(word.lower) || !/^(of|in)$/.test(tokens[d + 1]?.lower ?? '')) continue;
    let k = d + 2;
    while (k < tokens.length && k - d < 8 && COMPASS.test(tokens[k]?.lower ?? '')) k++;
    const outer = all.find((m) => m.first === k && !m.inTitle && (m.kind === 'COUNTRY' || m.kind === 'PLACE'));
    if (!outer) continue;
    // The places before the region word: the last ends at (or just before) it, the others are listed before.
    const listed: Mention[] = [];
    let end = d;
    for (const m of [...all].sort((a, b) => b.first - a.first)) {
      if (m.first >= d || m.inTitle) continue;
      if (m.kind !== 'PLACE' || !(m.last === end || m.last === end + 1)) break;
      listed.push(m);
      end = tokens[m.first - 1]?.lower === 'and' && tokens[m.first - 2]?.text === ',' ? m.first - 2 : m.first - 1;
      if (!/^(,|and)$/.test(tokens[m.first - 1]?.lower ?? '')) break;
    }
    for (const m of listed) add('LOCATED_IN', m, outer, 0.8, 'place:region-of', [d]);
  }
}

/**
 * "Goma, Congo", "in Lashio, Myanmar,": a place and, after a comma, the state it lies in. Not in a list of names
 * ("Cairo, Egypt and Qatar"): the state must end the phrase.
 */
function placeCommaState(tokens: readonly Token[], all: Mention[], add: Add): void {
  for (const place of all) {
    if (place.kind !== 'PLACE' || place.inTitle || tokens[place.last]?.text !== ',') continue;
    // "Varnok, the Russian Federation": a state's formal name takes its article.
    const at = tokens[place.last + 1]?.lower === 'the' ? place.last + 2 : place.last + 1;
    const state = all.find((m) => m.first === at && m.kind === 'COUNTRY' && m.form === 'name' && !m.inTitle);
    if (!state) continue;
    const known = gazetteer().countryOfPlace.get(place.entityId);
    if (known ? known !== state.entityId : !(endsPhrase(tokens, state.last) && /^(in|at|near|from|of|to)$/.test(tokens[place.first - 1]?.lower ?? ''))) continue;
    add('LOCATED_IN', place, state, 0.8, 'place:comma', []);
  }
}

/** Whether token `k` ends a noun phrase rather than going on with a list: punctuation or a lower-case word but "and". */
function endsPhrase(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return true;
  if (t.text === ',') return !tokens[k + 1]?.capitalized;
  if (/^[.;:)]$/.test(t.text)) return true;
  return t.isWord && !t.capitalized && t.lower !== 'and' && t.lower !== 'or';
}

/** Words between "In <place>," and the collective that acts there: "In Tbilisi, thousands of protesters …". */
const QUANTITY = /^(thousands|hundreds|dozens|tens|scores|of|many|some|the|several|more|than|\d[\d,]*)$/;

/** "protesters in Tbilisi", "In Tbilisi, thousands of protesters marched": the collective is in the city. */
function collectivesIn(tokens: readonly Token[], all: Mention[], add: Add): void {
  const cities = all.filter((m) => m.kind === 'PLACE' && !m.inTitle);
  for (const group of all) {
    if (group.kind !== 'GROUP' || !ACTOR_KINDS.has(group.kind)) continue;
    const after = tokens[group.last]?.lower === 'in' ? cities.find((m) => m.first === group.last + 1) : undefined;
    if (after) add('LOCATED_IN', group, after, 0.75, 'group:in', []);
    // "In (the capital,) Tbilisi, (thousands of) protesters …" at the start of the sentence.
    let k = group.first - 1;
    while (k > 0 && QUANTITY.test(tokens[k]?.lower ?? '')) k--;
    if (tokens[k]?.text !== ',') continue;
    const city = cities.find((m) => m.last === k);
    if (!city) continue;
    let j = city.first - 1;
    if (tokens[j]?.text === ',' && tokens[j - 1]?.lower === 'capital') j -= tokens[j - 2]?.lower === 'the' ? 3 : 2;
    if (j === 0 && tokens[0]?.lower === 'in') add('LOCATED_IN', group, city, 0.75, 'group:in-place', []);
  }
}
