// Strikes (CAMEO 18x/195) told in ways the verb and noun rules of relations.ts miss: by their agent ("strikes by X
// on Y"), in a place ("X carried out a bombing in Y"), from the side struck ("Y came under attack from X"), led.
import { actorBefore, BOUNDARY_WORDS, placeOfObject, targetAfter, targetsInClause, WATERS } from './clauses';
import { gerundSubjectEnd } from './denials';
import { hedged } from './hedges';
import { ACTOR_KINDS, type Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';
import { STATES_AND_GROUPS, STRIKE_NOUNS, WAR_NOUNS } from './hostileWords';


/** "air strikes by Israel on Damascus", "attacks by the Houthis against shipping": the agent after "by" struck. */
export function strikesByAgent(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 0; k < tokens.length; k++) {
    if (!STRIKE_NOUNS.test(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'by' || hedged(tokens, k)) continue;
    const agents = targetAfter(actors, all, tokens, k + 2, 3).filter(STATES_AND_GROUPS);
    const lastAgent = agents[agents.length - 1];
    if (!lastAgent) continue;
    let p = lastAgent.last;
    // "by Freedonia's military": past the owner's mark to its forces.
    if (/^(['’]s)$/.test(tokens[p]?.text ?? '') && /^(forces|troops|military|army|jets|warplanes|drones|aircraft|navy)$/.test(tokens[p + 1]?.lower ?? '')) p++;
    while (/^(forces|troops|military|army|jets|warplanes|drones|aircraft|navy)$/.test(tokens[p]?.lower ?? '')) p++;
    const prep = tokens[p]?.lower ?? '';
    // "air strikes by X around the town of Y": a place hit around, near or in.
    if (!/^(on|against|in|across|around|near)$/.test(prep)) continue;
    const targets = targetAfter(actors, all, tokens, p + 1, 3).filter((m) => (/^(in|across|around|near)$/.test(prep) ? m.kind === 'PLACE' || m.kind === 'COUNTRY' : ACTOR_KINDS.has(m.kind) || m.kind === 'PLACE'));
    for (const a of agents) for (const b of targets) add('STRUCK', a, b, 0.85, `strike:by`, [k]);
  }
}

const LIGHT_VERBS = /^(carried|carry|carries|carrying|launched|launch|launches|conducted|conduct|conducts|staged|stage|stages|mounted|executed|executing|perpetrated|perpetrating|orchestrated|orchestrating|directed|directing)$/;

/** "The group carried out a bombing at a market in Quito": a strike on the place where it struck. */
export function bombingsIn(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    if (!LIGHT_VERBS.test(tokens[v]?.lower ?? '') || hedged(tokens, v)) continue;
    let k = v + 1;
    if (tokens[k]?.lower === 'out') k++;
    while (k < tokens.length && k - v <= 5 && /^(a|an|the|deadly|suicide|car|truck|bomb|twin|major|massive|fresh|new|several|series|of|drone|missile|air|aerial|rocket|two|three|four|five|antisemitic|terrorist|terror|coordinated|simultaneous|armed)$/.test(tokens[k]?.lower ?? '')) k++;
    if (!STRIKE_NOUNS.test(tokens[k]?.lower ?? '') || !/^(in|at)$/.test(tokens[k + 1]?.lower ?? '')) continue;
    // The first place named before the clause ends: "at a market in Quito".
    let place: Mention | undefined;
    for (let j = k + 2; j < Math.min(tokens.length, k + 10) && !place; j++) {
      const t = tokens[j];
      if (!t || t.text === ',' || t.text === ';' || BOUNDARY_WORDS.has(t.lower)) break;
      place = all.find((m) => m.first === j && !m.inTitle && (m.kind === 'PLACE' || m.kind === 'COUNTRY'));
    }
    if (!place) continue;
    // "attacks in the cities of X and Y": each place listed with the first was hit too.
    const places = [place];
    for (let last = place; /^(,|and)$/.test(tokens[last.last]?.text ?? '');) {
      const at = tokens[last.last + 1]?.lower === 'and' ? last.last + 2 : last.last + 1;
      const next = all.find((m) => m.first === at && !m.inTitle && (m.kind === 'PLACE' || m.kind === 'COUNTRY'));
      if (!next) break;
      places.push(next);
      last = next;
    }
    for (const a of actorBefore(actors, all, tokens, v).filter(STATES_AND_GROUPS)) for (const p of places) add('STRUCK', a, p, 0.8, `strike:${tokens[k]?.lower ?? ''}-in`, [v, k]);
  }
}

/** "Israeli strikes in southern Lebanon", "US airstrikes across Yemen": the owner struck the place named. */
export function strikesWhere(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 1; k < tokens.length; k++) {
    if (!STRIKE_NOUNS.test(tokens[k]?.lower ?? '') || !/^(in|across|near|around)$/.test(tokens[k + 1]?.lower ?? '') || hedged(tokens, k)) continue;
    const owners = actorBefore(actors, all, tokens, k, 1).filter(STATES_AND_GROUPS);
    if (owners.length === 0) continue;
    const places = targetAfter(actors, all, tokens, k + 2, 3).filter((m) => m.kind === 'PLACE' || m.kind === 'COUNTRY');
    for (const a of owners) for (const p of places) add('STRUCK', a, p, 0.8, `strike:${tokens[k + 1]?.lower ?? ''}`, [k]);
  }
}

/** Strike nouns that take their target with "of": "the bombardment of Gaza", "the shelling of Kharkiv". */
const STRIKE_OF_NOUNS = /^(bombardment|bombardments|shelling|bombing|bombings|blitz)$/;

/**
 * "Israel's bombardment of Gaza", "the Russian shelling of Kharkiv", "the bombing of Gaza by Israel": the owner (or
 * the agent after "by") struck the target after "of".
 */
export function strikesOwnedOf(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 1; k < tokens.length; k++) {
    if (!STRIKE_OF_NOUNS.test(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'of' || hedged(tokens, k)) continue;
    let j = k;
    while (j > 1 && /^(relentless|heavy|intense|indiscriminate|continued|ongoing|nightly|massive|aerial|artillery|air)$/.test(tokens[j - 1]?.lower ?? '')) j--;
    const targets = targetAfter(actors, all, tokens, k + 2, 3).filter((m) => ACTOR_KINDS.has(m.kind) || m.kind === 'PLACE');
    // "the bombing of Gaza by Israel": the striker after the target.
    const last = targets[targets.length - 1];
    const by = last && tokens[last.last]?.lower === 'by' ? targetAfter(actors, all, tokens, last.last + 1, 2) : [];
    const owners = [...actorBefore(actors, all, tokens, j, 1), ...by].filter(STATES_AND_GROUPS);
    for (const a of owners) for (const b of targets) add('STRUCK', a, b, 0.8, `strike:${tokens[k]?.lower ?? ''}-of`, [k]);
  }
}

/** Weapons whose owner, named before them, is the striker when they hit: "Russian missiles hit Kyiv". */
const WEAPONS = /^(missiles|missile|rockets|rocket|drones|drone|shells|warplanes|jets|bombs|artillery)$/;
const WEAPON_MODIFIERS = /^(air|aerial|ballistic|cruise|kamikaze|attack|fighter|heavy|overnight|latest|new)$/;
const HIT_VERBS = /^(hit|hits|struck|strikes|targeted|targets|pounded|pounds|slammed|destroyed|damaged)$/;

/**
 * "Russian missiles hit Kyiv", "US airstrikes have hit Houthi targets in Yemen", "Israeli jets struck Beirut": strikes
 * or weapons owned by a side, as the subject of a verb of hitting: the owner struck what they hit.
 */
export function strikesThatHit(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 1; k < tokens.length; k++) {
    const noun = tokens[k]?.lower ?? '';
    if (!STRIKE_NOUNS.test(noun) && !WEAPONS.test(noun)) continue;
    let v = k + 1;
    while (v <= k + 3 && /^(have|has|had|also|reportedly|again)$/.test(tokens[v]?.lower ?? '')) v++;
    if (!HIT_VERBS.test(tokens[v]?.lower ?? '') || hedged(tokens, v)) continue;
    let j = k;
    while (j > 1 && WEAPON_MODIFIERS.test(tokens[j - 1]?.lower ?? '')) j--;
    // The weapons are the subject, not what something else is "of" ("the price of Russian missiles hit a record").
    const owners = actors.filter((m) => m.last === j && STATES_AND_GROUPS(m) && !/^(of|for|with|about|on)$/.test(tokens[m.first - 1]?.lower ?? ''));
    if (owners.length === 0) continue;
    // What was hit: a name right after the verb, or targets, positions, bases … ("hit Houthi targets in Yemen").
    let o = v + 1;
    while (/^(the|a|an|several|multiple|dozens|of|at|least|military|key|strategic|energy|army|naval|air)$/.test(tokens[o]?.lower ?? '')) o++;
    const named = all.some((m) => m.first === o && !m.inTitle);
    const military = /^(targets|target|positions|sites|bases|base|facilities|infrastructure|buildings|areas|depots)$/.test(tokens[o]?.lower ?? '');
    // Else only the place a common-noun object stands in: "Russian missiles struck a hospital in Kyiv".
    const targets = targetsInClause(actors, tokens, v + 1, all).filter((m) => (ACTOR_KINDS.has(m.kind) || m.kind === 'PLACE') && !WATERS.test(m.entityId)
      && (named || military || (m.kind === 'PLACE' && placeOfObject(tokens, all, v + 1, m))));
    for (const a of owners) for (const b of targets) add('STRUCK', a, b, 0.8, `strike:${noun}-hit`, [k, v]);
  }
}

/**
 * "Kyiv came under attack from Russia", "the convoy came under fire by X", "attacks on shipping by the Houthis":
 * strikes told from the side struck, with the striker after "from" or "by".
 */
export function underFire(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 0; k < tokens.length; k++) {
    const noun = tokens[k]?.lower ?? '';
    if (k >= 2 && /^(came|come|comes|coming)$/.test(tokens[k - 2]?.lower ?? '') && tokens[k - 1]?.lower === 'under') {
      let n = k;
      while (/^(heavy|intense|renewed|sustained|massive|drone|missile|rocket|artillery|aerial|air)$/.test(tokens[n]?.lower ?? '')) n++;
      if (!/^(attack|fire|shelling|bombardment|bombing|assault)$/.test(tokens[n]?.lower ?? '') || !/^(from|by)$/.test(tokens[n + 1]?.lower ?? '') || hedged(tokens, k - 2)) continue;
      const struck = actorBefore(actors, all, tokens, k - 2).filter((m) => ACTOR_KINDS.has(m.kind) || m.kind === 'PLACE');
      const strikers = targetAfter(actors, all, tokens, n + 2, 3).filter(STATES_AND_GROUPS);
      for (const a of strikers) for (const b of struck) add('STRUCK', a, b, 0.8, 'strike:came-under', [n]);
      continue;
    }
    // "attacks on Y by X"
    if (!STRIKE_NOUNS.test(noun) || !/^(on|against)$/.test(tokens[k + 1]?.lower ?? '') || hedged(tokens, k)) continue;
    const struck = targetAfter(actors, all, tokens, k + 2, 3).filter((m) => ACTOR_KINDS.has(m.kind) || m.kind === 'PLACE');
    const last = struck[struck.length - 1];
    if (!last || tokens[last.last]?.lower !== 'by') continue;
    for (const a of targetAfter(actors, all, tokens, last.last + 1, 2).filter(STATES_AND_GROUPS)) for (const b of struck) add('STRUCK', a, b, 0.8, 'strike:on-by', [k]);
  }
}

/**
 * "the Hamas-led attack on Israel", "US-led strikes on the Houthis", "the Saudi-led offensive against the Houthis":
 * the leader of the attack struck (or, for an offensive or war, fought) the target.
 */
const AIRCRAFT = /^(drone|drones|jet|jets|aircraft|plane|planes|helicopter|helicopters|missile|missiles|warplane|warplanes|fighter|satellite|airliner|airliners)$/;

/** "Iran shot down a US drone", "the Houthis downed an American MQ-9": the owner's aircraft was struck. */
export function aircraftDowned(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    const w = tokens[v]?.lower ?? '';
    let k = v + 1;
    if (/^(shot|shoots|shooting|shoot)$/.test(w) && tokens[k]?.lower === 'down') k++;
    else if (!/^(downed|downs|downing)$/.test(w)) continue;
    if (hedged(tokens, v)) continue;
    if (/^(a|an|the|two|three|several|another)$/.test(tokens[k]?.lower ?? '')) k++;
    const owner = all.find((m) => m.first === k && !m.inTitle && STATES_AND_GROUPS(m));
    if (!owner) continue;
    let n = owner.last;
    if (/^(['’]s)$/.test(tokens[n]?.text ?? '')) n++;
    // A model name may stand between ("an American MQ-9 Reaper drone").
    while (n - owner.last <= 5 && !AIRCRAFT.test(tokens[n]?.lower ?? '') && ((tokens[n]?.isWord ?? false) || tokens[n]?.text === '-') && !BOUNDARY_WORDS.has(tokens[n]?.lower ?? '')) n++;
    if (!AIRCRAFT.test(tokens[n]?.lower ?? '')) continue;
    for (const a of actorBefore(actors, all, tokens, v).filter(STATES_AND_GROUPS)) add('STRUCK', a, owner, 0.8, 'strike:downed', [v, n]);
  }
}

/** Gerunds of attacking after "responsibility for". */
const STRIKE_GERUNDS = /^(targeting|attacking|striking|bombing|shelling|hitting)$/;

/** The first place named after "in" before the clause ends: "an army camp a few miles away in Y". */
function placeInClause(tokens: readonly Token[], all: Mention[], from: number): Mention[] {
  for (let j = from; j < Math.min(tokens.length, from + 12); j++) {
    const t = tokens[j];
    if (!t || t.text === ',' || t.text === ';' || BOUNDARY_WORDS.has(t.lower)) return [];
    if (t.lower !== 'in') continue;
    const at = tokens[j + 1]?.lower === 'the' ? j + 2 : j + 1;
    const place = all.find((m) => m.first === at && !m.inTitle && (m.kind === 'PLACE' || m.kind === 'COUNTRY'));
    // A sea or a strait says where a ship was, not what was hit.
    if (place && !/^(sea|gulf|ocean|strait|channel|bay|river)$/.test(tokens[place.last - 1]?.lower ?? '')) return [place];
  }
  return [];
}

/** "The Houthis claimed responsibility for an attack on a tanker", "X claimed the strike on Y": the claimant struck. */
export function claimedAttacks(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    const claimVerb = /^(claimed|claims|claiming|claim)$/.test(tokens[v]?.lower ?? '');
    // "X asserted / admitted / accepted responsibility for …": owning an attack is claiming it.
    const owned = /^(asserted|asserts|admitted|admits|accepted|accepts|took|takes)$/.test(tokens[v]?.lower ?? '') && tokens[v + 1]?.lower === 'responsibility';
    if ((!claimVerb && !owned) || hedged(tokens, v)) continue;
    let k = v + 1;
    if (tokens[k]?.lower === 'responsibility' && tokens[k + 1]?.lower === 'for') k += 2;
    else if (owned) continue;
    let targets: Mention[];
    if (STRIKE_GERUNDS.test(tokens[k]?.lower ?? '')) {
      // "claimed responsibility for targeting an army camp in Y": the object, else the place the object is in.
      targets = targetAfter(actors, all, tokens, k + 1, 4).filter((m) => ACTOR_KINDS.has(m.kind) || m.kind === 'PLACE');
      if (targets.length === 0) targets = placeInClause(tokens, all, k + 1);
    } else {
      while (k - v <= 7 && /^(a|an|the|deadly|drone|missile|rocket|suicide|bomb|car|twin|latest|recent|overnight|attacks?)$/.test(tokens[k]?.lower ?? '') && !STRIKE_NOUNS.test(tokens[k]?.lower ?? '')) k++;
      if (!STRIKE_NOUNS.test(tokens[k]?.lower ?? '') || !/^(on|against)$/.test(tokens[k + 1]?.lower ?? '')) continue;
      targets = targetAfter(actors, all, tokens, k + 2, 3).filter((m) => ACTOR_KINDS.has(m.kind) || m.kind === 'PLACE');
    }
    for (const a of actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter(STATES_AND_GROUPS)) for (const b of targets) add('STRUCK', a, b, 0.8, 'strike:claimed', [v, k]);
  }
}

export function ledAttacks(tokens: readonly Token[], all: Mention[], add: Add): void {
  const actors = all.filter((m) => !m.inTitle);
  for (const a of actors) {
    if (tokens[a.last]?.text !== '-' || tokens[a.last + 1]?.lower !== 'led' || !STATES_AND_GROUPS(a)) continue;
    let k = a.last + 2;
    while (k - a.last <= 5 && /^(military|air|naval|ground|coalition|deadly|surprise|cross-border|missile|drone|bombing)$/.test(tokens[k]?.lower ?? '')) k++;
    const noun = tokens[k]?.lower ?? '';
    const war = WAR_NOUNS.test(noun);
    if ((!war && !STRIKE_NOUNS.test(noun)) || !/^(on|against|of|in)$/.test(tokens[k + 1]?.lower ?? '') || hedged(tokens, a.first)) continue;
    const targets = targetAfter(actors, all, tokens, k + 2, 3).filter((m) => ACTOR_KINDS.has(m.kind) || m.kind === 'PLACE');
    for (const b of targets) add(war ? 'IN_CONFLICT_WITH' : 'STRUCK', a, b, 0.8, `led:${noun}`, [a.last + 1, k]);
  }
}
