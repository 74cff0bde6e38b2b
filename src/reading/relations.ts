// Relationships in one sentence: verb patterns (active, passive, mutual), nominal patterns ("US strikes on
// Iran", "fighting between X and Y", "Iran-backed"), delegations and their heads, and the facts titles state.
import type { RelationshipType, Stance } from '../generated/graphql';
import { summitAt } from './gatherings';
import { ACCORD_WORDS, actorBefore, actorMentions, BOUNDARY_WORDS, DESCRIPTOR_HEADS, feared, groupAround, hypothetical, isModifier, outerFirst, pastQuotedVerb, targetAfter, targetsInClause, WATERS } from './clauses';
import { describedTargetAfter } from './describedTargets';
import { custodyCued } from './captiveNames';
import { gazetteer } from './gazetteer';
import { TITLE_HEADS, TITLE_MODIFIERS } from './titles';
import { ACTOR_KINDS, type Mention, type SentenceTokens } from './mentions';
import type { VerbRule } from './patterns/verbs';
import { verbIndex } from './patterns/verbIndex';
import { DENY_GERUND, gerundSubjectEnd, OWNERSHIP_NOUNS, REPORT_NOUNS } from './denials';
import { pronounTargets } from './pronounTargets';
import type { Token } from './tokens';
import { reportedBlame } from './blame';
import { hedged } from './hedges';
import { actNouns } from './actNounRules';
import { AGENT_PARTICIPLES, PROPOSAL_NOUNS, speechActs } from './speechActs';
import { ACT_NOUNS } from './actReferences';
import { judgements } from './judgements';
import { demandsTold } from './demandsTold';
import { envoysSummoned } from './envoysSummoned';
import { showsOfForce } from './showsOfForce';
import { threatsTold } from './threatsTold';
import { wrongfulActs } from './wrongfulActs';
import { conditionsSet, referredTerms } from './proposals';
import { structuralFacts } from './structure';
import { proSides } from './proSides';
import { counterparts, diplomaticActs, furtherPartners } from './diplomacy';
import { hostilities } from './hostilities';
import { sanctionsOn } from './sanctionsTold';
import { economicHit } from './sanctionMeasures';
import { peacekeepersExpelled } from './peacekeepersExpelled';
import { negotiatorsRecalled } from './negotiatorsRecalled';
import { diplomaticRuptures } from './diplomaticRuptures';
import { memberships } from './memberships';
import { withdrawalsDecided } from './withdrawalsDecided';
import { appealsBetween } from './appealsBetween';
import { memberLists } from './memberLists';
import { chargedBy } from './chargedBy';
import { warningsOfDanger } from './warnings';
import { visitPlans } from './visitPlans';
import { pledges } from './pledges';
import { journeys } from './journeys';
import { receivedActs } from './receivedActs';
import { inTalks, talksHeld, talksWith } from './talks';

export interface Candidate {
  type: RelationshipType;
  from: string;
  to: string;
  /** Character range the quote must cover. */
  start: number;
  end: number;
  confidence: number;
  rule: string;
  /** Where the word that carries the act starts (verb or noun): a denial's complement must contain it (stance.ts). */
  anchor?: number;
  /** Set to DISPUTES by stance.ts; SUPPORTS when absent. */
  stance?: Stance;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const CONFLICT_NOUNS = new Set(['war', 'fighting', 'conflict', 'hostilities', 'clashes', 'fight', 'battle', 'tensions', 'standoff', 'confrontation', 'confrontations', 'skirmishes', 'feud']);
const TRUCE_NOUNS = new Set(['ceasefire', 'cease-fire', 'truce', 'armistice']);
const DEAL_NOUNS = new Set(['agreement', 'deal', 'talks', 'negotiations', 'accord']);
const MEETING_NOUNS = new Set(['talks', 'meeting', 'summit', 'call', 'conversation']);
const STRIKE_NOUNS = new Set(['strikes', 'strike', 'airstrikes', 'airstrike', 'attacks', 'attack', 'raids', 'raid', 'bombing', 'bombings', 'bombardment', 'shelling', 'assault', 'assaults', 'barrage', 'barrages', 'onslaught']);
// "ordered strikes on Y" tells the strike as the one who commanded it, as news does of leaders and generals.
/** Words that make their subject the author of the act after them: "was behind", "responsible for", "a role in". */
const agencyWord = (word: string): boolean => word === 'behind' || word === 'responsible' || OWNERSHIP_NOUNS.test(word);
const LIGHT_VERBS = /^(carried|carry|carries|carrying|launched|launch|launches|launching|conducted|conduct|conducts|began|begun|stepped|continued|out|up|mounted|staged|ordered|orders|authorized|authorised)$/;

export interface SentenceInput {
  s: SentenceTokens;
  mentions: Mention[];
  /** The nearest ORGANIZATION named before this sentence ("the Iran-backed group" refers back to it). */
  previousOrganization: Mention | null;
  /** Whose delegation "the delegation" is: the last "<X> delegation" before this sentence. */
  previousDelegation: Mention | null;
  /** Who set the terms "these conditions" points back to: named in one of the four sentences before (proposals.ts). */
  previousProposer?: Mention | null;
}

export function relationsInSentence(input: SentenceInput): Candidate[] {
  const { s } = input;
  const tokens = s.tokens;
  const mentions = [...input.mentions, ...delegationReferences(tokens, input.mentions, input.previousDelegation)].sort((a, b) => a.first - b.first);
  const actors = actorMentions(mentions, tokens);
  const out: Candidate[] = [];
  const add = (type: RelationshipType, a: Mention, b: Mention, confidence: number, rule: string, extra: number[] = []): void => {
    if (a.entityId === b.entityId) return;
    const starts = [a.start, b.start, ...extra.map((k) => tokens[k]?.start ?? a.start)];
    const ends = [a.end, b.end, ...extra.map((k) => tokens[k]?.end ?? a.end)];
    const anchor = extra[0] === undefined ? undefined : tokens[extra[0]]?.start;
    out.push({ type, from: a.entityId, to: b.entityId, start: Math.min(...starts), end: Math.max(...ends), confidence, rule, anchor });
  };
  verbPatterns(tokens, actors, mentions, add);
  betweenPatterns(tokens, actors, mentions, add);
  compoundPatterns(tokens, mentions, add);
  backedPatterns(tokens, mentions, input.previousOrganization, add);
  strikeNouns(tokens, actors, mentions, add);
  talksWith(tokens, actors, mentions, add);
  talksHeld(tokens, actors, mentions, add);
  inTalks(tokens, actors, mentions, add);
  sanctionsOn(tokens, actors, mentions, add);
  delegationHeads(tokens, actors, mentions, input.previousDelegation, add);
  locatedPatterns(tokens, mentions, add);
  delegationMembers(tokens, actors, mentions, add);
  reportedBlame(tokens, actors, mentions, (a, b, k) => add('ACCUSES', a, b, 0.7, 'speech:blame', [k]));
  conflictNouns(tokens, actors, mentions, add);
  visitsTold(tokens, actors, mentions, add);
  journeys(tokens, actors, mentions, add);
  actNouns(tokens, actors, mentions, add);
  captivePatterns(tokens, actors, mentions, add);
  membershipPatterns(tokens, actors, mentions, add);
  criticalOf(tokens, actors, mentions, add);
  memberships(tokens, actors, mentions, add);
  memberLists(tokens, actors, mentions, add);
  warningsOfDanger(tokens, actors, mentions, add);
  withdrawalPatterns(tokens, actors, mentions, add);
  withdrawalsDecided(tokens, actors, mentions, add);
  appealsBetween(tokens, actors, mentions, add);
  peacekeepersExpelled(tokens, actors, mentions, add);
  negotiatorsRecalled(tokens, actors, mentions, add);
  diplomaticRuptures(tokens, actors, mentions, add);
  hostileVows(tokens, actors, mentions, add);
  speechActs(tokens, actors, mentions, add);
  demandsTold(tokens, actors, mentions, add);
  envoysSummoned(tokens, actors, mentions, add);
  receivedActs(tokens, actors, mentions, add);
  judgements(tokens, actors, mentions, add);
  chargedBy(tokens, actors, mentions, add);
  showsOfForce(tokens, actors, mentions, add);
  threatsTold(tokens, actors, mentions, add);
  wrongfulActs(tokens, actors, mentions, add);
  conditionsSet(tokens, actors, mentions, add);
  referredTerms(tokens, actors, mentions, input.previousProposer ?? null, add);
  structuralFacts(tokens, actors, mentions, add);
  proSides(tokens, actors, mentions, add);
  diplomaticActs(tokens, actors, mentions, add);
  visitPlans(tokens, actors, mentions, add);
  pledges(tokens, actors, mentions, add);
  hostilities(tokens, actors, mentions, add);
  pronounTargets(tokens, actors, mentions, add);
  return out;
}

const BECOME = /^(became|becomes)$/;
/** Degree words between a copula and "critical of": "has been sharply critical of". */
const CRITICAL_DEGREE = /^(sharply|highly|deeply|fiercely|openly|increasingly|very|strongly|publicly|harshly|most|more|particularly|especially|often|also|long|consistently|vocally|bitterly)$/;

/** "Peru has been sharply critical of Chile", "Peru, long critical of Chile, …": being critical of Y criticizes it. */
function criticalOf(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k]?.lower !== 'critical' || tokens[k + 1]?.lower !== 'of') continue;
    let b = k - 1;
    while (b > 0 && CRITICAL_DEGREE.test(tokens[b]?.lower ?? '')) b--;
    const copula = BE.has(tokens[b]?.lower ?? '') || /^(remained|remains|remain)$/.test(tokens[b]?.lower ?? '');
    // An aside right after the actor: "Peru, long critical of Chile, …".
    const aside = tokens[b]?.text === ',';
    if ((!copula && !aside) || hedged(tokens, copula ? b : k)) continue;
    const subjects = (copula ? actorBefore(actors, all, tokens, b) : actors.filter((m) => m.last === b && !m.inTitle)).filter((m) => ACTOR_KINDS.has(m.kind));
    const targets = targetAfter(actors, all, tokens, k + 2, 2).filter((m) => ACTOR_KINDS.has(m.kind));
    for (const a of subjects) for (const o of targets) add('CRITICIZES', a, o, 0.8, 'adjective:critical-of', [k]);
  }
}

const ORDINALS = /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(st|nd|rd|th))$/;

/** "Ecuador is a member of the OAS", "Chile and Peru are founding members of Mercosur": MEMBER_OF the organization. */
function membershipPatterns(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 1; k < tokens.length; k++) {
    if (!/^(member|members)$/.test(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'of') continue;
    let b = k - 1;
    // "Peru became the 30th / newest member of Y": the rank among members is still membership.
    while (b > 0 && (/^(a|an|the|founding|full|permanent|key|longtime|long-time|leading|senior|active|new|newest|latest|youngest)$/.test(tokens[b]?.lower ?? '') || ORDINALS.test(tokens[b]?.lower ?? ''))) b--;
    // "Peru is one of the founding members of Mercosur": one of the members is a member.
    if (tokens[k]?.lower === 'members' && tokens[b]?.lower === 'of' && /^(one|among)$/.test(tokens[b - 1]?.lower ?? '')) b -= 2;
    else if (tokens[k]?.lower === 'members' && tokens[b]?.lower === 'among') b--;
    // "Chad became a member of ECOWAS": joining told by its outcome ("will become" is hedged).
    if (!(BE.has(tokens[b]?.lower ?? '') || BECOME.test(tokens[b]?.lower ?? '')) || hedged(tokens, b)) continue;
    const orgs = targetAfter(actors, all, tokens, k + 2, 2).filter((m) => m.kind === 'ORGANIZATION');
    const members = actorBefore(actors, all, tokens, b).filter((m) => ACTOR_KINDS.has(m.kind));
    for (const a of members) for (const o of orgs) add('MEMBER_OF', a, o, 0.85, 'copula:member-of', [k]);
  }
}

const LEAVE_VERBS = /^(left|leave|leaves|leaving|quit|quits|quitting|exited|exit|exits|exiting)$/;
const ANNOUNCE_VERBS = /^(announced|announce|announces|announcing|confirmed|completed|formalised|formalized|declared|notified|began|started)$/;

/**
 * Leaving an organization (WITHDREW_FROM): "X left ECOWAS", "X announced its withdrawal from the OAS", "X's
 * withdrawal from NATO", "X suspended its membership in the AU". Only an organization or event is left this way:
 * "left Cairo" is travel.
 */
function withdrawalPatterns(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  const left = (from: number): Mention[] => targetAfter(actors, all, tokens, from, 2).filter((m) => m.kind === 'ORGANIZATION' || m.kind === 'EVENT');
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || hedged(tokens, k)) continue;
    if (LEAVE_VERBS.test(t.lower)) {
      const subjects = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, k)).filter((m) => m.kind !== 'PERSON' && ACTOR_KINDS.has(m.kind));
      for (const a of subjects) for (const o of left(k + 1)) add('WITHDREW_FROM', a, o, 0.8, 'verb:leave', [k]);
      continue;
    }
    const noun = t.lower;
    const prep = tokens[k + 1]?.lower;
    if (!((/^(withdrawal|exit|departure|pullout)$/.test(noun) && prep === 'from') || (noun === 'membership' && (prep === 'in' || prep === 'of')))) continue;
    // The owner: a possessive right before ("Peru's withdrawal"), or the subject of "announced its withdrawal".
    let owners = actorBefore(actors, all, tokens, k, 1).filter((m) => m.kind !== 'PERSON' && ACTOR_KINDS.has(m.kind));
    // "announced their immediate / formal withdrawal": a manner word may stand between the owner and the noun.
    const manner = /^(immediate|formal|full|complete|official|unilateral)$/.test(tokens[k - 1]?.lower ?? '') ? 1 : 0;
    if (owners.length === 0 && /^(its|their)$/.test(tokens[k - 1 - manner]?.lower ?? '')) {
      const v = k - 2 - manner;
      const suspend = noun === 'membership' && /^(suspended|suspend|suspends|suspending|ended|end|ends|ending|renounced|renounce|renounces)$/.test(tokens[v]?.lower ?? '');
      if ((noun !== 'membership' && ANNOUNCE_VERBS.test(tokens[v]?.lower ?? '')) || suspend) owners = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter((m) => m.kind !== 'PERSON' && ACTOR_KINDS.has(m.kind));
    } else if (noun === 'membership') owners = [];
    for (const a of owners) for (const o of left(k + 2)) add('WITHDREW_FROM', a, o, 0.8, `nominal:${noun}`, [k]);
  }
}

const HOSTILE_VERBS = /^(attack|strike|invade|bomb|destroy|overthrow|topple|oust|retaliate|hit|annihilate|crush|wipe|eliminate|punish|respond)$/;

/** "X threatened to invade Y", "X vowed to retaliate against Y", "vowing to overthrow the government": THREATENS. */
function hostileVows(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    if (!/^(threatened|threatens|threaten|threatening|vowed|vows|vow|vowing)$/.test(tokens[v]?.lower ?? '') || tokens[v + 1]?.lower !== 'to') continue;
    const act = tokens[v + 2]?.lower ?? '';
    // "threatened to pull out of the treaty", "threatened to quit the deal": the accord is what is threatened.
    const leave = tokens[v]?.lower.startsWith('threat') ? leaveEnd(tokens, v + 2) : -1;
    if ((!HOSTILE_VERBS.test(act) && leave < 0) || hedged(tokens, v)) continue;
    // "vowed to respond to Y's attack": only a response to a hostile act threatens ("respond to Y's offer" does not).
    if (act === 'respond' && !(tokens[v + 3]?.lower === 'to' && tokens.slice(v + 4, v + 9).some((x) => /^(attack|attacks|aggression|strike|strikes|provocation|provocations|incursion|incursions|assault|bombing|shelling)$/.test(x.lower)))) continue;
    const from = leave > 0 ? leave : /^(against|on|to)$/.test(tokens[v + 3]?.lower ?? '') ? v + 4 : v + 3;
    // An accord or body left is threatened; a country or place left ("withdraw from Mali") is not.
    const targets = targetAfter(actors, all, tokens, from, 2).filter((m) => (leave > 0 ? m.kind === 'EVENT' || m.kind === 'ORGANIZATION' : ACTOR_KINDS.has(m.kind)));
    const subjects = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter((m) => ACTOR_KINDS.has(m.kind));
    for (const a of subjects) for (const b of targets) add('THREATENS', a, b, leave > 0 ? 0.7 : 0.8, `vow:${leave > 0 ? 'leave' : act}`, [v]);
  }
  warnedActs(tokens, actors, all, add);
}

/**
 * "Peru warned that it would strike Chile", "Iran vowed it will attack Israel if …": a hostile act the speaker says
 * it will do, told as a warning or a vow, threatens its target (a condition after it is what threats are made of).
 */
function warnedActs(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    if (!/^(warned|warns|warn|warning|threatened|threatens|threaten|threatening|vowed|vows|vow|vowing)$/.test(tokens[v]?.lower ?? '') || hedged(tokens, v)) continue;
    let j = v + 1;
    if (tokens[j]?.lower === 'that') j++;
    if (!/^(it|they|he|she|we)$/.test(tokens[j]?.lower ?? '') || !/^(would|will)$/.test(tokens[j + 1]?.lower ?? '')) continue;
    const act = tokens[j + 2]?.lower ?? '';
    if (!HOSTILE_VERBS.test(act)) continue;
    const from = /^(against|on)$/.test(tokens[j + 3]?.lower ?? '') ? j + 4 : j + 3;
    const targets = targetAfter(actors, all, tokens, from, 2).filter((m) => ACTOR_KINDS.has(m.kind));
    const subjects = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter((m) => ACTOR_KINDS.has(m.kind));
    for (const a of subjects) for (const b of targets) if (a.entityId !== b.entityId) add('THREATENS', a, b, 0.75, `warned:${act}`, [v, j + 2]);
  }
}

/** Where the left accord is named after "pull out of", "withdraw from", "quit", "leave" at `k`; -1 when none is. */
function leaveEnd(tokens: readonly Token[], k: number): number {
  const w = tokens[k]?.lower ?? '';
  const next = tokens[k + 1]?.lower ?? '';
  if (/^(pull|walk|back)$/.test(w) && next === 'out' && tokens[k + 2]?.lower === 'of') return k + 3;
  if (w === 'withdraw' && next === 'from') return k + 2;
  if (/^(quit|exit|abandon|scrap|leave)$/.test(w)) return k + 1;
  return -1;
}

const CAPTIVE_HEADS = /^(hostages|captives|prisoners|detainees|abductees|crew|sailors|seafarers|members|civilians|soldiers|citizens|nationals|women|children)$/;
const HOLD_FORMS = /^(hold|holds|held|holding)$/;

/**
 * "hostages held by Hamas", "the captives still held by the group", "Hamas holds 50 hostages": who holds a
 * collective of captives (HOLDS_CAPTIVE). Only named captive collectives, so "held talks" is never a captivity.
 */
function captivePatterns(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (const group of all) {
    const head = tokens[group.last - 1]?.lower ?? '';
    // "crew members" are captives when held, party "members" are not.
    if (group.kind !== 'GROUP' || !CAPTIVE_HEADS.test(head) || (head === 'members' && tokens[group.last - 2]?.lower !== 'crew')) continue;
    // Passive, after the group: "hostages (still / being) held (captive) by X".
    let k = group.last;
    while (/^(still|being|currently|who|are|were|remain|remaining|had|have|been)$/.test(tokens[k]?.lower ?? '')) k++;
    if (HOLD_FORMS.test(tokens[k]?.lower ?? '') && !hedged(tokens, k)) {
      let by = k + 1;
      if (/^(captive|hostage)$/.test(tokens[by]?.lower ?? '')) by++;
      if (tokens[by]?.lower === 'by') {
        for (const a of targetAfter(actors, all, tokens, by + 1, 2).filter((m) => m.kind !== 'GROUP' && ACTOR_KINDS.has(m.kind))) add('HOLDS_CAPTIVE', a, group, 0.85, 'captive:held-by', [k]);
      }
    }
    // Active, before the group: "X (still) holds (some / about 50) hostages".
    let v = group.first - 1;
    while (v > 0 && /^(\d[\d,]*|some|about|around|more|than|over|dozens|hundreds|thousands|of|the|at|least|still|many|several|two|three|four|five|six|seven|eight|nine|ten)$/.test(tokens[v]?.lower ?? '')) v--;
    if (HOLD_FORMS.test(tokens[v]?.lower ?? '') && !hedged(tokens, v)) {
      for (const a of actorBefore(actors, all, tokens, v).filter((m) => m.kind !== 'GROUP' && ACTOR_KINDS.has(m.kind))) add('HOLDS_CAPTIVE', a, group, 0.85, 'captive:holds', [v]);
    }
  }
}

/**
 * "X made his first visit to Y", "X, on her visit to Y": a possessive pronoun among the words before "visit" stands for
 * the only person ("his", "her") or state or body ("its", "their") the sentence names before it.
 */
function pronounOwner(actors: readonly Mention[], tokens: readonly Token[], from: number, visit: number): Mention | undefined {
  const pronoun = tokens.slice(from, visit).find((t) => /^(his|her|its|their)$/.test(t.lower))?.lower;
  if (!pronoun) return undefined;
  const person = pronoun === 'his' || pronoun === 'her';
  const fits = actors.filter((m) => m.last <= from && (person ? m.kind === 'PERSON' : m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION'));
  return new Set(fits.map((m) => m.entityId)).size === 1 ? fits[0] : undefined;
}

/**
 * Visits told without a verb of travel (042): "X, on a state visit to Riyadh", "X's visit to Lima", and presence
 * for a purpose: "X is in Haiti for talks", "the team has been in Haiti since June".
 */
/** Words between a visit's owner or light verb and the noun: "X's first two-day state visit to Y". */
const VISIT_WORDS = /^(state|official|first|second|working|surprise|rare|historic|brief|short|quick|lightning|landmark|high-profile|unannounced|secret|private|recent|two|three|four|five|one|-|day|days|week|a|an|his|her|their|its|on)$/;
/** Light verbs a visit is told with: "paid a visit to", "made a trip to", "wrapped up a visit to". */
const VISIT_VERBS_LIGHT = /^(paid|pays|made|makes|undertook|began|begins|concluded|concludes|wrapped|ended|ends|completed|completes|up)$/;

function visitsTold(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  const places = (from: number): Mention[] => targetAfter(actors, all, tokens, from, 2).filter((m) => m.kind === 'PLACE' || m.kind === 'COUNTRY');
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) continue;
    if ((t.lower === 'visit' || t.lower === 'trip') && tokens[k + 1]?.lower === 'to' && !hedged(tokens, k)) {
      // The visitor: a possessive owner ("Lima's", "X's visit") or the name the phrase is set off from ("X, on a … visit").
      let j = k - 1;
      while (j > 0 && VISIT_WORDS.test(tokens[j]?.lower ?? '')) j--;
      const named = tokens[j]?.text === '’s' || tokens[j]?.text === "'s" ? actors.find((m) => m.last === j) : tokens[j]?.text === ',' ? actors.find((m) => m.last === j) : undefined;
      // "X paid a rare visit to Y", "X wrapped up a two-day trip to Y": the subject of the light verb.
      // A possessive pronoun ("made his first visit") is left to pronounOwner, which wants one person named before.
      const owned = tokens.slice(j + 1, k).some((x) => /^(his|her|their|its)$/.test(x.lower));
      const paid = !named && !owned && VISIT_VERBS_LIGHT.test(tokens[j]?.lower ?? '') && !hedged(tokens, j)
        ? actorBefore(actors, all, tokens, j).filter((m) => m.kind === 'PERSON' || m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION') : [];
      const owners = named ? [named] : paid.length > 0 ? paid : [pronounOwner(actors, tokens, j, k)].filter((m): m is Mention => m !== undefined);
      for (const owner of owners) if (owner.kind !== 'PLACE') for (const p of places(k + 2)) add('VISITS', owner, p, 0.75, 'nominal:visit', [k]);
      continue;
    }
    // "X left Y following a three-day visit", "left Y after a visit": the place left is the one visited.
    if (t.lower === 'left' && !hedged(tokens, k)) {
      const where = places(k + 1);
      const end = where[where.length - 1]?.last ?? -1;
      let j = end;
      while (j > 0 && j - end < 4 && !/^(following|after)$/.test(tokens[j]?.lower ?? '') && (tokens[j]?.isWord || tokens[j]?.text === ',')) j++;
      if (end < 0 || !/^(following|after)$/.test(tokens[j]?.lower ?? '')) continue;
      j++;
      while (j < tokens.length && VISIT_WORDS.test(tokens[j]?.lower ?? '')) j++;
      if (!/^(visit|trip|stay|tour)$/.test(tokens[j]?.lower ?? '')) continue;
      const who = actorBefore(actors, all, tokens, k).filter((m) => m.kind === 'PERSON' || m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION');
      for (const a of who) for (const p of where) if (a.entityId !== p.entityId) add('VISITS', a, p, 0.75, 'left:after-visit', [k, j]);
      continue;
    }
    // "a visit by X to Y", "the trip by X to Y".
    if ((t.lower === 'visit' || t.lower === 'trip') && tokens[k + 1]?.lower === 'by' && !hedged(tokens, k)) {
      const visitors = targetAfter(actors, all, tokens, k + 2, 1).filter((m) => m.kind === 'PERSON' || m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION');
      const end = visitors[visitors.length - 1]?.last ?? -1;
      if (end < 0 || tokens[end]?.lower !== 'to') continue;
      for (const a of visitors) for (const p of places(end + 1)) if (a.entityId !== p.entityId) add('VISITS', a, p, 0.75, 'nominal:visit-by', [k]);
      continue;
    }
    // "X is in Haiti for", "X has been in Haiti since": presence, with a purpose or a time, is a visit.
    if (t.lower === 'in' && /^(is|was|are|were|been)$/.test(tokens[k - 1]?.lower ?? '') && !hedged(tokens, k - 1)) {
      const where = places(k + 1);
      const after = where[where.length - 1];
      // "X had been in Hong Kong attending a forum": a purpose told by a participle counts too.
      if (!after || !/^(for|since|on|attending|visiting|meeting|holding|leading|heading)$/.test(tokens[after.last]?.lower ?? '')) continue;
      const who = actorBefore(actors, all, tokens, k - 1, 3).filter((m) => m.kind === 'PERSON' || m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION');
      for (const a of who) for (const p of where) if (a.entityId !== p.entityId) add('VISITS', a, p, 0.7, 'presence:in', [k]);
    }
  }
}

/** Nouns of armed conflict one side wages on another: "Russia's invasion of Ukraine", "Israel's war in Gaza". */
const WAGED_NOUNS = new Set(['war', 'invasion', 'offensive', 'counteroffensive', 'counter-offensive', 'aggression', 'incursion', 'occupation', 'campaign', 'blockade', 'operation', 'operations', 'crackdown', 'fight']);
/** Nouns that are verbs too ("rebels fight against …"): read only after a possessive, and only "against"/"on" a side. */
const OWNED_ONLY = /^(fight|crackdown)$/;
/** Campaigns and operations are waged only when called military ("Brazil's campaign against deforestation" is not). */
const ARMED_KINDS = /^(military|bombing|air|ground|security|counterterrorism|counter-terrorism|counterinsurgency|combat)$/;
/** Of these, the mutual ones: a war has two sides fighting each other. */
const MUTUAL_WAGED = new Set(['war']);

/** "Russia's invasion of Ukraine", "the Russian offensive against Ukraine", "Israel's war on Hamas" (190). */
function conflictNouns(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || !WAGED_NOUNS.has(t.lower) || !/^(of|on|in|against|with)$/.test(tokens[k + 1]?.lower ?? '')) continue;
    // The side waging it owns the noun: a possessive or a demonym right before ("Russia's", "the Russian full-scale").
    let j = k - 1;
    while (j > 0 && /^(full-scale|full|scale|-|military|ground|air|bombing|brutal|ongoing|war|year-long|illegal|unprovoked|violent|harsh|sweeping|widening|\d{4}|january|february|march|april|may|june|july|august|september|october|november|december)$/.test(tokens[j]?.lower ?? '')) j--;
    const possessive = tokens[j]?.text === '’s' || tokens[j]?.text === "'s";
    const against = /^(against|on)$/.test(tokens[k + 1]?.lower ?? '');
    // "India's operations against the Maoists": operations a side owns, against a side, are armed ones.
    if (/^(campaign|operation|operations)$/.test(t.lower) && !ARMED_KINDS.test(tokens[k - 1]?.lower ?? '') && !(/^operations?$/.test(t.lower) && possessive && tokens[k + 1]?.lower === 'against')) continue;
    // "Freedonia's crackdown on the opposition", "Syria's fight against the Islamic State".
    if (OWNED_ONLY.test(t.lower) && !(possessive && against)) continue;
    if (possessive) j--;
    const side = actors.find((m) => m.last === j + 1 && ACTOR_KINDS.has(m.kind) && m.kind !== 'PERSON');
    const target = targetAfter(actors, all, tokens, k + 2, 2).filter((m) => m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION' || m.kind === 'GROUP');
    if (!side) continue;
    for (const b of target) {
      add('IN_CONFLICT_WITH', side, b, 0.8, `nominal:${t.lower}`, [k]);
      if (MUTUAL_WAGED.has(t.lower)) add('IN_CONFLICT_WITH', b, side, 0.8, `nominal:${t.lower}`, [k]);
    }
  }
}

export type Add = (type: RelationshipType, a: Mention, b: Mention, confidence: number, rule: string, extra?: number[]) => void;


/** A word after these is a noun, whatever verb it spells: "Iran's attack", "the strike", "its support". */
const DETERMINERS = /^(the|a|an|its|their|his|her|this|these|those|’s|'s)$/;

/** Words that make a plural noun of the word after them: "air strikes", "several attacks", "two raids". */
const PLURAL_NOUN_MODIFIERS = /^(air|missile|drone|rocket|artillery|several|many|more|further|repeated|heavy|deadly|retaliatory|renewed|fresh|multiple|numerous|dozens|hundreds|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*)$/;

/** "Residents reported air strikes by …", "Israeli strikes hit …": a form in -s after a count, a kind or a demonym is a noun. */
function pluralNoun(tokens: readonly Token[], all: readonly Mention[], v: number): boolean {
  if (!/s$/.test(tokens[v]?.lower ?? '')) return false;
  return PLURAL_NOUN_MODIFIERS.test(tokens[v - 1]?.lower ?? '') || all.some((m) => m.last === v && m.form === 'demonym');
}

const QUOTE_MARKS = /^["“”‘’']$/;

/** An amount in an object: "$1 billion", "€500 million", "1.5". */
const AMOUNT = /^([$€£]|\d[\d,.]*)$/;

function isPassive(tokens: readonly Token[], v: number): boolean {
  const verb = tokens[v];
  if (!verb || !/(ed|struck|hit|held|led|withdrawn|met|left)$/.test(verb.lower)) return false;
  return tokens[v + 1]?.lower === 'by';
}

/** A participle right after a form of "be" ("were detained", "was freed"), with no "by" after it. */
function agentlessPassive(tokens: readonly Token[], v: number): boolean {
  return BE.has(tokens[v - 1]?.lower ?? '') && /(ed|struck|hit|held|led|met|left|taken|shot|seen)$/.test(tokens[v]?.lower ?? '');
}

function verbPatterns(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    const verb = tokens[v];
    if (!verb) continue;
    const rules = verbIndex().get(verb.lower);
    if (!rules || all.some((m) => m.first <= v && v < m.last)) continue;
    if (hedged(tokens, v) || DETERMINERS.test(tokens[v - 1]?.text.toLowerCase() ?? '') || pluralNoun(tokens, all, v)) continue;
    // "the Lebanese armed group Hezbollah": a participle before a descriptor's head noun describes it.
    if (/ed$/.test(verb.lower) && DESCRIPTOR_HEADS.test(tokens[v + 1]?.lower ?? '')) continue;
    for (const rule of rules) {
      // Events are read by events.ts; a passive praise of an actor's act here.
      if (rule.eventTargets && !(rule.type === 'ENDORSES' && rule.passive && isPassive(tokens, v))) continue;
      if (!particlesFollow(tokens, v, rule) || rule.notThen?.includes(tokens[v + 1]?.lower ?? '')) continue;
      // "Peru was hit by Chilean sanctions": an economic blow, no strike (sanctionsTold.ts reads the sanction).
      if (rule.type === 'STRUCK' && /^hit/.test(verb.lower) && economicHit(tokens, v)) continue;
      if (isPassive(tokens, v)) {
        if (rule.passive) passive(tokens, actors, all, v, rule, add);
        continue;
      }
      // "Two journalists were detained in Russia": a passive without its agent has no actor before it.
      if (agentlessPassive(tokens, v)) continue;
      active(tokens, actors, all, v, rule, add);
    }
  }
}

/** A multi-word verb's particles right after the form ("lashed out"): none for most verbs. */
function particlesFollow(tokens: readonly Token[], v: number, rule: VerbRule): boolean {
  return (rule.particles ?? []).every((p, i) => tokens[v + 1 + i]?.lower === p);
}

/** The targets of a coordinated group when the word after the group's last is one of `words`. */
function thenFollows(tokens: readonly Token[], targets: Mention[], words: readonly string[], also?: readonly string[]): Mention[] {
  const last = targets[targets.length - 1];
  if (!last) return [];
  // "pressed Israel on Tuesday to …", "urged Iran again to …": a time or manner may stand between.
  let k = last.last;
  while (k - last.last < 3 && THEN_ADJUNCTS.test(tokens[k]?.lower ?? '')) k++;
  if (!words.includes(tokens[k]?.lower ?? '')) return [];
  // "placed X under house arrest": a second word within three after the first ("under … arrest", not "under pressure").
  return !also || tokens.slice(k + 1, k + 4).some((t) => also.includes(t.lower)) ? targets : [];
}
const THEN_ADJUNCTS = /^(on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|again|repeatedly|publicly|privately|formally|once|yesterday|today|earlier|overnight)$/;

/** The targets own a claim or a report ("Trump's claims", "the US allegations"), the object of a denial. */
function claimOf(tokens: readonly Token[], targets: Mention[]): boolean {
  const last = targets[targets.length - 1];
  if (!last) return false;
  let k = last.last;
  if (/^(['’]s|['’])$/.test(tokens[k]?.text ?? '')) k++;
  const noun = REPORT_NOUNS.has(tokens[k]?.lower ?? '') ? k : REPORT_NOUNS.has(tokens[k + 1]?.lower ?? '') ? k + 1 : -1;
  // "rejected US claims over the canal": a claim to land is a demand, rejected as one.
  return noun >= 0 && !/^(to|over|on)$/.test(tokens[noun + 1]?.lower ?? '');
}

/** "joined the EU in sanctioning …": the group's last name is followed by "in" and a gerund. */
function actingAfter(tokens: readonly Token[], targets: Mention[]): boolean {
  const last = targets[targets.length - 1];
  return last !== undefined && tokens[last.last]?.lower === 'in' && /ing$/.test(tokens[last.last + 1]?.lower ?? '');
}

function targetsFor(rule: VerbRule, ms: Mention[]): Mention[] {
  return ms.filter((m) => (rule.placesOnly ? m.kind === 'PLACE' : rule.organizationsOnly ? m.kind === 'ORGANIZATION' : rule.placeTargets || ACTOR_KINDS.has(m.kind))
    && !(rule.noDemonymTargets && m.form === 'demonym'));
}

/**
 * "appealed to Russian President Vladimir Putin": a people's adjective opening a titled name is the person's
 * country, not the one the act is done to; the person named within three words after it is.
 */
function titledPersonFor(actors: readonly Mention[], tokens: readonly Token[], targets: Mention[]): Mention[] {
  const [only] = targets;
  if (targets.length !== 1 || !only || only.form !== 'demonym') return targets;
  const person = actors.find((m) => m.kind === 'PERSON' && m.first > only.last - 1 && m.first <= only.last + 3 && tokens.slice(only.last, m.first).every((t) => t.isWord));
  return person ? [person] : targets;
}

/** The first word of a direct object past its determiners and a few describing words ("a new trade deal" → "deal"). */
function objectHead(tokens: readonly Token[], from: number): string {
  let k = from;
  while (k < tokens.length && k - from < 4 && /^(a|an|the|new|fresh|landmark|historic|trade|peace|framework|preliminary|final|tentative|-)$/.test(tokens[k]?.lower ?? '')) k++;
  return tokens[k]?.lower ?? '';
}

function active(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, rule: VerbRule, add: Add): void {
  // "Russia freed 90 Ukrainian soldiers, and Ukraine freed …": captives just freed are not the next releaser.
  let subjects = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v))
    .filter((m) => ACTOR_KINDS.has(m.kind) && !(rule.type === 'RELEASED' && m.kind === 'GROUP' && custodyCued(tokens, m.first, m.last - 1)));
  // "Serbia was accused by Kosovo of backing the gunmen": the gerund's subject is the one accused, not the accuser.
  const head = subjects[0] ? outerFirst(subjects[0], all) : -1;
  if (/^(of|for)$/.test(tokens[v - 1]?.lower ?? '') && tokens[head - 1]?.lower === 'by') subjects = actorBefore(actors, all, tokens, head - 2).filter((m) => ACTOR_KINDS.has(m.kind));
  // "Peru left ECOWAS to form the alliance": an infinitive of purpose after an object has the main clause's subject.
  if (tokens[v - 1]?.lower === 'to' && subjects[0]) {
    const objectOf = outerFirst(subjects[0], all) - 1;
    const verb = tokens[objectOf]?.lower ?? '';
    if (/^(left|quit|exited|joined|met|visited|entered|leaves|quits|joins|meets|visits)$/.test(verb)) subjects = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, objectOf)).filter((m) => ACTOR_KINDS.has(m.kind));
  }
  // "Argentina joined Chile in condemning Peru": those who joined and those they joined both act.
  const joined = joinedIn(tokens, v);
  if (joined >= 0) subjects = joinedActors(tokens, actors, all, joined, v);
  // "X agreed / decided / voted to support Y": the decision is the backing (051); other acts agreed to are future.
  if (subjects.length === 0 && rule.type === 'ENDORSES' && tokens[v - 1]?.lower === 'to' && /^(agreed|agrees|decided|decides|voted|votes)$/.test(tokens[v - 2]?.lower ?? '') && !hedged(tokens, v - 2)) {
    subjects = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v - 2)).filter((m) => ACTOR_KINDS.has(m.kind));
  }
  if (subjects.length === 0) return;
  let targets: Mention[] = [];
  const after = pastVerbAdjuncts(tokens, pastQuotedVerb(tokens, v + (rule.particles?.length ?? 0)), rule.type);
  for (const via of rule.objectVia) {
    if (via === '') {
      // "met at the EU summit", "met in Cairo": where they met, not whom.
      if (rule.type === 'MEETS_WITH' && /^(at|in|on|during)$/.test(tokens[after]?.lower ?? '')) continue;
      if (rule.placeIsNoObject && /^(in|on|at|across|near|around|inside|into|along)$/.test(tokens[after]?.lower ?? '')) continue;
      // "struck a deal with Y": a denied head noun of the direct object ends the reading.
      if (rule.objectDeny && rule.objectDeny.includes(objectHead(tokens, after))) continue;
      // "detained reporter X", "freed three Israeli hostages", "blacklisted Hezbollah financier X": people named
      // after what they are (and whose) come first; a plain object otherwise.
      const described = rule.describedTargets ? describedTargetAfter(actors, all, tokens, after, rule.type === 'SANCTIONS') : [];
      targets = described.length > 0 ? described
        : rule.placeTargets && rule.type === 'STRUCK' ? targetsInClause(actors, tokens, after, all) : targetAfter(actors, all, tokens, after);
      // "visited a hospital in Kharkiv", "toured front-line positions in the Donetsk region": the place visited.
      if (targets.length === 0 && rule.type === 'VISITS') targets = siteVisitedIn(tokens, all, after);
    } else {
      let needed = rule.objectNeeds === undefined;
      for (let k = after; k < Math.min(tokens.length, v + (rule.reach ?? 5)); k++) {
        const t = tokens[k];
        if (!t) break;
        if (t.lower === via) {
          if (needed) targets = titledPersonFor(actors, tokens, targetAfter(actors, all, tokens, k + 1, 4));
          // "warned that the delegation in Lima would leave": what a that-clause warns about is its subject, not a
          // place or owner inside the subject's phrase.
          if (via === 'that' && rule.type === 'WARNS_ABOUT') targets = targets.filter((m) => /^(the|a|an)?$/.test(tokens.slice(k + 1, m.first).map((x) => x.lower).join(' ')));
          break;
        }
        // "pledged $1 billion in aid to Y": an amount stands in the object.
        // "fired \"heavy artillery\" on Y": quotation marks around the weapon stand in the object too.
        if (!(t.isWord || AMOUNT.test(t.text) || QUOTE_MARKS.test(t.text)) || rule.objectDeny?.includes(t.lower)) break;
        if (rule.objectNeeds?.includes(t.lower)) needed = true;
      }
    }
    if (rule.type === 'MEETS_WITH') targets = [...targets, ...furtherPartners(actors, all, tokens, targets)];
    targets = counterparts(tokens, all, targetsFor(rule, targets));
    // "hosted the Arab League summit": the convener names the summit (gatherings.ts), it is not the object.
    targets = targets.filter((m) => summitAt(tokens, all, m.last) < 0);
    // "pulled out of the Black Sea grain deal", "withdrew from the Paris Agreement": the place names the accord left.
    if (rule.type === 'WITHDREW_FROM') targets = targets.filter((m) => m.kind !== 'PLACE' || !ACCORD_WORDS.test(tokens[m.last]?.lower ?? ''));
    if (via === '' && rule.targetThen) targets = thenFollows(tokens, targets, rule.targetThen, rule.targetThenAlso);
    // "rejected Trump's claims": rejecting a claim disputes it (stance.ts); only a proposal or demand is REJECTS.
    if (via === '' && rule.type === 'REJECTS' && claimOf(tokens, targets)) targets = [];
    if (via === '' && rule.partnerInActing && actingAfter(tokens, targets)) targets = [];
    if (targets.length > 0) break;
  }
  const tag = rule.lemma.replace(/ /g, '-');
  const prefix = rule.source === 'lexicon' ? 'lexicon:' : 'verb:';
  // "X agreed a truce with Y", "X signed a ceasefire deal with Y": the agreement is a ceasefire (0871), not also 030.
  const object = tokens.slice(v + 1, targets[0]?.first ?? v + 6);
  const truceObject = object.some((t) => TRUCE_NOUNS.has(t.lower) || (t.lower === 'cease' && object.some((f) => f.lower === 'fire')));
  const actType: RelationshipType = rule.type === 'AGREES_WITH' && truceObject ? 'CEASEFIRE_WITH' : rule.type;
  // "Peru, which Chile has long accused of arming the rebels, …": a verb with no object of its own acts on the
  // name the relative clause hangs on.
  if (targets.length === 0 && rule.objectVia.includes('') && !rule.symmetric) targets = relativeAntecedent(tokens, actors, all, subjects, after);
  if (targets.length === 0) {
    // "Russia and Ukraine agreed", "X and Y discussed": a mutual act between the coordinated actors.
    // "X and Y accused each other": any act done to "each other" or "one another" is mutual.
    const reciprocal = /^(each|one)$/.test(tokens[after]?.lower ?? '') && /^(other|another)$/.test(tokens[after + 1]?.lower ?? '');
    // "urged both sides to agree": an act in the infinitive is asked for, not done.
    if ((rule.symmetric || reciprocal) && subjects.length > 1 && tokens[v - 1]?.lower !== 'to') {
      // "agreed to a 30-day ceasefire": a duration may stand between (30 / - / day).
      const next = tokens.slice(v + 1, v + 8).map((t) => t.lower);
      const truce = next.some((w) => TRUCE_NOUNS.has(w)) || (next.includes('cease') && next.includes('fire'));
      const type: RelationshipType = rule.type === 'AGREES_WITH' && truce ? 'CEASEFIRE_WITH' : rule.type;
      const words = reciprocal ? [v, after + 1] : [v, after - 1];
      for (const a of subjects) for (const b of subjects) add(type, a, b, rule.confidence, `${prefix}mutual:${tag}`, words);
    }
    return;
  }
  for (const a of subjects) {
    for (const b of targets) {
      add(actType, a, b, rule.confidence, `${prefix}active:${tag}`, [v]);
      if (rule.symmetric || rule.mutualObject) add(actType, b, a, rule.confidence, `${prefix}active:${tag}`, [v]);
    }
  }
  // "A and B met C at the White House": those who went to the meeting together met each other too.
  const people = subjects.filter((m) => m.kind === 'PERSON');
  if (rule.type === 'MEETS_WITH' && rule.lemma === 'meet' && people.length > 1) for (const a of people) for (const b of people) add(actType, a, b, rule.confidence * 0.9, `${prefix}joint:${tag}`, [v]);
}

/**
 * "Peru, which Chile has accused of …", "Ruiz, whom Chile sanctioned in May, …": the name before ", which/whom" when
 * the subject opens that relative clause and nothing but the verb's own object words ("of", "for", a time) follows.
 */
function relativeAntecedent(tokens: readonly Token[], actors: Mention[], all: Mention[], subjects: readonly Mention[], after: number): Mention[] {
  const first = subjects[0];
  if (!first || !/^(of|for|over|in|on|last|this|earlier|since|,|\.)$/.test(tokens[after]?.lower ?? '.')) return [];
  const head = outerFirst(first, all);
  if (!/^(which|whom)$/.test(tokens[head - 1]?.lower ?? '') || tokens[head - 2]?.text !== ',') return [];
  const idx = actors.findIndex((m) => m.last === head - 2 && ACTOR_KINDS.has(m.kind));
  return idx >= 0 && !subjects.includes(actors[idx] as Mention) ? groupAround(actors, idx, tokens, all) : [];
}

/** Manner words between a verb and its object: "condemned unequivocally the strikes". */
const MANNER_WORDS = /^(strongly|firmly|unequivocally|unreservedly|vehemently|categorically|vigorously|resolutely|once|again|also|publicly|swiftly)$/;

/**
 * Where the object starts past what may stand between a verb and it: a manner adverbial ("condemned in the
 * strongest terms the strikes", quoted or not), and a second verb of the same act ("condemns and denounces the
 * attacks"). `after` is the token after the verb.
 */
function pastVerbAdjuncts(tokens: readonly Token[], after: number, type: RelationshipType): number {
  let k = after;
  for (let round = 0; round < 3; round++) {
    const start = k;
    const quoted = /^[“"]$/.test(tokens[k]?.text ?? '') ? 1 : 0;
    const j = k + quoted;
    // "in the strongest (possible) terms", "in no uncertain terms"
    if (tokens[j]?.lower === 'in' && /^(the|no)$/.test(tokens[j + 1]?.lower ?? '')) {
      let e = j + 2;
      while (e - j < 6 && tokens[e]?.isWord && tokens[e]?.lower !== 'terms') e++;
      if (tokens[e]?.lower === 'terms') k = e + 1 + (quoted && /^[”"]$/.test(tokens[e + 1]?.text ?? '') ? 1 : 0);
    } else if (MANNER_WORDS.test(tokens[k]?.lower ?? '')) k++;
    else if (tokens[k]?.lower === 'and' && (verbIndex().get(tokens[k + 1]?.lower ?? '') ?? []).some((r) => r.type === type)) k += 2;
    // 'said it "strongly condemns and denounces" the attacks': the quotation closes after the second verb.
    else if (round > 0 && /^[”"]$/.test(tokens[k]?.text ?? '')) k++;
    if (k === start) break;
  }
  return k;
}

const JOIN_VERBS = /^(joined|joins|join|joining)$/;

/** "A (and B) joined C (and D) in condemning …": the token of "joined" when the gerund at `v` follows "in", else -1. */
export function joinedIn(tokens: readonly Token[], v: number): number {
  if (tokens[v - 1]?.lower !== 'in' || !/ing$/.test(tokens[v]?.lower ?? '')) return -1;
  for (let k = v - 2; k >= Math.max(0, v - 12); k--) {
    const t = tokens[k];
    if (!t) return -1;
    if (JOIN_VERBS.test(t.lower)) return hedged(tokens, k) ? -1 : k;
    // Only the names joined, their joiners and "the" may stand between "joined" and "in".
    if (!(t.capitalized || t.text === ',' || t.text === '’s' || t.text === "'s" || /^(and|the|other|its|their|fellow)$/.test(t.lower) || /^\p{Lu}/u.test(t.text))) return -1;
  }
  return -1;
}

/** Who acts in "A joined C in …ing": the subject of "joined" and the actors it joined. */
function joinedActors(tokens: readonly Token[], actors: Mention[], all: Mention[], joined: number, v: number): Mention[] {
  const joiners = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, joined)).filter((m) => ACTOR_KINDS.has(m.kind));
  const joinedOnes = actors.filter((m) => m.first > joined && m.last < v && ACTOR_KINDS.has(m.kind));
  return joiners.length > 0 && joinedOnes.length > 0 ? [...joiners, ...joinedOnes] : [];
}

const VISIT_SIDES = /^(eastern|western|northern|southern|central|northeastern|northwestern|southeastern|southwestern|occupied)$/;

/**
 * "a hospital in Kharkiv", "front-line positions in the Donetsk region" from `k`: a plain object of lower-case words
 * (at most six), then "in" and a place or state, which is where the visit was. Empty when a name or clause comes first.
 */
function siteVisitedIn(tokens: readonly Token[], all: readonly Mention[], k: number): Mention[] {
  for (let j = k; j < Math.min(tokens.length, k + 7); j++) {
    const t = tokens[j];
    if (!t || (!t.isWord && t.text !== '-') || t.capitalized || BOUNDARY_WORDS.has(t.lower)) return [];
    if (t.lower !== 'in' || j === k) continue;
    let p = j + 1;
    if (tokens[p]?.lower === 'the') p++;
    while (p - j < 4 && VISIT_SIDES.test(tokens[p]?.lower ?? '')) p++;
    const place = all.find((m) => m.first === p && !m.inTitle && (m.kind === 'PLACE' || m.kind === 'COUNTRY') && m.form !== 'demonym');
    return place ? [place] : [];
  }
  return [];
}

function passive(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, rule: VerbRule, add: Add): void {
  if (rule.particles) return;
  const agents = targetAfter(actors, all, tokens, v + 2, 4).filter((m) => ACTOR_KINDS.has(m.kind));
  if (agents.length === 0) return;
  const before = tokens[v - 1];
  // "the Andean Front, backed by Bolivia,": the participle set off by a comma describes the name before it.
  const setOff = before?.text === ',' ? actors.filter((m) => m.last === v - 1) : [];
  let patients = setOff.length > 0 ? setOff : before && BE.has(before.lower) ? actorBefore(actors, all, tokens, v, 4) : actorBefore(actors, all, tokens, v, 2);
  if (patients.length === 0 && OWNED_PASSIVES.has(rule.type)) patients = ownerOfSubject(tokens, actors, v);
  // "The attack on Israel was condemned by France": a name after a preposition is not what the verb acts on. Its
  // author is: "the plan proposed by France was rejected by Germany" rejects France.
  const head = patients[0] ? outerFirst(patients[0], all) : -1;
  const author = tokens[head - 1]?.lower === 'by' && AGENT_PARTICIPLES.has(tokens[head - 2]?.lower ?? '') && OWNED_PASSIVES.has(rule.type);
  if (!author && /^(on|against|in|at|to|with|for|over|into|near|by)$/.test(tokens[head - 1]?.lower ?? '')) {
    // "Israel's strikes on Iran were condemned by Y": the owner of the act the name is the object of.
    patients = OWNED_PASSIVES.has(rule.type) ? ownerOfSubject(tokens, actors, v) : [];
    if (patients.length === 0) return;
  }
  // A welcome or hail of an accord is read by events.ts; here only of an actor's act or offer ("Qatar's proposal
  // was welcomed by Y"), never of people received ("the delegation was welcomed by Y").
  if (rule.eventTargets && (!actOrOfferBefore(tokens, v) || (!author && patients.some((m) => m.first === head && !/^(’s|'s)$/.test(tokens[m.last]?.text ?? '') && m.form !== 'demonym')))) return;
  // "The accusations that Peru armed the rebels were rejected by Lima": a claim rejected is disputed (stance.ts), not
  // a proposal turned down by the one it names.
  if (rule.type === 'REJECTS' && claimSubject(tokens, v)) return;
  const rulename = `${rule.source === 'lexicon' ? 'lexicon:' : 'verb:'}passive:${rule.lemma.replace(/ /g, '-')}`;
  for (const a of agents) {
    for (const b of targetsFor(rule, patients)) {
      add(rule.type, a, b, rule.confidence - 0.05, rulename, [v]);
      // "Y was briefed by X": a mutual act told from its other end is mutual still.
      if (rule.symmetric) add(rule.type, b, a, rule.confidence - 0.05, rulename, [v]);
    }
  }
}

/** Whether the passive at `v` has a claim for its subject: "The accusations by Chile that … were rejected". */
function claimSubject(tokens: readonly Token[], v: number): boolean {
  for (let k = v - 1; k >= 0; k--) {
    const w = tokens[k]?.lower ?? '';
    if (w === ';' || w === 'but') return false;
    if (REPORT_NOUNS.has(w) && /^(the|these|those|such|its|their|his|her)$/.test(tokens[k - 1]?.lower ?? '') && (k - 1 === 0 || tokens[k - 2]?.text === ',')) return true;
  }
  return false;
}

/** An act or offer in the subject before the passive at `v` ("Qatar's proposal was welcomed"), not a visitor ("Qatar's emir"). */
function actOrOfferBefore(tokens: readonly Token[], v: number): boolean {
  for (let j = v - 1; j >= Math.max(0, v - 10); j--) {
    const t = tokens[j];
    if (!t || t.text === ',' || BOUNDARY_WORDS.has(t.lower)) return false;
    if (ACT_NOUNS.has(t.lower) || PROPOSAL_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** Speech acts whose passive subject may be an actor's act: "Iran's attack was condemned by the G7" criticises Iran. */
const OWNED_PASSIVES: ReadonlySet<RelationshipType> = new Set(['CRITICIZES', 'ENDORSES', 'REJECTS']);

/** "Iran's attack was", "the Russian proposal has been": the owner of the thing before the passive at `v`. */
function ownerOfSubject(tokens: readonly Token[], actors: Mention[], v: number): Mention[] {
  let j = v - 1;
  while (j > 0 && (BE.has(tokens[j]?.lower ?? '') || /^(has|have|had|also|widely|swiftly|roundly|strongly|quickly)$/.test(tokens[j]?.lower ?? ''))) j--;
  const noun = tokens[j];
  if (j === v - 1 || !noun || !noun.isWord) return [];
  const phrase = ownedInfinitive(tokens, j);
  if (phrase === null && noun.capitalized) return [];
  j = phrase ?? j;
  // "Syria's new government", "the Russian peace proposal": up to two plain words between the owner and the noun.
  let q = j;
  while (q > j - 2 && tokens[q - 1]?.isWord && !tokens[q - 1]?.capitalized && !/^(the|a|an|of|on|by|to|in|and|’s|'s)$/.test(tokens[q - 1]?.lower ?? '')) q--;
  const owned = /^(’s|'s)$/.test(tokens[q - 1]?.text ?? '');
  const owner = actors.find((m) => m.last === (owned ? q - 1 : q) && ACTOR_KINDS.has(m.kind) && m.kind !== 'PLACE' && (owned || m.form === 'demonym'));
  if (!owner) return [];
  // The owner opens the clause: "the strike on Iran's port was condemned" does not criticise Iran.
  let p = owner.first - 1;
  if (/^(the|a|an)$/.test(tokens[p]?.lower ?? '')) p--;
  return p < 0 || tokens[p]?.text === ',' ? [owner] : [];
}

/**
 * "Russia's decision to pull out of the grain deal was criticised", "Russia's strikes on Ukraine's grid were
 * condemned": the noun owned before an infinitive or a prepositional phrase that runs up to the passive (ending at
 * `end`), else null. No clause may open in between.
 */
function ownedInfinitive(tokens: readonly Token[], end: number): number | null {
  for (let j = end; j >= Math.max(2, end - 10); j--) {
    const t = tokens[j];
    if (!t || t.text === ',' || BOUNDARY_WORDS.has(t.lower)) return null;
    if (/^(to|on|against|in|at)$/.test(t.lower) && /^(’s|'s)$/.test(tokens[j - 2]?.text ?? '') && tokens[j - 1]?.isWord && !tokens[j - 1]?.capitalized) return j - 1;
  }
  return null;
}

/** "fighting between Israel and Hezbollah", "a ceasefire between Israel and Hamas", "talks between X and Y". */
function betweenPatterns(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k]?.lower !== 'between') continue;
    const noun = nounBefore(tokens, k);
    if (!noun) continue;
    // "talks between President X and Y's leader Z": people in talks meet (040), both ways.
    if (MEETING_NOUNS.has(noun.word) && !hypothetical(tokens, noun.index)) {
      const people = targetAfter(actors, all, tokens, k + 1, 3).filter((m) => m.kind === 'PERSON');
      const a = people[0];
      const b = people[1] ?? (a && tokens[a.last]?.lower === 'and' ? actors.find((m) => m.kind === 'PERSON' && m.first > a.last && outerFirst(m, all) <= a.last + 8) : undefined);
      if (a && b && b !== a) {
        add('MEETS_WITH', a, b, 0.8, `between:${noun.word}`, [noun.index]);
        add('MEETS_WITH', b, a, 0.8, `between:${noun.word}`, [noun.index]);
        continue;
      }
    }
    const pair = betweenPair(tokens, actors, all, k);
    if (!pair) continue;
    const [a, b] = pair;
    const truce = TRUCE_NOUNS.has(noun.word) || truceAfter(tokens, b.last) || tokens[noun.index - 1]?.lower === 'peace';
    if ((CONFLICT_NOUNS.has(noun.word) && !feared(tokens, noun.index)) || truce) {
      add('IN_CONFLICT_WITH', a, b, 0.9, `between:${noun.word}`, [noun.index]);
      add('IN_CONFLICT_WITH', b, a, 0.9, `between:${noun.word}`, [noun.index]);
    }
    const promised = hypothetical(tokens, noun.index);
    if ((TRUCE_NOUNS.has(noun.word) || DEAL_NOUNS.has(noun.word)) && !promised && (!CONCLUDED_NOUNS.test(noun.word) || sought(tokens, noun.index))) {
      add('NEGOTIATES', a, b, 0.8, `between:${noun.word}`, [noun.index]);
      add('NEGOTIATES', b, a, 0.8, `between:${noun.word}`, [noun.index]);
    }
  }
}

/**
 * "an agreement between A and B" names an accord, negotiated or done ("the result of an agreement between A and B"):
 * it is negotiation (046) only when the words before it say the accord is being sought ("efforts to reach an
 * agreement between A and B", "talks on an accord between …").
 */
const CONCLUDED_NOUNS = /^(agreement|accord)$/;
const SEEKING = /^(reach|reaching|secure|securing|broker|brokering|negotiate|negotiating|seek|seeking|sought|toward|towards|talks|negotiations|push|pushing|pursue|pursuing|working|mediate|mediating|hammer|hammering|clinch|clinching)$/;

function sought(tokens: readonly Token[], noun: number): boolean {
  return tokens.slice(Math.max(0, noun - 5), noun).some((t) => SEEKING.test(t.lower));
}

/** The two sides after "between": "Atlantis and the rebel movement it fights" (descriptors skipped). */
function betweenPair(tokens: readonly Token[], actors: Mention[], all: Mention[], k: number): [Mention, Mention] | null {
  const first = targetAfter(actors, all, tokens, k + 1, 3).filter((m) => ACTOR_KINDS.has(m.kind) && m.kind !== 'PERSON');
  if (first.length === 2) return [first[0] as Mention, first[1] as Mention];
  const a = first[0];
  if (first.length !== 1 || !a) return null;
  // "between Sudan's army and the RSF": a state's forces are the state (eval/README.md, rule 8).
  // "between Kosovo police and Serb gunmen": the same without the possessive.
  const FORCES = /^(army|forces|military|troops|government|police|junta)$/;
  const own = /^(['’]s)$/.test(tokens[a.last]?.text ?? '') && FORCES.test(tokens[a.last + 1]?.lower ?? '') ? 2
    : a.kind === 'COUNTRY' && FORCES.test(tokens[a.last]?.lower ?? '') ? 1
    // "between Zenda fighters and the army": a group's armed men are the group.
    : a.kind === 'ORGANIZATION' && /^(fighters|militiamen|militants|rebels|gunmen|forces)$/.test(tokens[a.last]?.lower ?? '') ? 1 : 0;
  const and = a.last + own;
  if (tokens[and]?.lower !== 'and') return null;
  const b = actors.find((m) => m.first > and && m.first <= and + 7 && ACTOR_KINDS.has(m.kind) && m.kind !== 'PERSON');
  if (!b) return null;
  const between = tokens.slice(and + 1, b.first);
  if (between.some((t) => !t.isWord && t.text !== '-' && t.text !== '—' || BOUNDARY_WORDS.has(t.lower))) return null;
  return [a, b];
}

/** What fighting did between its sides: "clashes erupted between X and Y", "fighting broke out between". */
const ERUPTED = /^(erupted|erupts|broke|flared|raged|rages|continued|continues|intensified|escalated|resumed|resumes)$/;

function nounBefore(tokens: readonly Token[], k: number): { word: string; index: number } | null {
  // "clashes (have) broke(n) out between": the conflict noun before the verb, as if right before "between".
  const verb = tokens[k - 1]?.lower === 'out' ? k - 2 : k - 1;
  if (ERUPTED.test(tokens[verb]?.lower ?? '') && (verb === k - 2 || tokens[verb]?.lower !== 'broke')) {
    const n = tokens[verb - 1]?.lower === 'have' || tokens[verb - 1]?.lower === 'has' ? verb - 2 : verb - 1;
    const noun = tokens[n]?.lower ?? '';
    if (CONFLICT_NOUNS.has(noun)) return { word: noun, index: n };
  }
  const t = tokens[k - 1];
  if (!t) return null;
  if (t.lower === 'fire' && tokens[k - 2]?.text === '-' && tokens[k - 3]?.lower === 'cease') return { word: 'ceasefire', index: k - 3 };
  if (CONFLICT_NOUNS.has(t.lower) || TRUCE_NOUNS.has(t.lower) || DEAL_NOUNS.has(t.lower) || MEETING_NOUNS.has(t.lower)) return { word: t.lower, index: k - 1 };
  return null;
}

function truceAfter(tokens: readonly Token[], from: number): boolean {
  const words = tokens.slice(from, from + 4).map((t) => t.lower);
  return words[0] === 'on' && words.some((w) => TRUCE_NOUNS.has(w) || w === 'cease');
}

/** "the Russia-Ukraine war", "Israel-Hezbollah fighting". */
function compoundPatterns(tokens: readonly Token[], all: Mention[], add: Add): void {
  for (const a of all) {
    if (a.inTitle || !isModifier(a, tokens)) continue;
    const b = all.find((m) => m.first === a.last + 1 && !m.inTitle);
    if (!b || !ACTOR_KINDS.has(a.kind) || !ACTOR_KINDS.has(b.kind)) continue;
    const noun = tokens[b.last];
    if (!noun || !CONFLICT_NOUNS.has(noun.lower) || feared(tokens, a.first)) continue;
    add('IN_CONFLICT_WITH', a, b, 0.8, `compound:${noun.lower}`, [b.last]);
    add('IN_CONFLICT_WITH', b, a, 0.8, `compound:${noun.lower}`, [b.last]);
  }
}

/** "the Iran-backed militant group Hezbollah", "Iranian-backed militia": the backer ENDORSES the group. */
function backedPatterns(tokens: readonly Token[], all: Mention[], previousOrg: Mention | null, add: Add): void {
  for (const a of all) {
    if (a.inTitle || (a.kind !== 'COUNTRY' && a.kind !== 'ORGANIZATION')) continue;
    if (tokens[a.last]?.text !== '-' || tokens[a.last + 1]?.lower !== 'backed') continue;
    const after = all.find((m) => m.first > a.last + 1 && m.first <= a.last + 5 && m.kind === 'ORGANIZATION' && !m.inTitle);
    const groupWord = tokens.slice(a.last + 2, a.last + 5).some((t) => /^(group|militia|militias|rebels|movement|fighters|militants|forces)$/.test(t.lower));
    const earlier = [...all].reverse().find((m) => m.last <= a.first && m.kind === 'ORGANIZATION' && !m.inTitle);
    const target = after ?? (groupWord ? earlier ?? previousOrg ?? undefined : undefined);
    if (target) add('ENDORSES', a, target, 0.8, after ? 'backed:named' : 'backed:back-reference', [a.last + 1]);
  }
}

/** Words between an act's author and the word that owns the act: "was behind", "denied any role in", "bears full responsibility for". */
/** The verbs among those words: one of them (or a denial) must say it. */
const AGENCY_VERBS = /^(was|is|are|were|been|being|be|bears|bore|bear|played|plays|play|had|has|have|accepted|admitted)$/;
const AGENCY_LEAD = /^(was|is|are|were|been|being|be|any|a|an|the|direct|its|their|full|sole|bears|bore|bear|played|plays|play|had|has|have|accepted|admitted)$/;

/**
 * Where to look for the author of an act owned by an agency word at `v` ("Peru was behind the attack"): before the
 * words leading to it, or before a denial of it ("Peru denied any role in the attack", disputed by stance.ts). A
 * negation among them ("played no role in") owns nothing: -1.
 */
function agencySubjectEnd(tokens: readonly Token[], v: number): number {
  let j = v;
  let verb = false;
  while (j > 0 && AGENCY_LEAD.test(tokens[j - 1]?.lower ?? '')) {
    j--;
    verb ||= AGENCY_VERBS.test(tokens[j]?.lower ?? '');
  }
  const before = tokens[j - 1]?.lower ?? '';
  if (before === 'no' || before === 'not' || before === 'never' || before.endsWith("n't")) return -1;
  if (DENY_GERUND.has(before)) return j - 1;
  // Said of someone by a verb ("was behind", "bears responsibility for"), not owned ("Peru's role in … is unclear").
  return verb ? j : -1;
}

/** What a strike did, told by its toll: "strikes killed 20 people in Tacna", "the attack wounded dozens in Lima". */
const TOLL_VERBS = /^(killed|kill|kills|wounded|injured|destroyed|damaged|hit|levelled|leveled|flattened)$/;
const STRIKERS = (m: Mention): boolean => m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION' || m.kind === 'GROUP';

/** Verbs of a response whose means follows "with": "responded with strikes", "hit back with", "retaliated with". */
const RESPONDED = /^(responded|responds|respond|retaliated|retaliates|retaliate|hit|hits|struck|reacted|answered)$/;

/** "Israeli airstrikes on Hezbollah …", "carried out strikes against Houthi targets in Yemen". */
function strikeNouns(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const prep = tokens[k + 1];
    if (!t || !prep || !STRIKE_NOUNS.has(t.lower) || (prep.lower !== 'on' && prep.lower !== 'against')) continue;
    if (hedged(tokens, k)) continue;
    let actorsHere = actorBefore(actors, all, tokens, k, 1);
    if (actorsHere.length === 0) {
      // A light verb: "X carried out / launched / conducted strikes against Y".
      // Up to four plain words between the light verb and the noun ("launched a massive drone attack on").
      let v = k - 1;
      while (v >= 0 && k - v <= 5 && (tokens[v]?.isWord ?? false) && !(tokens[v]?.capitalized ?? true) && !LIGHT_VERBS.test(tokens[v]?.lower ?? '') && !agencyWord(tokens[v]?.lower ?? '') && !BOUNDARY_WORDS.has(tokens[v]?.lower ?? '') && tokens[v]?.lower !== 'with') v--;
      // Or a word that owns the act: "X was behind / responsible for / denied any role in the attack on Y".
      if (agencyWord(tokens[v]?.lower ?? '')) {
        const end = agencySubjectEnd(tokens, v);
        if (end >= 0) actorsHere = actorBefore(actors, all, tokens, end);
      } else if (LIGHT_VERBS.test(tokens[v]?.lower ?? '')) {
        if (tokens[v]?.lower === 'out' || tokens[v]?.lower === 'up') v--;
        actorsHere = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v));
      } else if (tokens[v]?.lower === 'with' && RESPONDED.test(tokens[v - 1]?.lower === 'back' ? tokens[v - 2]?.lower ?? '' : tokens[v - 1]?.lower ?? '')) {
        // "X responded with missile strikes on Y", "X hit back with strikes on Y": the response is X's.
        const r = tokens[v - 1]?.lower === 'back' ? v - 2 : v - 1;
        if (!hedged(tokens, r)) actorsHere = actorBefore(actors, all, tokens, r);
      }
    }
    const subjects = actorsHere.filter((m) => ACTOR_KINDS.has(m.kind));
    // "attacks on shipping in the Red Sea": a sea or gulf is where the act happens, never what is struck.
    const targets = targetsInClause(actors, tokens, k + 2, all).filter((m) => m.kind !== 'PLACE' || !WATERS.test(m.entityId));
    for (const a of subjects) for (const b of targets) add('STRUCK', a, b, 0.85, `nominal:${t.lower}`, [k]);
  }
  // "Chilean strikes killed 20 people in Tacna": an owned strike's toll told with where it fell.
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || !STRIKE_NOUNS.has(t.lower) || !TOLL_VERBS.test(tokens[k + 1]?.lower ?? '') || hedged(tokens, k + 1)) continue;
    const owners = actorBefore(actors, all, tokens, k, 1).filter((m) => STRIKERS(m));
    if (owners.length === 0) continue;
    const j = tokens.slice(k + 2, k + 10).findIndex((x) => x.lower === 'in' || BOUNDARY_WORDS.has(x.lower) || x.text === ',');
    if (j < 0 || tokens[k + 2 + j]?.lower !== 'in') continue;
    const places = targetAfter(actors, all, tokens, k + 3 + j, 2).filter((m) => m.kind === 'PLACE' || m.kind === 'COUNTRY');
    for (const a of owners) for (const b of places) if (a.entityId !== b.entityId) add('STRUCK', a, b, 0.8, `nominal:${t.lower}-toll`, [k, k + 1]);
  }
  // Hyphen-glued targets ("airstrikes on Hezbollah-controlled areas") are modifiers but still the target.
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || !STRIKE_NOUNS.has(t.lower) || !/^(on|against)$/.test(tokens[k + 1]?.lower ?? '')) continue;
    const glued = all.find((m) => m.first === k + 2 && isModifier(m, tokens) && m.kind === 'ORGANIZATION');
    if (!glued) continue;
    for (const a of actorBefore(actors, all, tokens, k, 1)) add('STRUCK', a, glued, 0.85, `nominal:${t.lower}`, [k]);
  }
}

/** "A Freedonian delegation led by Trade Minister Ana Ruiz", "The Hamas delegation is being headed by …". */
function delegationHeads(tokens: readonly Token[], actors: Mention[], all: Mention[], previous: Mention | null, add: Add): void {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || !/^(led|headed)$/.test(t.lower) || tokens[k + 1]?.lower !== 'by') continue;
    const people = targetAfter(actors, all, tokens, k + 2, 3).filter((m) => m.kind === 'PERSON');
    if (people.length === 0) continue;
    let d = k - 1;
    while (d >= 0 && /^(is|are|was|were|being|been|,|also)$/.test(tokens[d]?.lower ?? '')) d--;
    if (!/^(delegation|team|delegations)$/.test(tokens[d]?.lower ?? '')) continue;
    let principal: Mention | undefined;
    for (let j = d - 1; j >= Math.max(0, d - 4); j--) {
      principal = all.find((m) => m.last === j + 1 && !m.inTitle && (m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION'));
      if (principal) break;
    }
    // "the delegation, headed by …" after "A Hamas delegation arrived …": the same delegation.
    // The quote stays in this sentence: "the delegation" stands for its owner, named in an earlier one.
    const the = tokens[d - 1];
    const noun = tokens[d];
    const back = !principal && the?.lower === 'the' && noun && previous ? { ...previous, start: the.start, end: noun.end, first: d - 1, last: d + 1 } : undefined;
    principal ??= back;
    if (!principal) continue;
    for (const p of people) add('ENVOY_OF', p, principal, back ? 0.8 : 0.9, back ? 'delegation:head:back-reference' : 'delegation:head', [d]);
  }
}

/**
 * "The US delegation included A, B and C", "Ukraine was represented by A, B and C", "Russia's other three
 * negotiators were named as A, B and C": each named person is an envoy of the principal.
 */
function delegationMembers(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) continue;
    let from = -1;
    if (/^(included|includes|include|comprised|comprises)$/.test(t.lower)) from = k + 1;
    else if (/^(represented)$/.test(t.lower) && tokens[k + 1]?.lower === 'by') from = k + 2;
    else if (t.lower === 'named' && tokens[k + 1]?.lower === 'as') from = k + 2;
    if (from < 0) continue;
    const people = targetAfter(actors, all, tokens, from, 2).filter((m) => m.kind === 'PERSON');
    if (people.length === 0) continue;
    // The principal: "Ukraine was represented", or the owner of a delegation noun before the verb.
    let principal: Mention | undefined;
    for (let j = k - 1; j >= Math.max(0, k - 7) && !principal; j--) {
      const w = tokens[j];
      if (!w || BOUNDARY_WORDS.has(w.lower) || w.text === ',') break;
      principal = all.find((m) => m.last === j + 1 && !m.inTitle && (m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION'));
      if (principal && t.lower !== 'represented') {
        const rest = tokens.slice(principal.last, k).map((x) => x.lower);
        if (!rest.some((w2) => /^(delegation|team|negotiators|delegates|representatives)$/.test(w2))) principal = undefined;
        else break;
      }
    }
    if (!principal) continue;
    for (const p of people) add('ENVOY_OF', p, principal, 0.85, `delegation:member`, [k]);
  }
}

/**
 * "the delegation" and "the team" after a sentence that named "<X> delegation": X, as an actor of this sentence
 * ("The delegation, led by Y, met Z", "the team arrived in Lima"). "the delegation of Z" names its own owner.
 */
function delegationReferences(tokens: readonly Token[], mentions: readonly Mention[], previous: Mention | null): Mention[] {
  if (!previous) return [];
  const out: Mention[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const noun = tokens[k];
    const the = tokens[k - 1];
    if (!noun || !the || the.lower !== 'the' || !/^(delegation|team)$/.test(noun.lower) || /^(of|from|’s|'s)$/.test(tokens[k + 1]?.text ?? '')) continue;
    if (mentions.some((m) => m.first <= k && k < m.last)) continue;
    out.push({ ...previous, start: the.start, end: noun.end, first: k - 1, last: k + 1, form: 'anaphor', inTitle: false, np: undefined });
  }
  return out;
}

/** The owner of a "<X> delegation" in this sentence, for later "the delegation". */
export function delegationOwner(tokens: readonly Token[], all: readonly Mention[]): Mention | null {
  let owner: Mention | null = null;
  for (const m of all) {
    if (m.inTitle || (m.kind !== 'COUNTRY' && m.kind !== 'ORGANIZATION')) continue;
    if (/^(delegation|team)$/.test(tokens[m.last]?.lower ?? '')) owner = m;
  }
  return owner;
}

const PLACE_NOUNS = /^(city|town|province|region|governorate|district|village|port|capital|state|county|area|resort|enclave|island|oblast)$/;

/**
 * Where places lie, when the sentence says so: "Marib in Yemen", "the Gaza Strip city of Rafah", "Istanbul's
 * Dolmabahçe Palace", "the capital Sanaa" (a capital of a country the sentence names).
 */
function locatedPatterns(tokens: readonly Token[], all: Mention[], add: Add): void {
  const places = all.filter((m) => !m.inTitle && (m.kind === 'PLACE' || m.kind === 'COUNTRY'));
  for (const inner of places) {
    if (inner.kind !== 'PLACE') continue;
    // "Marib in Yemen"
    const after = tokens[inner.last];
    if (after?.lower === 'in') {
      const outer = places.find((m) => m.first === inner.last + 1 || (m.first === inner.last + 2 && tokens[inner.last + 1]?.lower === 'the'));
      // "Arvi in Peru's Loreto province": the region the state owns is the nearer container.
      const region = outer && /^['’]s$/.test(tokens[outer.last]?.text ?? '') ? places.find((m) => m.first === outer.last + 1 && m.kind === 'PLACE') : undefined;
      if (region) add('LOCATED_IN', inner, region, 0.8, 'place:in-region-of', []);
      else if (outer) add('LOCATED_IN', inner, outer, 0.8, 'place:in', []);
    }
    // "the northern province city of Altdorf", "the central province of Marib"
    if (tokens[inner.first - 1]?.lower === 'of' && PLACE_NOUNS.test(tokens[inner.first - 2]?.lower ?? '')) {
      let j = inner.first - 3;
      while (j >= 0 && PLACE_NOUNS.test(tokens[j]?.lower ?? '')) j--;
      const outer = places.find((m) => m.last === j + 1 && m !== inner);
      if (outer) add('LOCATED_IN', inner, outer, 0.8, 'place:city-of', []);
    }
    // "the capital Sanaa", "the capital, Tbilisi": a country's capital lies in it. The sentence need not name the
    // country: "the capital" of a known capital says which; the fact stands if the article names the country.
    const comma = tokens[inner.first - 1]?.text === ',' ? 1 : 0;
    const capitalWord = tokens[inner.first - 1 - comma];
    if (capitalWord?.lower === 'capital') {
      const country = gazetteer().countryOfPlace.get(inner.entityId);
      const outer = places.find((m) => m.entityId === country)
        ?? (country ? { ...capitalWord, first: inner.first - 1 - comma, last: inner.first - comma, entityId: country, kind: 'COUNTRY' as const, form: 'name' as const, inTitle: false } : undefined);
      if (outer) add('LOCATED_IN', inner, outer, 0.8, 'place:capital', []);
    }
    // "Istanbul's Dolmabahçe Palace"; not "Washington's Middle East envoy", where the place is the envoy's brief.
    const poss = tokens[inner.first - 1];
    const brief = TITLE_HEADS.has(tokens[inner.last]?.lower ?? '') || TITLE_MODIFIERS.has(tokens[inner.last]?.lower ?? '');
    if (poss && (poss.text === '’s' || poss.text === "'s") && !brief) {
      const outer = places.find((m) => m.last === inner.first - 1);
      if (outer) add('LOCATED_IN', inner, outer, 0.8, 'place:possessive', []);
    }
  }
}

export { groupAround, outerFirst };
