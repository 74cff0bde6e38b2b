// Arrests (173), releases (0841) and captives held: told without an agent, through a warrant, as a noun ("the
// arrest of X by Y", "the release of hostages held by X") or as captives taken.
import { actorBefore, BOUNDARY_WORDS, targetAfter } from './clauses';
import { describedTargetAfter } from './describedTargets';
import { gerundSubjectEnd } from './denials';
import { hedged } from './hedges';
import type { Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';
import { gazetteer } from './gazetteer';
import { CAPTIVES, POSSESSIVE, STATES_AND_GROUPS } from './hostileWords';
import { CAPTIVE_ONLY_HEADS } from './captiveNames';

const OFFICES = /^(president|minister|premier|leader|mayor|governor|senator|lawmaker|legislator|deputy|general|chancellor|opposition|official|chief)$/;
const ARREST_FORMS = /^(arrested|detained|apprehended|jailed|imprisoned)$/;

/** The state an arrest was made in: "(arrested) at the airport in Lima", "(held) in Iran". */
function stateWhere(tokens: readonly Token[], all: Mention[], from: number): Mention | undefined {
  for (let j = from; j < Math.min(tokens.length, from + 8); j++) {
    const t = tokens[j];
    if (!t || t.text === ',' || t.text === ';' || BOUNDARY_WORDS.has(t.lower)) return undefined;
    if (!/^(in|at)$/.test(t.lower)) continue;
    const m = all.find((x) => x.first > j && x.first <= j + 3 && !x.inTitle && (x.kind === 'PLACE' || x.kind === 'COUNTRY'));
    if (!m) continue;
    if (m.kind === 'COUNTRY') return m;
    const country = gazetteer().countryOfPlace.get(m.entityId);
    return country ? { ...m, entityId: country, kind: 'COUNTRY' } : undefined;
  }
  return undefined;
}

/**
 * "Ex-president Ana Ruiz was detained in Lima", "activists were detained in Minsk":
 * an arrest told without its agent is the state's where it was made, else the state of a person's own title.
 */
export function arrestsWithoutAgent(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 1; v < tokens.length; v++) {
    // "X is being held in Iran": held, of a person, is detention; of hostages it is captivity (HOLDS_CAPTIVE).
    const heldPerson = tokens[v]?.lower === 'held';
    if ((!ARREST_FORMS.test(tokens[v]?.lower ?? '') && !heldPerson) || tokens[v + 1]?.lower === 'by') continue;
    if (!/^(was|were|been|being|is|are|get|got)$/.test(tokens[v - 1]?.lower ?? '') || hedged(tokens, v - 1)) continue;
    const held = actorBefore(actors, all, tokens, v, 4).filter((m) => m.kind === 'PERSON' || (m.kind === 'GROUP' && !heldPerson));
    if (held.length === 0) continue;
    const where = stateWhere(tokens, all, v + 1);
    for (const p of held) {
      // A title's state ("Philippine president"): the person's own state, which arrests most of its own.
      // Only an office says so: an "American journalist" arrested is usually held abroad.
      const own = p.kind === 'PERSON' ? all.find((m) => m.inTitle && m.kind === 'COUNTRY' && m.last <= p.first && p.first - m.last <= 3
        && tokens.slice(m.last, p.first).some((t) => OFFICES.test(t.lower))) : undefined;
      const state = where ?? own;
      if (state && state.entityId !== p.entityId) add('DETAINS', state, p, where ? 0.75 : 0.7, where ? 'arrest:where' : 'arrest:own-state', [v]);
    }
  }
}

/** "arrested … over a warrant issued by the ICC", "detained on an ICC warrant": the court that wants them detains. */
export function arrestsByWarrant(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 1; v < tokens.length; v++) {
    if (!ARREST_FORMS.test(tokens[v]?.lower ?? '')) continue;
    if (!/^(was|were|been|being|is|are)$/.test(tokens[v - 1]?.lower ?? '') || hedged(tokens, v - 1)) continue;
    let w = v + 1;
    while (w < tokens.length && w - v <= 10 && tokens[w]?.lower !== 'warrant') {
      const t = tokens[w];
      if (!t || t.text === ',' || t.text === ';' || (BOUNDARY_WORDS.has(t.lower) && t.lower !== 'following')) { w = -1; break; }
      w++;
    }
    if (tokens[w]?.lower !== 'warrant') continue;
    const issuers = tokens[w + 1]?.lower === 'issued' && tokens[w + 2]?.lower === 'by'
      ? targetAfter(actors, all, tokens, w + 3, 2)
      : actorBefore(actors, all, tokens, w, 2);
    const held = actorBefore(actors, all, tokens, v, 4).filter((m) => m.kind === 'PERSON' || m.kind === 'GROUP');
    for (const a of issuers.filter(STATES_AND_GROUPS)) for (const p of held) add('DETAINS', a, p, 0.8, 'arrest:warrant', [v, w]);
  }
}

/** The person or collective a few words on, past a title ("of former Prime Minister X"); none past a clause's end. */
function personAfter(tokens: readonly Token[], actors: Mention[], from: number): Mention[] {
  const m = actors.find((x) => x.first >= from && x.first <= from + 6);
  if (!m || (m.kind !== 'PERSON' && m.kind !== 'GROUP')) return [];
  return tokens.slice(from, m.first).every((t) => t.isWord && !BOUNDARY_WORDS.has(t.lower) && t.lower !== 'by') ? [m] : [];
}

/** "the arrest of X by Y", "Y's arrest of X", "X's arrest by Y", "Y took X into custody". */
export function arrestNouns(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k]?.lower ?? '';
    if (/^(took|take|takes|taking)$/.test(w) && !hedged(tokens, k)) {
      let held = targetAfter(actors, all, tokens, k + 1, 3).filter((m) => m.kind === 'PERSON' || m.kind === 'GROUP');
      // "took activist X into custody": the person named after what they are.
      if (held.length === 0) held = describedTargetAfter(actors, all, tokens, k + 1);
      const last = held[held.length - 1];
      if (!last || tokens[last.last]?.lower !== 'into' || tokens[last.last + 1]?.lower !== 'custody') continue;
      for (const a of actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, k)).filter(STATES_AND_GROUPS)) for (const p of held) add('DETAINS', a, p, 0.85, 'arrest:custody', [k, last.last + 1]);
      continue;
    }
    if (!/^(arrest|detention|arrests|capture|abduction|kidnapping|abductions|kidnappings)$/.test(w) || hedged(tokens, k)) continue;
    // "Y's abduction of X": who took a person holds them (181); an arrest is custody (173).
    const type = /^(abduction|kidnapping|abductions|kidnappings)$/.test(w) ? 'HOLDS_CAPTIVE' : 'DETAINS';
    const owner = POSSESSIVE.test(tokens[k - 1]?.text ?? '') ? actors.find((m) => m.last === k - 1) : undefined;
    if (tokens[k + 1]?.lower === 'of') {
      const named = personAfter(tokens, actors, k + 2);
      const held = named.length > 0 ? named : describedTargetAfter(actors, all, tokens, k + 2);
      const last = held[held.length - 1];
      const agents = owner && STATES_AND_GROUPS(owner) ? [owner]
        : last && tokens[last.last]?.lower === 'by' ? targetAfter(actors, all, tokens, last.last + 1, 2).filter(STATES_AND_GROUPS) : [];
      for (const a of agents) for (const p of held) add(type, a, p, 0.8, `arrest:${w}-of`, [k]);
    } else if (tokens[k + 1]?.lower === 'by' && owner && (owner.kind === 'PERSON' || owner.kind === 'GROUP')) {
      for (const a of targetAfter(actors, all, tokens, k + 2, 2).filter(STATES_AND_GROUPS)) add(type, a, owner, 0.8, `arrest:${w}-by`, [k]);
    }
  }
}


/**
 * "the release of Israeli hostages held by Hamas", "Russia's release of 50 Ukrainian prisoners", "the release of
 * the detainees by Israel": who frees captives (0841) is who held them.
 */
export function releaseNouns(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 0; k < tokens.length; k++) {
    if (!/^(release|releases|freeing|handover)$/.test(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'of' || hedged(tokens, k)) continue;
    // "the release of aid worker X": the person named after what they are, else the captives.
    const described = describedTargetAfter(actors, all, tokens, k + 2);
    const freed = described.length > 0 ? described : targetAfter(actors, all, tokens, k + 2, 4).filter((m) => m.kind === 'GROUP' || m.kind === 'PERSON');
    const last = freed[freed.length - 1];
    if (!last || (last.kind === 'GROUP' && !CAPTIVES.test(tokens[last.last - 1]?.lower ?? ''))) continue;
    const owner = POSSESSIVE.test(tokens[k - 1]?.text ?? '') ? actors.find((m) => m.last === k - 1 && STATES_AND_GROUPS(m)) : undefined;
    let by = last.last;
    if (/^(held|still|being|kept)$/.test(tokens[by]?.lower ?? '')) {
      while (/^(held|still|being|kept|captive|hostage)$/.test(tokens[by]?.lower ?? '')) by++;
    } else if (tokens[by]?.lower !== 'by') by = -1;
    const holders = owner ? [owner] : by >= 0 && tokens[by]?.lower === 'by' ? targetAfter(actors, all, tokens, by + 1, 2).filter(STATES_AND_GROUPS) : [];
    for (const a of holders) for (const p of freed) add('RELEASED', a, p, 0.8, 'release:noun', [k]);
  }
}

/** Collectives that are captives only once taken: a ship's crew, schoolchildren. */
const TAKEN_PEOPLE = /^(crew|crews|sailors|seafarers|schoolgirls|schoolchildren|students|fishermen|villagers|soldiers|women|men|children|girls|boys|citizens|nationals|tourists|servicemen|troops)$/;

/**
 * "Hamas took 251 hostages", "the hostages taken by Hamas", "captives seized by the group": who took captives
 * holds them (HOLDS_CAPTIVE).
 */
export function captivesTaken(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (const group of all) {
    // "seized the crew", "abducted 276 schoolgirls": people taken are captives once taken.
    if (group.kind !== 'GROUP' || !(CAPTIVES.test(tokens[group.last - 1]?.lower ?? '') || TAKEN_PEOPLE.test(tokens[group.last - 1]?.lower ?? ''))) continue;
    const v = group.last;
    if (/^(taken|seized|abducted|kidnapped|captured)$/.test(tokens[v]?.lower ?? '') && tokens[v + 1]?.lower === 'by' && !hedged(tokens, v)) {
      for (const a of targetAfter(actors, all, tokens, v + 2, 2).filter(STATES_AND_GROUPS)) add('HOLDS_CAPTIVE', a, group, 0.85, 'captive:taken-by', [v]);
    }
    let t = group.first - 1;
    while (t > 0 && /^(\d[\d,]*|some|about|around|more|than|over|dozens|hundreds|of|the|at|least|many|several|two|three|four|five|six|seven|eight|nine|ten)$/.test(tokens[t]?.lower ?? '')) t--;
    if (/^(took|take|takes|taking|taken|seized|abducted|kidnapped|captured)$/.test(tokens[t]?.lower ?? '') && !hedged(tokens, t)) {
      for (const a of actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, t)).filter(STATES_AND_GROUPS)) add('HOLDS_CAPTIVE', a, group, 0.85, 'captive:took', [t]);
    }
  }
}

/**
 * "Russia and Ukraine exchanged 90 prisoners of war", "X swapped detainees with Y": in a swap each side frees
 * the captives it held (0841), so each side RELEASED the collective.
 */
export function prisonerSwaps(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 1; v < tokens.length; v++) {
    if (!/^(exchanged|exchange|exchanges|swapped|swap|swaps|traded)$/.test(tokens[v]?.lower ?? '') || hedged(tokens, v) || tokens[v - 1]?.lower === 'to') continue;
    // "exchanged 90 prisoners of war", "swapped 32 soldiers": captives, or people the swap makes captives (captiveNames.ts).
    const captives = describedTargetAfter(actors, all, tokens, v + 1).filter((m) => m.kind === 'GROUP' && tokens.slice(m.first, m.last).some((t) => CAPTIVES.test(t.lower) || CAPTIVE_ONLY_HEADS.has(t.lower)));
    const last = captives[captives.length - 1];
    if (!last) continue;
    const sides = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter(STATES_AND_GROUPS);
    let w = last.last;
    while (/^(each|apiece|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(tokens[w]?.lower ?? '') && tokens[w]?.lower !== 'with') w++;
    const partners = tokens[w]?.lower === 'with' ? targetAfter(actors, all, tokens, w + 1, 2).filter(STATES_AND_GROUPS) : [];
    if (sides.length + partners.length < 2) continue;
    for (const a of [...sides, ...partners]) for (const p of captives) add('RELEASED', a, p, 0.75, 'release:swap', [v]);
  }
}

/** After "held X": what makes "held" a judgement or a meeting, not custody ("held X responsible", "held X in esteem"). */
const HELD_AS = /^(responsible|accountable|liable|in|up|back|to|as|hostage|captive)$/;
/** Before "held by": a person held in the passive ("X has been held by Peru since 2021"). */
const PASSIVE_HELD = /^(been|was|were|is|are|being)$/;

/** "X has been held by Peru since 2021", "Y is being held by the militia": the holder after "by". */
function heldBy(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, add: Add): void {
  if (!PASSIVE_HELD.test(tokens[v - 1]?.lower ?? '')) return;
  let b = v - 1;
  while (b > 0 && /^(been|was|were|is|are|being|has|have|had|reportedly|still|also)$/.test(tokens[b - 1]?.lower ?? '')) b--;
  const person = actors.find((m) => m.last === b && m.kind === 'PERSON' && !m.inTitle);
  if (!person) return;
  for (const a of targetAfter(actors, all, tokens, v + 2, 2).filter(STATES_AND_GROUPS)) add(a.kind === 'COUNTRY' ? 'DETAINS' : 'HOLDS_CAPTIVE', a, person, 0.8, 'captive:held-by-passive', [v]);
}

const SEIZE_FORMS = /^(seized|seize|seizes|seizing|captured|capture|captures|capturing|grabbed|snatched)$/;
const HELD_FORMS = /^(holding|holds|held|hold)$/;

/**
 * People seized or held, named after what they are: "Ecuador's police seized former vice president X" (a state's
 * seizure is an arrest, 173), "the militia captured aid worker X", "the group is holding Israeli captive X" (anyone
 * else holds a captive, 181). Collectives taken are captivesTaken's; places seized are placesTaken.ts's.
 */
export function peopleSeized(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 1; v < tokens.length; v++) {
    const w = tokens[v]?.lower ?? '';
    const seize = SEIZE_FORMS.test(w);
    if (!(seize || HELD_FORMS.test(w)) || hedged(tokens, v) || tokens[v - 1]?.lower === 'to') continue;
    if (tokens[v + 1]?.lower === 'by') {
      if (!seize) heldBy(tokens, actors, all, v, add);
      continue;
    }
    // "seized power and ousted X", "captured the town, freeing X": a thing taken first is no person seized.
    if (seize && !/^(former|ex|ousted|opposition|president|the|a|an|activist|journalist|aid|general|commander|leader)$/.test(tokens[v + 1]?.lower ?? '') && !tokens[v + 1]?.capitalized) continue;
    const people = describedTargetAfter(actors, all, tokens, v + 1).filter((m) => m.kind === 'PERSON');
    const first = people[0];
    if (!first) continue;
    // Held: one called a captive or hostage, or a person held outright ("Peru has held X since 2021"); "held talks
    // with X" and "holds X responsible" are no captivity.
    const called = tokens.slice(v + 1, first.first).some((t) => /^(captive|hostage|prisoner|detainee|abductee)$/.test(t.lower))
      || /^(hostage|captive|prisoner)$/.test(tokens[first.last]?.lower ?? '');
    const outright = first.first === v + 1 && !HELD_AS.test(tokens[first.last]?.lower ?? '');
    if (!seize && !called && !outright) continue;
    for (const a of actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter(STATES_AND_GROUPS)) {
      // A state that seizes or holds a person outright detains them (173); anyone else, or a captive so called, is held (181).
      const type = (seize || outright) && !called && a.kind === 'COUNTRY' ? 'DETAINS' : 'HOLDS_CAPTIVE';
      for (const p of people) add(type, a, p, 0.8, seize ? 'captive:seized' : called ? 'captive:held-person' : 'captive:held-outright', [v]);
    }
  }
}
