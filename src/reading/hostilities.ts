// Hostilities told in ways the verb rules miss. Armed conflict (CAMEO 19x) is read here: wars, offensives and
// coups launched against a side, exchanges of fire, forces engaged (engagements.ts), wars owned by a pronoun or
// repelled and strikes told by a relative clause (hostileActsOwned.ts), clashes told after the sides' claims
// (clashesBefore.ts), sides that fought each other, rivals. Truces (truces.ts), strikes
// (strikesTold.ts), arrests, releases and captives (captivity.ts), sanctions (sanctionsTold.ts, sanctionLists.ts,
// sanctionsTargeting.ts, tradeBans.ts), aid cut
// (aidRestricted.ts), places taken
// (placesTaken.ts), craft driven off (vesselsDrivenOff.ts) and armed opposition to a government
// (armedOpposition.ts), warrants issued and captives taken (custodyTold.ts) are read by the files this one calls.
import { actorBefore, BOUNDARY_WORDS, targetAfter, WEEKDAYS } from './clauses';
import { gerundSubjectEnd } from './denials';
import { hedged } from './hedges';
import { ACTOR_KINDS, type Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';
import { POSSESSIVE, STATES_AND_GROUPS, STRIKE_NOUNS, WAR_NOUNS } from './hostileWords';
import { trucesNamed, trucesStruck } from './truces';
import { aircraftDowned, bombingsIn, claimedAttacks, ledAttacks, strikesByAgent, strikesOwnedOf, strikesThatHit, strikesWhere, underFire } from './strikesTold';
import { arrestNouns, arrestsByWarrant, arrestsWithoutAgent, captivesTaken, peopleSeized, prisonerSwaps, releaseNouns } from './captivity';
import { assetFreezes, sanctionedBodies, sanctionsSuffered, terrorDesignations } from './sanctionsTold';
import { aidRestricted } from './aidRestricted';
import { sanctionListings, sanctionsWidened } from './sanctionLists';
import { sanctionsThatTarget, thoseSanctioned } from './sanctionsTargeting';
import { tradeBans } from './tradeBans';
import { vesselsDrivenOff } from './vesselsDrivenOff';
import { armedOpposition } from './armedOpposition';
import { placesTaken } from './placesTaken';
import { takenCaptive, warrantsIssued } from './custodyTold';
import { engagements } from './engagements';
import { clashesBefore } from './clashesBefore';
import { invasionsRepelled, pronounWars, strikesThatTargeted } from './hostileActsOwned';

export function hostilities(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  warsLaunched(tokens, actors, all, add);
  warsByAgent(tokens, actors, all, add);
  firefights(tokens, actors, all, add);
  engagements(tokens, actors, all, add);
  clashesBefore(tokens, actors, all, add);
  pronounWars(tokens, actors, all, add);
  invasionsRepelled(tokens, actors, all, add);
  strikesThatTargeted(tokens, actors, all, add);
  foughtEachOther(tokens, actors, all, add);
  trucesStruck(tokens, actors, all, add);
  strikesByAgent(tokens, actors, all, add);
  bombingsIn(tokens, actors, all, add);
  arrestsWithoutAgent(tokens, actors, all, add);
  arrestsByWarrant(tokens, actors, all, add);
  warrantsIssued(tokens, actors, all, add);
  takenCaptive(tokens, actors, all, add);
  arrestNouns(tokens, actors, all, add);
  releaseNouns(tokens, actors, all, add);
  prisonerSwaps(tokens, actors, all, add);
  peopleSeized(tokens, actors, all, add);
  sanctionedBodies(tokens, actors, all, add);
  assetFreezes(tokens, actors, all, add);
  terrorDesignations(tokens, actors, all, add);
  sanctionsSuffered(tokens, actors, all, add);
  sanctionListings(tokens, actors, all, add);
  sanctionsWidened(tokens, actors, all, add);
  sanctionsThatTarget(tokens, actors, all, add);
  thoseSanctioned(tokens, actors, all, add);
  tradeBans(tokens, actors, all, add);
  aidRestricted(tokens, actors, all, add);
  strikesWhere(tokens, actors, all, add);
  strikesOwnedOf(tokens, actors, all, add);
  strikesThatHit(tokens, actors, all, add);
  underFire(tokens, actors, all, add);
  placesTaken(tokens, actors, all, add);
  vesselsDrivenOff(tokens, actors, all, add);
  armedOpposition(tokens, all, add);
  trucesNamed(tokens, actors, all, add);
  rivals(tokens, actors, all, add);
  ledAttacks(tokens, all, add);
  aircraftDowned(tokens, actors, all, add);
  claimedAttacks(tokens, actors, all, add);
  violenceOnCollectives(tokens, actors, all, add);
  captivesTaken(tokens, actors, all, add);
}

/** Verbs that start or carry on a war, offensive or invasion: the act is its subject's. */
const WAR_VERBS = /^(declared|declares|declaring|launched|launch|launches|launching|began|begun|begin|begins|started|start|starts|waged|wage|wages|waging|mounted|mount|mounts|resumed|resume|resumes|renewed|escalated|intensified|expanded|stepped|pressed|continued|continues|continuing|unleashed|staged|stages|staging|led|leads|leading|attempted|plotted|orchestrated)$/;
/** Seizures of power: "staged a failed coup (attempt) against President Y"; the plotter may be one person. */
const COUP_NOUNS = /^(coup|putsch|mutiny|uprising)$/;
/** Verbs that only carry a coup, never a war ("led a campaign" is no attack). */
const COUP_ONLY_VERBS = /^(led|leads|leading|attempted|plotted|orchestrated)$/;
/** Operations and campaigns are hostile only when called military ("a campaign for votes" is not). */
const NEEDS_MILITARY = /^(operations|operation|campaign)$/;

/** The last token of a when-phrase right after k ("on Tuesday", "Wednesday", "last week"), or k when there is none. */
function afterWhen(tokens: readonly Token[], k: number): number {
  const a = tokens[k + 1]?.lower ?? '';
  const b = tokens[k + 2]?.lower ?? '';
  if (WEEKDAYS.test(a)) return k + 1;
  if (a === 'on' && WEEKDAYS.test(b)) return k + 2;
  if (/^(last|this)$/.test(a) && /^(week|month|year|night|weekend)$/.test(b)) return k + 2;
  if (a === 'overnight' || a === 'yesterday') return k + 1;
  return k;
}
const WAR_MODIFIERS = /^(a|an|the|its|their|new|renewed|fresh|major|massive|large-scale|full-scale|ground|military|armed|air|counter|joint|brutal|bloody|deadly|surprise|long-awaited|sweeping|offensive|up|war|failed|botched|attempted|military|combat|security|anti|-|counter-terrorism|counterterrorism|anti-terrorist|anti-terror|terrorist|terror|police)$/;

/**
 * "X launched a renewed offensive against Y", "X waged war on Y", "X began its invasion of Y", "X began
 * military operations against Y": armed conflict (190), one way; a war has two sides, so both ways.
 */
function warsLaunched(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    if (!WAR_VERBS.test(tokens[v]?.lower ?? '') || hedged(tokens, v)) continue;
    let k = v + 1;
    while (k < tokens.length && k - v <= 5 && WAR_MODIFIERS.test(tokens[k]?.lower ?? '') && !WAR_NOUNS.test(tokens[k]?.lower ?? '')) k++;
    // "launched Operation Condor against Y": a named operation is an operation; its name runs to the preposition.
    const named = tokens[k]?.text === 'Operation' && tokens[k + 1]?.capitalized;
    if (named) while (k + 1 < tokens.length && k - v <= 6 && tokens[k + 1]?.capitalized) k++;
    const noun = named ? 'operation' : tokens[k]?.lower ?? '';
    if (!WAR_NOUNS.test(noun)) continue;
    const coup = COUP_NOUNS.test(noun);
    if (COUP_ONLY_VERBS.test(tokens[v]?.lower ?? '') && !coup) continue;
    // "a coup attempt against Y", "a coup d'état against Y": the coup's words run on before the preposition.
    if (coup) while (k + 1 < tokens.length && k - v <= 8 && /^(attempt|d|d'état|d’état|'|’|état|etat|-)$/.test(tokens[k + 1]?.lower ?? '')) k++;
    // "staged a coup on Tuesday against Y", "a coup last week against Y": when it happened may stand before the side.
    if (coup) k = afterWhen(tokens, k);
    let prep = tokens[k + 1]?.lower ?? '';
    // "launched Operation Condor, targeting nine sites in Y": what a named operation targets, where.
    let targeting = false;
    if (named && tokens[k + 1]?.text === ',' && /^(targeting|targetting|striking|hitting)$/.test(tokens[k + 2]?.lower ?? '')) {
      const j = tokens.slice(k + 3, k + 10).findIndex((t) => t.lower === 'in');
      if (j >= 0) { k = k + 2 + j; prep = 'in'; targeting = true; }
    }
    // "launched an operation against Y": an operation launched against a side is armed (a campaign may be for votes).
    const operationAgainst = (/^operations?$/.test(noun) && prep === 'against') || targeting;
    if (NEEDS_MILITARY.test(noun) && !operationAgainst && !tokens.slice(v + 1, k).some((t) => /^(military|ground|air|armed|combat|security)$/.test(t.lower))) continue;
    if (!/^(against|on|of|in|into)$/.test(prep)) continue;
    const place = prep === 'in' || prep === 'into';
    const targets = targetAfter(actors, all, tokens, k + 2, 3).filter((m) => (place ? m.kind === 'COUNTRY' || m.kind === 'PLACE' : ACTOR_KINDS.has(m.kind) || m.kind === 'PLACE'));
    const subjects = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter((m) => STATES_AND_GROUPS(m) || (coup && m.kind === 'PERSON'));
    for (const a of subjects) for (const b of targets) {
      if (a.entityId === b.entityId || (coup && prep !== 'against')) continue;
      add('IN_CONFLICT_WITH', a, b, 0.8, `war:${noun}`, [v, k]);
      if (noun === 'war' && b.kind !== 'PLACE') add('IN_CONFLICT_WITH', b, a, 0.8, `war:${noun}`, [v, k]);
    }
  }
}

/**
 * "the offensive by Azerbaijan against Armenia", "a military campaign by Turkey against the PKK", "the invasion of
 * Ukraine by Russia": a war noun whose side is named after "by" (190), one way; a war both ways.
 */
function warsByAgent(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 1; k < tokens.length; k++) {
    const noun = tokens[k]?.lower ?? '';
    if (!WAR_NOUNS.test(noun) || hedged(tokens, k)) continue;
    if (NEEDS_MILITARY.test(noun) && !/^(military|ground|air|armed|combat|security)$/.test(tokens[k - 1]?.lower ?? '')) continue;
    let agents: Mention[] = [];
    let targets: Mention[] = [];
    if (tokens[k + 1]?.lower === 'by') {
      // "the offensive by X against Y"
      agents = targetAfter(actors, all, tokens, k + 2, 2).filter(STATES_AND_GROUPS);
      const last = agents[agents.length - 1];
      if (last && /^(against|on)$/.test(tokens[last.last]?.lower ?? '')) targets = targetAfter(actors, all, tokens, last.last + 1, 3).filter(STATES_AND_GROUPS);
    } else if (tokens[k + 1]?.lower === 'of') {
      // "the invasion of Y by X"
      targets = targetAfter(actors, all, tokens, k + 2, 2).filter((m) => STATES_AND_GROUPS(m) || m.kind === 'PLACE');
      const last = targets[targets.length - 1];
      if (last && tokens[last.last]?.lower === 'by') agents = targetAfter(actors, all, tokens, last.last + 1, 2).filter(STATES_AND_GROUPS);
    }
    for (const a of agents) for (const b of targets) {
      add('IN_CONFLICT_WITH', a, b, 0.8, `war-by:${noun}`, [k]);
      if (noun === 'war' && b.kind !== 'PLACE') add('IN_CONFLICT_WITH', b, a, 0.8, `war-by:${noun}`, [k]);
    }
  }
}

const FIRE_NOUNS = /^(fire|gunfire|shots|artillery|rockets|blows)$/;
const ENGAGED_NOUNS = /^(conflict|clashes|clash|fighting|firefight|firefights|gunfight|gunfights|gunbattle|gunbattles|battle|battles|combat|skirmishes|skirmish|hostilities|exchange|exchanges|war)$/;
const FIRE_MODIFIERS = /^(heavy|near-daily|near|daily|-|sporadic|intense|cross-border|cross|border|rocket|gun|small-arms|small|arms|machine-gun|mortar|tank)$/;
const FIGHT_MODIFIERS = /^(a|an|the|bitter|decades-long|long-running|protracted|frozen|territorial|border|sustained|fierce|heavy|intense|armed|deadly|brief|prolonged|renewed|fresh|new|violent|bloody|direct|sporadic|an|of|fire|gunfire|exchange)$/;

/**
 * "X exchanged fire with Y", "X engaged in heavy fighting with Y", "X's clashes with Y": both
 * sides fight (190), so both ways.
 */
function firefights(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  const both = (subjects: Mention[], withAt: number, anchor: number, rule: string, statesOnly = false): void => {
    const sides = (m: Mention): boolean => (statesOnly ? m.kind === 'COUNTRY' : STATES_AND_GROUPS(m));
    const others = targetAfter(actors, all, tokens, withAt + 1, 4).filter(sides);
    for (const a of subjects.filter(sides)) for (const b of others) {
      add('IN_CONFLICT_WITH', a, b, 0.8, rule, [anchor]);
      add('IN_CONFLICT_WITH', b, a, 0.8, rule, [anchor]);
    }
  };
  for (let v = 0; v < tokens.length; v++) {
    const w = tokens[v]?.lower ?? '';
    // "traded heavy fire", "exchanged near-daily fire": a few describing words before the fire.
    let f = v + 1;
    for (let j = v + 1; j < tokens.length && j - v <= 4 && (FIRE_MODIFIERS.test(tokens[j]?.lower ?? '') || FIRE_NOUNS.test(tokens[j]?.lower ?? '')); j++) {
      if (FIRE_NOUNS.test(tokens[j]?.lower ?? '')) f = j;
    }
    if (/^(exchanged|exchange|exchanging|exchanges|traded|trading)$/.test(w) && FIRE_NOUNS.test(tokens[f]?.lower ?? '') && !hedged(tokens, v)) {
      const subjects = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter(STATES_AND_GROUPS);
      if (tokens[f + 1]?.lower === 'with') both(subjects, f + 1, v, 'fight:exchanged-fire');
      // "Israel and Hezbollah have been trading fire": the coordinated sides fire at each other.
      else for (const a of subjects) for (const b of subjects) if (subjects.length > 1) add('IN_CONFLICT_WITH', a, b, 0.8, 'fight:exchanged-fire', [v, f]);
      continue;
    }
    // "Israel has been at war with Hamas"; "Israel and Hamas have been at war since 2023": the coordinated sides.
    if (w === 'at' && tokens[v + 1]?.lower === 'war' && !hedged(tokens, v)) {
      const subjects = actorBefore(actors, all, tokens, v).filter(STATES_AND_GROUPS);
      if (tokens[v + 2]?.lower === 'with') both(subjects, v + 2, v + 1, 'fight:at-war-with');
      else if (subjects.length === 2) for (const a of subjects) for (const b of subjects) if (a !== b) add('IN_CONFLICT_WITH', a, b, 0.8, 'fight:at-war', [v, v + 1]);
      continue;
    }
    // "X engaged in heavy fighting with Y", "X is locked / embroiled / mired in a war with Y"; set off by commas after
    // its side ("the army, locked in a war with the RSF,") the participle describes the name before it.
    if (/^(engaged|engage|engages|engaging|locked|embroiled|mired|entangled|involved)$/.test(w) && tokens[v + 1]?.lower === 'in' && !hedged(tokens, v)) {
      let k = v + 2;
      let fight = false;
      while (k < tokens.length && k - v <= 8 && tokens[k]?.lower !== 'with') {
        const t = tokens[k]?.lower ?? '';
        if (ENGAGED_NOUNS.test(t)) fight = true;
        else if (!FIGHT_MODIFIERS.test(t)) break;
        k++;
      }
      let named = v - 1;
      while (named > 0 && tokens[named]?.text === ',' && /^(army|forces|military|government|troops|militia)$/.test(tokens[named - 1]?.lower ?? '')) named--;
      const setOff = tokens[v - 1]?.text === ',' ? actors.filter((m) => m.last === named || m.last === v - 1) : [];
      const sides = setOff.length > 0 ? setOff : actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v));
      if (fight && tokens[k]?.lower === 'with') both(sides, k, v, 'fight:engaged-in');
      // "Armenia and Azerbaijan have been locked in conflict since 1988": two sides locked in it fight each other
      // (allies are "engaged" or "involved" in a war together, never locked in one).
      else if (fight && setOff.length === 0 && /^(locked|embroiled|mired)$/.test(w)) {
        const pair = sides.filter(STATES_AND_GROUPS);
        if (pair.length === 2) for (const a of pair) for (const b of pair) if (a !== b) add('IN_CONFLICT_WITH', a, b, 0.8, 'fight:locked-in', [v]);
      }
      continue;
    }
    // "Hezbollah's clashes with Israel", "Ukraine's fight against Russia", "Iran's rivalry with Saudi Arabia",
    // "Cambodia's long-running border conflict with Thailand" (a few describing words between).
    let own = v - 1;
    while (own > 0 && v - own <= 4 && HOSTILITY_MODIFIERS.test(tokens[own]?.lower ?? '')) own--;
    if (OWNED_HOSTILITY.test(w) && /^(with|against)$/.test(tokens[v + 1]?.lower ?? '') && POSSESSIVE.test(tokens[own]?.text ?? '')) {
      const owner = actors.filter((m) => m.last === own);
      // Tensions and rivalries are hostility between states; parties have them too.
      both(owner, v + 1, v, `fight:${w}-${tokens[v + 1]?.lower ?? ''}`, /^(tensions|rivalry|feud|standoff|confrontation)$/.test(w));
    }
  }
}

const HOSTILITY_MODIFIERS = /^(border|territorial|armed|military|bloody|deadly|long-running|decades-old|ongoing|brief|bitter|renewed|latest|recent|-|long|running|decades|old|years|year)$/;
const OWNED_HOSTILITY = /^(clashes|fighting|battles|battle|war|conflict|hostilities|skirmishes|fight|struggle|tensions|rivalry|feud|standoff|confrontation)$/;
const RIVAL_NOUNS = /^(rival|rivals|arch-rival|archrival|arch-rivals|archrivals|adversary|adversaries|foe|foes|arch-foe|enemy|enemies|nemesis)$/;
const RIVAL_MODIFIERS = /^(its|their|the|a|bitter|old|longtime|long-time|regional|historic|historical|traditional|main|chief|sworn|fierce|neighboring|neighbouring|arch|-)$/;

/**
 * "Kosovo's bitter rival Serbia", "India and its arch-rival Pakistan", "longtime foes Iran and Israel", "X and Y,
 * longtime adversaries,": states
 * named rivals or enemies are in conflict both ways (190 at its weakest; coded at 0.7).
 */
function rivals(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 0; k < tokens.length; k++) {
    if (!RIVAL_NOUNS.test(tokens[k]?.lower ?? '')) continue;
    const after = targetAfter(actors, all, tokens, k + 1, 0).filter(STATES_AND_GROUPS);
    let j = k - 1;
    while (j >= 0 && k - j <= 4 && RIVAL_MODIFIERS.test(tokens[j]?.lower ?? '')) j--;
    let sides: Mention[] = [];
    // "longtime foes Iran and Israel": the two names after are the rivals.
    const owned = POSSESSIVE.test(tokens[j]?.text ?? '') || tokens[j]?.lower === 'and' || tokens.slice(j + 1, k).some((t) => /^(its|their)$/.test(t.lower));
    if (after.length === 2 && !owned) sides = after;
    // "The United States and Iran, longtime adversaries, …": the pair the apposition describes.
    if (after.length === 0 && tokens[j]?.text === ',' && /^(rivals|adversaries|foes|enemies|arch-rivals|archrivals)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.text === ',') {
      const pair = actorBefore(actors, all, tokens, j, 0).filter(STATES_AND_GROUPS);
      if (pair.length === 2) sides = pair;
    }
    if (sides.length === 0 && after.length === 1) {
      // The other side: a possessive owner ("Kosovo's rival"), or the name before "and its rival".
      const owner = POSSESSIVE.test(tokens[j]?.text ?? '') ? actors.find((m) => m.last === j && STATES_AND_GROUPS(m))
        : tokens[j]?.lower === 'and' && /^(its|their)$/.test(tokens[j + 1]?.lower ?? '') ? actors.find((m) => m.last === j && STATES_AND_GROUPS(m)) : undefined;
      const other = after[0];
      if (owner && other) sides = [owner, other];
    }
    const [a, b] = sides;
    // Parties and clubs have rivals too; only states' rivalry is hostility.
    if (!a || !b || a.kind !== 'COUNTRY' || b.kind !== 'COUNTRY' || hedged(tokens, k)) continue;
    add('IN_CONFLICT_WITH', a, b, 0.7, 'rivals', [k]);
    add('IN_CONFLICT_WITH', b, a, 0.7, 'rivals', [k]);
  }
}

/** "Ethiopia and Eritrea fought a border war", "the two sides battled for hours": coordinated sides fought each other. */
function foughtEachOther(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    if (!/^(fought|battled|warred)$/.test(tokens[v]?.lower ?? '') || hedged(tokens, v)) continue;
    const subjects = actorBefore(actors, all, tokens, v).filter(STATES_AND_GROUPS);
    // A name after the verb, even one not recognised ("fought al-Shabaab"), is a third side they fought.
    const next = tokens[v + 1]?.lower ?? '';
    // Allies fight "in" a place or "a common enemy" together: only a war or battle fought, or a fight over or for
    // something, or with each other, is against each other.
    // "a border war", "a five-day border war", "three wars": the noun within a few describing words.
    const warFought = /^(a|an|two|three|four|five|several|many|multiple|numerous)$/.test(next) && tokens.slice(v + 2, v + 8).some((t) => /^(war|wars|battle|battles|conflict|duel)$/.test(t.lower));
    // "have fought since 2023", "fought for years": a time told after the verb is their fight's.
    const over = /^(for|over|since)$/.test(next);
    const mutual = over || ((warFought || /^(each|one|bitterly|fiercely|\.)$/.test(next)) && !(tokens[v + 2]?.capitalized ?? false));
    // "fought many battles together against Spain": allies, not foes.
    const allied = tokens.slice(v + 1, v + 10).some((t) => /^(together|alongside|against|jointly)$/.test(t.lower));
    if (subjects.length < 2 || !mutual || allied || targetAfter(actors, all, tokens, v + 1, 3).some((m) => ACTOR_KINDS.has(m.kind))) continue;
    for (const a of subjects) for (const b of subjects) add('IN_CONFLICT_WITH', a, b, 0.8, 'fight:mutual', [v]);
  }
}

const VIOLENCE_VERBS = /^(killed|murdered|massacred|executed|tortured|beat|beaten|shot|gunned)$/;
/** Collectives whose deaths news reports as casualties, not as a side fought ("strikes killed 20 civilians"). */
const CASUALTIES = /^(civilians|villagers|pilgrims|refugees|migrants|students|journalists|fishermen)$/;

/**
 * "Chilean police and militias under their command beat armed smugglers", "the army killed dozens of
 * protesters": a state's or a group's violence against a collective is conflict with it (190),
 * one way; a strike that killed people is a casualty figure and is not read.
 */
function violenceOnCollectives(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 1; v < tokens.length; v++) {
    if (!VIOLENCE_VERBS.test(tokens[v]?.lower ?? '') || hedged(tokens, v) || tokens[v + 1]?.lower === 'by') continue;
    const victims = targetAfter(actors, all, tokens, v + 1, 4).filter((m) => m.kind === 'GROUP' && !CASUALTIES.test(tokens[m.last - 1]?.lower ?? ''));
    if (victims.length === 0) continue;
    let doers = actorBefore(actors, all, tokens, v).filter((m) => m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION');
    if (doers.length === 0) {
      // The nearest state or organization earlier in the clause, past a description ("… and militias under
      // their command"), with no strike or weapon between that would make it the strike's toll.
      const doer = [...actors].reverse().find((m) => m.last <= v && v - m.last <= 8 && (m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION'));
      const between = doer ? tokens.slice(doer.last, v) : [];
      if (doer && between.every((t) => t.isWord && !BOUNDARY_WORDS.has(t.lower) && !STRIKE_NOUNS.test(t.lower) && !/^(bomb|bombs|missile|missiles|drone|drones|shell|shells|fire|explosion|blast)$/.test(t.lower))) doers = [doer];
    }
    for (const a of doers) for (const b of victims) add('IN_CONFLICT_WITH', a, b, 0.7, `violence:${tokens[v]?.lower ?? ''}`, [v]);
  }
}
