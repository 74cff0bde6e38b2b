// Hostilities told in ways the verb rules miss: wars and offensives launched against a side, exchanges of fire,
// sides that fought each other, truces struck with a side, strikes told by their agent ("strikes by X on Y"),
// arrests told without their agent or through a warrant, and releases told as a noun ("the release of …").
// CAMEO 19x (fight), 0871 (ceasefire), 18x/195 (strikes), 173 (arrest), 0841 (release).
import { actorBefore, BOUNDARY_WORDS, targetAfter } from './clauses';
import { gerundSubjectEnd } from './denials';
import { gazetteer } from './gazetteer';
import { SANCTION_DESCRIPTION } from './sanctionedNames';
import { hedged } from './hedges';
import { ACTOR_KINDS, type Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';

const STATES_AND_GROUPS = (m: Mention): boolean => ACTOR_KINDS.has(m.kind) && m.kind !== 'PERSON';
const POSSESSIVE = /^(['’]s|['’])$/;

export function hostilities(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  warsLaunched(tokens, actors, all, add);
  firefights(tokens, actors, all, add);
  foughtEachOther(tokens, actors, all, add);
  trucesStruck(tokens, actors, all, add);
  strikesByAgent(tokens, actors, all, add);
  bombingsIn(tokens, actors, all, add);
  arrestsWithoutAgent(tokens, actors, all, add);
  arrestsByWarrant(tokens, actors, all, add);
  arrestNouns(tokens, actors, all, add);
  releaseNouns(tokens, actors, all, add);
  sanctionedBodies(tokens, actors, all, add);
  strikesWhere(tokens, actors, all, add);
  underFire(tokens, actors, all, add);
  placesTaken(tokens, actors, all, add);
  trucesNamed(tokens, actors, all, add);
  rivals(tokens, actors, all, add);
  ledAttacks(tokens, all, add);
  captivesTaken(tokens, actors, all, add);
}

/** Verbs that start or carry on a war, offensive or invasion: the act is its subject's. */
const WAR_VERBS = /^(launched|launch|launches|launching|began|begun|begin|begins|started|start|starts|waged|wage|wages|waging|mounted|mount|mounts|resumed|resume|resumes|renewed|escalated|intensified|expanded|stepped|pressed|continued|continues|continuing|unleashed)$/;
const WAR_NOUNS = /^(offensive|offensives|counteroffensive|counter-offensive|invasion|incursion|incursions|war|operations|operation|campaign|crackdown|insurgency)$/;
/** Operations and campaigns are hostile only when called military ("a campaign for votes" is not). */
const NEEDS_MILITARY = /^(operations|operation|campaign)$/;
const WAR_MODIFIERS = /^(a|an|the|its|their|new|renewed|fresh|major|massive|large-scale|full-scale|ground|military|armed|air|counter|joint|brutal|bloody|deadly|surprise|long-awaited|sweeping|offensive|up|war|combat|security)$/;

/**
 * "X launched a renewed offensive against Y", "X waged war on Y", "X began its invasion of Y", "X began
 * military operations against Y": armed conflict (190), one way; a war has two sides, so both ways.
 */
function warsLaunched(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    if (!WAR_VERBS.test(tokens[v]?.lower ?? '') || hedged(tokens, v)) continue;
    let k = v + 1;
    while (k < tokens.length && k - v <= 5 && WAR_MODIFIERS.test(tokens[k]?.lower ?? '') && !WAR_NOUNS.test(tokens[k]?.lower ?? '')) k++;
    const noun = tokens[k]?.lower ?? '';
    if (!WAR_NOUNS.test(noun)) continue;
    if (NEEDS_MILITARY.test(noun) && !tokens.slice(v + 1, k).some((t) => /^(military|ground|air|armed|combat|security)$/.test(t.lower))) continue;
    const prep = tokens[k + 1]?.lower ?? '';
    if (!/^(against|on|of|in|into)$/.test(prep)) continue;
    const place = prep === 'in' || prep === 'into';
    const targets = targetAfter(actors, all, tokens, k + 2, 3).filter((m) => (place ? m.kind === 'COUNTRY' || m.kind === 'PLACE' : ACTOR_KINDS.has(m.kind) || m.kind === 'PLACE'));
    const subjects = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter(STATES_AND_GROUPS);
    for (const a of subjects) for (const b of targets) {
      add('IN_CONFLICT_WITH', a, b, 0.8, `war:${noun}`, [v, k]);
      if (noun === 'war' && b.kind !== 'PLACE') add('IN_CONFLICT_WITH', b, a, 0.8, `war:${noun}`, [v, k]);
    }
  }
}

const FIRE_NOUNS = /^(fire|gunfire|shots|artillery|rockets|blows)$/;
const ENGAGED_NOUNS = /^(clashes|clash|fighting|firefight|firefights|gunfight|gunfights|gunbattle|gunbattles|battle|battles|combat|skirmishes|skirmish|hostilities|exchange|exchanges|war)$/;
const FIGHT_MODIFIERS = /^(a|an|the|sustained|fierce|heavy|intense|armed|deadly|brief|prolonged|renewed|fresh|new|violent|bloody|direct|sporadic|an|of|fire|gunfire|exchange)$/;

/**
 * "X exchanged fire with Y", "X engaged in a sustained exchange of fire with Y", "X's clashes with Y": both
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
    if (/^(exchanged|exchange|exchanging|exchanges|traded|trading)$/.test(w) && FIRE_NOUNS.test(tokens[v + 1]?.lower ?? '') && !hedged(tokens, v)) {
      const subjects = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter(STATES_AND_GROUPS);
      if (tokens[v + 2]?.lower === 'with') both(subjects, v + 2, v, 'fight:exchanged-fire');
      // "Israel and Hezbollah have been trading fire": the coordinated sides fire at each other.
      else for (const a of subjects) for (const b of subjects) if (subjects.length > 1) add('IN_CONFLICT_WITH', a, b, 0.8, 'fight:exchanged-fire', [v, v + 1]);
      continue;
    }
    // "Israel has been at war with Hamas"
    if (w === 'at' && tokens[v + 1]?.lower === 'war' && tokens[v + 2]?.lower === 'with' && !hedged(tokens, v)) {
      both(actorBefore(actors, all, tokens, v), v + 2, v + 1, 'fight:at-war-with');
      continue;
    }
    if (/^(engaged|engage|engages|engaging)$/.test(w) && tokens[v + 1]?.lower === 'in' && !hedged(tokens, v)) {
      let k = v + 2;
      let fight = false;
      while (k < tokens.length && k - v <= 8 && tokens[k]?.lower !== 'with') {
        const t = tokens[k]?.lower ?? '';
        if (ENGAGED_NOUNS.test(t)) fight = true;
        else if (!FIGHT_MODIFIERS.test(t)) break;
        k++;
      }
      if (fight && tokens[k]?.lower === 'with') both(actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)), k, v, 'fight:engaged-in');
      continue;
    }
    // "Hezbollah's clashes with Israel", "Ukraine's fight against Russia", "Iran's rivalry with Saudi Arabia".
    if (OWNED_HOSTILITY.test(w) && /^(with|against)$/.test(tokens[v + 1]?.lower ?? '') && POSSESSIVE.test(tokens[v - 1]?.text ?? '')) {
      const owner = actors.filter((m) => m.last === v - 1);
      // Tensions and rivalries are hostility between states; parties have them too.
      both(owner, v + 1, v, `fight:${w}-${tokens[v + 1]?.lower ?? ''}`, /^(tensions|rivalry|feud|standoff|confrontation)$/.test(w));
    }
  }
}

const OWNED_HOSTILITY = /^(clashes|fighting|battles|battle|war|conflict|hostilities|skirmishes|fight|struggle|tensions|rivalry|feud|standoff|confrontation)$/;
const RIVAL_NOUNS = /^(rival|rivals|arch-rival|archrival|arch-rivals|archrivals|adversary|adversaries|foe|foes|arch-foe|enemy|enemies|nemesis)$/;
const RIVAL_MODIFIERS = /^(its|their|the|a|bitter|old|longtime|long-time|regional|historic|historical|traditional|main|chief|sworn|fierce|neighboring|neighbouring|arch|-)$/;

/**
 * "Kosovo's bitter rival Serbia", "India and its arch-rival Pakistan", "longtime foes Iran and Israel": states
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
    const mutual = /^(each|one|a|an|for|over|in|on|at|along|near|during|until|from|since|bitterly|fiercely|,|\.)$/.test(next) && !(tokens[v + 2]?.capitalized ?? false);
    if (subjects.length < 2 || !mutual || targetAfter(actors, all, tokens, v + 1, 3).some((m) => ACTOR_KINDS.has(m.kind))) continue;
    for (const a of subjects) for (const b of subjects) add('IN_CONFLICT_WITH', a, b, 0.8, 'fight:mutual', [v]);
  }
}

const TRUCE_WORDS = /^(ceasefire|cease-fire|truce|armistice)$/;
const TRUCE_VERBS = /^(agreed|signed|reached|struck|concluded|sealed|declared|announced)$/;
const TRUCE_MODIFIERS = /^(a|an|the|new|temporary|permanent|lasting|humanitarian|fragile|comprehensive|bilateral|nationwide|formal|partial|full|\d+-day|\d+-hour|to|on|upon)$/;

/**
 * "X agreed a truce with Y", "X signed a ceasefire agreement with Y", "X and Y reached a ceasefire": a truce in
 * force between the sides (0871), both ways. A truce only sought ("to reach a ceasefire") has no verb here.
 */
function trucesStruck(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    if (!TRUCE_VERBS.test(tokens[v]?.lower ?? '') || hedged(tokens, v)) continue;
    let k = v + 1;
    while (k < tokens.length && k - v <= 4 && TRUCE_MODIFIERS.test(tokens[k]?.lower ?? '')) k++;
    const noun = tokens[k]?.lower ?? '';
    if (!TRUCE_WORDS.test(noun)) continue;
    let after = k + 1;
    if (/^(deal|agreement|accord|pact)$/.test(tokens[after]?.lower ?? '')) after++;
    const subjects = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter(STATES_AND_GROUPS);
    const others = tokens[after]?.lower === 'with' ? targetAfter(actors, all, tokens, after + 1, 4).filter(STATES_AND_GROUPS) : [];
    // "X and Y agreed": the verb rules already read a mutual agreement; a mutual "reached"/"signed" needs this.
    const sides = others.length > 0 ? null : subjects;
    if (sides && (sides.length < 2 || tokens[v]?.lower === 'agreed' || /^(proposal|plan|offer|talks|negotiations)$/.test(tokens[after]?.lower ?? ''))) continue;
    if (sides) {
      for (const a of sides) for (const b of sides) add('CEASEFIRE_WITH', a, b, 0.85, `truce:${tokens[v]?.lower ?? ''}`, [v, k]);
      continue;
    }
    for (const a of subjects) for (const b of others) {
      add('CEASEFIRE_WITH', a, b, 0.85, `truce:${tokens[v]?.lower ?? ''}-with`, [v, k]);
      add('CEASEFIRE_WITH', b, a, 0.85, `truce:${tokens[v]?.lower ?? ''}-with`, [v, k]);
    }
  }
}

const STRIKE_NOUNS = /^(strikes|strike|airstrikes|airstrike|attacks|attack|raids|raid|bombing|bombings|bombardment|shelling|assault|shelling|barrage)$/;

/** "air strikes by Israel on Damascus", "attacks by the Houthis against shipping": the agent after "by" struck. */
function strikesByAgent(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 0; k < tokens.length; k++) {
    if (!STRIKE_NOUNS.test(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'by' || hedged(tokens, k)) continue;
    const agents = targetAfter(actors, all, tokens, k + 2, 3).filter(STATES_AND_GROUPS);
    const lastAgent = agents[agents.length - 1];
    if (!lastAgent) continue;
    let p = lastAgent.last;
    while (/^(forces|troops|military|army|jets|warplanes|drones|aircraft)$/.test(tokens[p]?.lower ?? '')) p++;
    const prep = tokens[p]?.lower ?? '';
    if (!/^(on|against|in|across)$/.test(prep)) continue;
    const targets = targetAfter(actors, all, tokens, p + 1, 3).filter((m) => (prep === 'in' || prep === 'across' ? m.kind === 'PLACE' || m.kind === 'COUNTRY' : ACTOR_KINDS.has(m.kind) || m.kind === 'PLACE'));
    for (const a of agents) for (const b of targets) add('STRUCK', a, b, 0.85, `strike:by`, [k]);
  }
}

const LIGHT_VERBS = /^(carried|carry|carries|carrying|launched|launch|launches|conducted|conduct|conducts|staged|stage|stages|mounted)$/;

/** "The group carried out a bombing at a police academy in Bogota": a strike on the place where it struck. */
function bombingsIn(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    if (!LIGHT_VERBS.test(tokens[v]?.lower ?? '') || hedged(tokens, v)) continue;
    let k = v + 1;
    if (tokens[k]?.lower === 'out') k++;
    while (k < tokens.length && k - v <= 5 && /^(a|an|the|deadly|suicide|car|truck|bomb|twin|major|massive|fresh|new|several|series|of|drone|missile|air|aerial|rocket)$/.test(tokens[k]?.lower ?? '')) k++;
    if (!STRIKE_NOUNS.test(tokens[k]?.lower ?? '') || !/^(in|at)$/.test(tokens[k + 1]?.lower ?? '')) continue;
    // The first place named before the clause ends: "in a police academy in Bogota".
    let place: Mention | undefined;
    for (let j = k + 2; j < Math.min(tokens.length, k + 10) && !place; j++) {
      const t = tokens[j];
      if (!t || t.text === ',' || t.text === ';' || BOUNDARY_WORDS.has(t.lower)) break;
      place = all.find((m) => m.first === j && !m.inTitle && (m.kind === 'PLACE' || m.kind === 'COUNTRY'));
    }
    if (!place) continue;
    for (const a of actorBefore(actors, all, tokens, v).filter(STATES_AND_GROUPS)) add('STRUCK', a, place, 0.8, `strike:${tokens[k]?.lower ?? ''}-in`, [v, k]);
  }
}

const ARREST_FORMS = /^(arrested|detained|apprehended|jailed|imprisoned)$/;

/** The state an arrest was made in: "(arrested) at Manila airport", "(held) in Israel". */
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
 * "Former Philippine president Rodrigo Duterte was arrested at Manila airport", "activists detained in Minsk":
 * an arrest told without its agent is the state's where it was made, else the state of a person's own title.
 */
function arrestsWithoutAgent(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 1; v < tokens.length; v++) {
    if (!ARREST_FORMS.test(tokens[v]?.lower ?? '') || tokens[v + 1]?.lower === 'by') continue;
    if (!/^(was|were|been|being|is|are|get|got)$/.test(tokens[v - 1]?.lower ?? '') || hedged(tokens, v - 1)) continue;
    const held = actorBefore(actors, all, tokens, v, 4).filter((m) => m.kind === 'PERSON' || m.kind === 'GROUP');
    if (held.length === 0) continue;
    const where = stateWhere(tokens, all, v + 1);
    for (const p of held) {
      // A title's state ("Philippine president"): the person's own state, which arrests most of its own.
      const own = p.kind === 'PERSON' ? all.find((m) => m.inTitle && m.kind === 'COUNTRY' && m.last <= p.first && p.first - m.last <= 3) : undefined;
      const state = where ?? own;
      if (state && state.entityId !== p.entityId) add('DETAINS', state, p, where ? 0.75 : 0.7, where ? 'arrest:where' : 'arrest:own-state', [v]);
    }
  }
}

/** "arrested … over a warrant issued by the ICC", "detained on an ICC warrant": the court that wants them detains. */
function arrestsByWarrant(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
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
function arrestNouns(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k]?.lower ?? '';
    if (/^(took|take|takes|taking)$/.test(w) && !hedged(tokens, k)) {
      const held = targetAfter(actors, all, tokens, k + 1, 3).filter((m) => m.kind === 'PERSON' || m.kind === 'GROUP');
      const last = held[held.length - 1];
      if (!last || tokens[last.last]?.lower !== 'into' || tokens[last.last + 1]?.lower !== 'custody') continue;
      for (const a of actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, k)).filter(STATES_AND_GROUPS)) for (const p of held) add('DETAINS', a, p, 0.85, 'arrest:custody', [k, last.last + 1]);
      continue;
    }
    if (!/^(arrest|detention|arrests|capture)$/.test(w) || hedged(tokens, k)) continue;
    const owner = POSSESSIVE.test(tokens[k - 1]?.text ?? '') ? actors.find((m) => m.last === k - 1) : undefined;
    if (tokens[k + 1]?.lower === 'of') {
      const held = personAfter(tokens, actors, k + 2);
      const last = held[held.length - 1];
      const agents = owner && STATES_AND_GROUPS(owner) ? [owner]
        : last && tokens[last.last]?.lower === 'by' ? targetAfter(actors, all, tokens, last.last + 1, 2).filter(STATES_AND_GROUPS) : [];
      for (const a of agents) for (const p of held) add('DETAINS', a, p, 0.8, `arrest:${w}-of`, [k]);
    } else if (tokens[k + 1]?.lower === 'by' && owner && (owner.kind === 'PERSON' || owner.kind === 'GROUP')) {
      for (const a of targetAfter(actors, all, tokens, k + 2, 2).filter(STATES_AND_GROUPS)) add('DETAINS', a, owner, 0.8, `arrest:${w}-by`, [k]);
    }
  }
}

const CAPTIVES = /^(hostages|captives|prisoners|detainees|abductees|prisoners-of-war)$/;

/**
 * "the release of Israeli hostages held by Hamas", "Russia's release of 50 Ukrainian prisoners", "the release of
 * the detainees by Israel": who frees captives (0841) is who held them.
 */
function releaseNouns(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 0; k < tokens.length; k++) {
    if (!/^(release|releases|freeing|handover)$/.test(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'of' || hedged(tokens, k)) continue;
    const freed = targetAfter(actors, all, tokens, k + 2, 4).filter((m) => m.kind === 'GROUP' || m.kind === 'PERSON');
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

const SANCTION_VERBS = /^(sanctioned|sanctioning|blacklisted|blacklisting|blacklists|blacklist)$/;
const IMPOSE_VERBS = /^(imposed|impose|imposes|imposing|announced|announces|slapped|levied|unveiled|placed|expanded|tightened)$/;

/** The bodies a sanction falls on, past what they are and whose ("Russian oil majors Rosneft and Lukoil"). */
function sanctioned(tokens: readonly Token[], actors: Mention[], all: Mention[], from: number): Mention[] {
  let k = from;
  // An owner's possessive is a description too: "Russia's two largest oil companies, Rosneft and Lukoil".
  const owner = (j: number): Mention | undefined => all.find((m) => m.first === j && POSSESSIVE.test(tokens[m.last]?.text ?? ''));
  let whose: Mention | undefined;
  while (k < tokens.length && k - from <= 10 && !actors.some((m) => m.first === k && m.form !== 'demonym' && !owner(k))) {
    const t = tokens[k];
    const o = owner(k);
    if (o) { whose = o; k = o.last + 1; continue; }
    // "sanctions on Iran's oil sector": what the owner owns is no name, so the owner is sanctioned.
    if (!t || !(SANCTION_DESCRIPTION.test(t.lower) || all.some((m) => m.form === 'demonym' && m.first === k))) return whose && STATES_AND_GROUPS(whose) ? [whose] : [];
    k++;
  }
  return targetAfter(actors, all, tokens, k, 0).filter(STATES_AND_GROUPS);
}

/**
 * "X sanctioned Russian oil majors Rosneft and Lukoil", "X blacklisted Sovcombank", "sanctions imposed by X on
 * Y", "X imposed sanctions on Russia's two largest oil companies, Rosneft and Lukoil": sanctions (163).
 */
function sanctionedBodies(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k]?.lower ?? '';
    if (hedged(tokens, k)) continue;
    if (SANCTION_VERBS.test(w) && tokens[k + 1]?.lower !== 'by') {
      const subjects = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, k)).filter(STATES_AND_GROUPS);
      for (const a of subjects) for (const b of sanctioned(tokens, actors, all, k + 1)) add('SANCTIONS', a, b, 0.85, 'sanction:verb', [k]);
      continue;
    }
    if (w !== 'sanctions' && w !== 'embargo') continue;
    let sanctioners: Mention[] = [];
    let on = k + 1;
    // "its 19th sanctions package against Russia", "sanctions measures on Iran"
    if (/^(package|packages|regime|measures)$/.test(tokens[on]?.lower ?? '')) on++;
    if (/^(imposed|announced|levied)$/.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'by') {
      // "sanctions imposed by X on Y"
      sanctioners = targetAfter(actors, all, tokens, k + 3, 2).filter(STATES_AND_GROUPS);
      const last = sanctioners[sanctioners.length - 1];
      on = last ? last.last : -1;
    } else {
      sanctioners = actorBefore(actors, all, tokens, k, 1).filter(STATES_AND_GROUPS);
      if (sanctioners.length === 0) {
        let v = k - 1;
        while (v > 0 && /^(new|fresh|further|more|tough|tougher|sweeping|economic|financial|the|a|additional|its|their|secondary|\d+(st|nd|rd|th)|latest)$/.test(tokens[v]?.lower ?? '')) v--;
        if ((IMPOSE_VERBS.test(tokens[v]?.lower ?? '') || /^(adopted|adopts|approved|approves|unveiled)$/.test(tokens[v]?.lower ?? '')) && !hedged(tokens, v)) sanctioners = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter(STATES_AND_GROUPS);
      }
    }
    if (on < 0 || !/^(on|against|targeting|targetting)$/.test(tokens[on]?.lower ?? '')) continue;
    for (const a of sanctioners) for (const b of sanctioned(tokens, actors, all, on + 1)) add('SANCTIONS', a, b, 0.85, 'sanction:noun', [k]);
  }
}

/** "Israeli strikes in southern Lebanon", "US airstrikes across Yemen": the owner struck the place named. */
function strikesWhere(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 1; k < tokens.length; k++) {
    if (!STRIKE_NOUNS.test(tokens[k]?.lower ?? '') || !/^(in|across|near|around)$/.test(tokens[k + 1]?.lower ?? '') || hedged(tokens, k)) continue;
    const owners = actorBefore(actors, all, tokens, k, 1).filter(STATES_AND_GROUPS);
    if (owners.length === 0) continue;
    const places = targetAfter(actors, all, tokens, k + 2, 3).filter((m) => m.kind === 'PLACE' || m.kind === 'COUNTRY');
    for (const a of owners) for (const p of places) add('STRUCK', a, p, 0.8, `strike:${tokens[k + 1]?.lower ?? ''}`, [k]);
  }
}

/**
 * "Kyiv came under attack from Russia", "the convoy came under fire by X", "attacks on shipping by the Houthis":
 * strikes told from the side struck, with the striker after "from" or "by".
 */
function underFire(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
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
 * "Lashio fell to the rebels", "X gained control of Y", "X claimed control over Y": a town or region taken by
 * force is in conflict with its taker (eval/README.md, rule 12).
 */
function placesTaken(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    const w = tokens[v]?.lower ?? '';
    if (/^(fell|falls|fallen)$/.test(w) && tokens[v + 1]?.lower === 'to' && !hedged(tokens, v)) {
      const places = actorBefore(actors, all, tokens, v, 2).filter((m) => m.kind === 'PLACE');
      for (const a of targetAfter(actors, all, tokens, v + 2, 3).filter(STATES_AND_GROUPS)) for (const p of places) add('IN_CONFLICT_WITH', a, p, 0.75, 'taken:fell-to', [v]);
      continue;
    }
    if (!/^(gained|gain|gains|claimed|claims|asserted|asserts|wrested|wrests|established|seized|took|captured)$/.test(w) || hedged(tokens, v)) continue;
    let k = v + 1;
    if (/^(full|complete|total|effective)$/.test(tokens[k]?.lower ?? '')) k++;
    if (tokens[k]?.lower !== 'control' || !/^(of|over)$/.test(tokens[k + 1]?.lower ?? '')) continue;
    const places = targetAfter(actors, all, tokens, k + 2, 3).filter((m) => m.kind === 'PLACE');
    for (const a of actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter(STATES_AND_GROUPS)) for (const p of places) add('IN_CONFLICT_WITH', a, p, 0.75, 'taken:control', [v, k]);
  }
}

/** Words before a truce that make it sought, not in force: "efforts to reach a truce between X and Y". */
const TRUCE_SOUGHT = /^(reach|reaching|secure|securing|broker|brokering|achieve|negotiate|negotiating|seek|seeking|sought|push|pushing|efforts|effort|proposal|proposed|plan|talks|negotiations|hopes|calls|called|urged|urging|demand|demanded|toward|towards|possible|potential|future|new|for|on|about|would|could|will)$/;

/**
 * "the Israel-Hezbollah ceasefire", "Israel's truce with Hamas", "the ceasefire between X and Y took effect": a
 * truce in force between the sides, both ways, and the conflict it pauses (eval/README.md, rule 5).
 */
function trucesNamed(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 1; k < tokens.length; k++) {
    let noun = k;
    if (tokens[k]?.lower === 'cease' && tokens[k + 1]?.text === '-' && tokens[k + 2]?.lower === 'fire') noun = k + 2;
    else if (!TRUCE_WORDS.test(tokens[k]?.lower ?? '')) continue;
    if (tokens.slice(Math.max(0, k - 4), k).some((t) => TRUCE_SOUGHT.test(t.lower)) || hedged(tokens, k)) continue;
    let sides: [Mention, Mention] | null = null;
    // "the Israel-Hezbollah ceasefire"
    const second = all.find((m) => m.last === k && !m.inTitle && STATES_AND_GROUPS(m));
    const first = second ? all.find((m) => m.last === second.first - 1 && tokens[m.last]?.text === '-' && !m.inTitle && STATES_AND_GROUPS(m)) : undefined;
    if (first && second) sides = [first, second];
    // "Israel's ceasefire with Hezbollah"
    if (!sides && tokens[noun + 1]?.lower === 'with' && POSSESSIVE.test(tokens[k - 1]?.text ?? '')) {
      const owner = actors.find((m) => m.last === k - 1 && STATES_AND_GROUPS(m));
      const other = targetAfter(actors, all, tokens, noun + 2, 3).filter(STATES_AND_GROUPS)[0];
      if (owner && other) sides = [owner, other];
    }
    // "the truce between X and Y held": in force only when the sentence says what it did.
    if (!sides && tokens[noun + 1]?.lower === 'between') {
      const pair = targetAfter(actors, all, tokens, noun + 2, 3).filter(STATES_AND_GROUPS);
      const b = pair[1];
      const after = tokens[(b?.last ?? 0)]?.lower ?? '';
      const inForce = /^(took|takes|came|went|held|holds|has|had|collapsed|expired|ended|broke|remains|remained|was|is|began|brokered|agreed)$/.test(after);
      if (pair[0] && b && inForce && !/^(has|had|was|is)$/.test(after)) sides = [pair[0], b];
    }
    if (!sides) continue;
    const [a, b] = sides;
    for (const [x, y] of [[a, b], [b, a]] as const) {
      add('CEASEFIRE_WITH', x, y, 0.8, 'truce:named', [noun]);
      add('IN_CONFLICT_WITH', x, y, 0.75, 'truce:named', [noun]);
    }
  }
}

/**
 * "the Hamas-led attack on Israel", "US-led strikes on the Houthis", "the Saudi-led offensive against the Houthis":
 * the leader of the attack struck (or, for an offensive or war, fought) the target.
 */
function ledAttacks(tokens: readonly Token[], all: Mention[], add: Add): void {
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

/**
 * "Hamas took 251 hostages", "the hostages taken by Hamas", "captives seized by the group": who took captives
 * holds them (HOLDS_CAPTIVE).
 */
function captivesTaken(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (const group of all) {
    if (group.kind !== 'GROUP' || !CAPTIVES.test(tokens[group.last - 1]?.lower ?? '')) continue;
    const v = group.last;
    if (/^(taken|seized|abducted|kidnapped|captured)$/.test(tokens[v]?.lower ?? '') && tokens[v + 1]?.lower === 'by' && !hedged(tokens, v)) {
      for (const a of targetAfter(actors, all, tokens, v + 2, 2).filter(STATES_AND_GROUPS)) add('HOLDS_CAPTIVE', a, group, 0.85, 'captive:taken-by', [v]);
    }
    let t = group.first - 1;
    while (t > 0 && /^(\d[\d,]*|some|about|around|more|than|over|dozens|hundreds|of|the|at|least|many|several)$/.test(tokens[t]?.lower ?? '')) t--;
    if (/^(took|take|takes|taking|taken|seized|abducted|kidnapped)$/.test(tokens[t]?.lower ?? '') && !hedged(tokens, t)) {
      for (const a of actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, t)).filter(STATES_AND_GROUPS)) add('HOLDS_CAPTIVE', a, group, 0.85, 'captive:took', [t]);
    }
  }
}
