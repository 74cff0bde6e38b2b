// Membership told in passing, by a name's description (MEMBER_OF): "NATO member Turkey", "EU member states
// Hungary and Slovakia", "Hungary, an EU member state, …", "Hungary, a member of NATO, …". The copula ("X is a
// member of Y") is read by relations.ts; these are the apposition and the title-like noun before a name.
import { actorBefore, targetAfter } from './clauses';
import { hedged } from './hedges';
import { ACTOR_KINDS, type Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';

const MEMBER = /^(member|members)$/;
/** "NATO ally Turkey", "Turkey, a NATO ally,": of an alliance, an ally is a member (a state's ally is not). */
const ALLY = /^(ally|allies)$/;
const isAlliance = (org: Mention, name: string): boolean => org.entityId === 'nato' || /\b(alliance|treaty|pact)\b/i.test(name);
/** What a member is called after "member": "member state", "member countries". */
const MEMBER_HEADS = /^(state|states|country|countries|nation|nations)$/;
/** Words before the organization inside an apposition: "Hungary, a fellow EU member, …". */
const APPOSITION_LEAD = /^(a|an|the|fellow|both|all|founding|full|key|longtime|long-time|new|two|three|other)$/;

const isMember = (m: Mention): boolean => ACTOR_KINDS.has(m.kind) && m.kind !== 'PERSON';

export function memberships(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (const org of actors) {
    const noun = tokens[org.last]?.lower ?? '';
    if (org.kind !== 'ORGANIZATION' || !(MEMBER.test(noun) || (ALLY.test(noun) && isAlliance(org, allianceName(tokens, org))))) continue;
    let after = org.last + 1;
    if (tokens[after]?.text === '-' && MEMBER_HEADS.test(tokens[after + 1]?.lower ?? '')) after += 2;
    else if (MEMBER_HEADS.test(tokens[after]?.lower ?? '')) after += 1;
    // "EU members including Hungary", "NATO members such as Poland".
    if (tokens[after]?.lower === 'including') after += 1;
    else if (tokens[after]?.lower === 'such' && tokens[after + 1]?.lower === 'as') after += 2;
    // "NATO member Turkey": the name right after the noun is the member.
    // A singular noun names one member: "NATO member Turkey and Russia" makes Russia none.
    const listed = targetAfter(actors, all, tokens, after, 0).filter(isMember);
    const named = /s$/.test(noun) || after > org.last + 1 ? listed : listed.slice(0, 1);
    for (const a of named) add('MEMBER_OF', a, org, 0.8, 'apposition:member-named', [org.last]);
    // "Turkey is a NATO ally", "Chile became a Mercosur member": the subject of the copula is the member.
    if (named.length === 0) copulaOf(tokens, actors, all, org, add);
    // "Hungary, an EU member state, objected": the name before the apposition is the member.
    if (tokens[after]?.text === ',' || tokens[after]?.text === ')') appositionOf(tokens, actors, all, org, org.first - 1, add);
  }
  // "Hungary, a member of NATO, …", "Slovakia and Hungary, both members of the EU, …".
  for (let k = 2; k < tokens.length; k++) {
    if (!MEMBER.test(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'of') continue;
    const orgs = targetAfter(actors, all, tokens, k + 2, 2).filter((m) => m.kind === 'ORGANIZATION');
    const org = orgs[0];
    // "Peru, a member of the AU since 1963,": a time of joining may close the apposition.
    let close = org?.last ?? -1;
    if (/^(since|from)$/.test(tokens[close]?.lower ?? '') && /^\d{4}$/.test(tokens[close + 1]?.text ?? '')) close += 2;
    if (!org || !/^[,)]$/.test(tokens[close]?.text ?? '')) continue;
    appositionOf(tokens, actors, all, org, k - 1, add);
  }
  suspendedMemberships(tokens, actors, all, add);
  seatActedOn(tokens, actors, all, add);
}

/** What is done to a member's seat, told in the passive: "was suspended", "has been reinstated". */
const SEAT_PARTICIPLES = /^(suspended|frozen|reinstated|restored)$/;

/**
 * "Peru's membership in the Pacific Alliance was suspended", "Chile's membership of the bloc has been reinstated":
 * a suspended member still is one (as suspendedMemberships reads the active). Suspending one's own membership is
 * leaving (relations.ts), not told this way.
 */
function seatActedOn(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (const member of actors) {
    if (!isMember(member) || !/^['’]s$/.test(tokens[member.last]?.text ?? '') || tokens[member.last + 1]?.lower !== 'membership') continue;
    const prep = member.last + 2;
    if (!/^(in|of)$/.test(tokens[prep]?.lower ?? '')) continue;
    const org = targetAfter(actors, all, tokens, prep + 1, 1).find((m) => m.kind === 'ORGANIZATION');
    if (!org) continue;
    let k = org.last;
    while (/^(was|were|is|has|had|been|temporarily|formally|officially)$/.test(tokens[k]?.lower ?? '') && k - org.last < 4) k++;
    if (k === org.last || !SEAT_PARTICIPLES.test(tokens[k]?.lower ?? '') || hedged(tokens, k)) continue;
    add('MEMBER_OF', member, org, 0.8, 'membership:seat-passive', [k]);
  }
}

/** What a body does to a member's seat: "the AU suspended Gabon's membership", "ECOWAS reinstated Mali's membership". */
const SEAT_VERBS = /^(suspended|suspends|suspend|suspending|revoked|revokes|froze|freezes|reinstated|reinstates|restored|restores)$/;

/**
 * "The African Union suspended Gabon's membership": a body acting on a state's membership says the state is its
 * member (a suspended member still is one), whatever the body then does.
 */
function suspendedMemberships(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 1; v < tokens.length; v++) {
    if (!SEAT_VERBS.test(tokens[v]?.lower ?? '')) continue;
    const member = actors.find((m) => m.first === v + 1 && isMember(m) && /^['’]s$/.test(tokens[m.last]?.text ?? '') && tokens[m.last + 1]?.lower === 'membership');
    if (!member) {
      suspendedFrom(tokens, actors, all, v, add);
      continue;
    }
    for (const org of actorBefore(actors, all, tokens, v).filter((m) => m.kind === 'ORGANIZATION')) add('MEMBER_OF', member, org, 0.8, 'membership:suspended', [v, member.last + 1]);
  }
}

/** Words between "suspended X from" and the body: "from all activities of the AU", "from all its activities". */
const ACTIVITIES = /^(all|its|of|the|activities|institutions|organs|bodies|decision-making|meetings)$/;

/**
 * "The bloc suspended Chad from all its activities", "suspended the participation of Chad from ECOWAS": only a member
 * can be suspended from a body, so the state is its member ("ECOWAS suspended Chad" alone says less).
 */
function suspendedFrom(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, add: Add): void {
  if (!/^(suspended|suspends|suspend|suspending)$/.test(tokens[v]?.lower ?? '')) return;
  let k = v + 1;
  if (tokens[k]?.lower === 'the' && tokens[k + 1]?.lower === 'participation' && tokens[k + 2]?.lower === 'of') k += 3;
  const members = targetAfter(actors, all, tokens, k, 2).filter(isMember);
  const last = members[members.length - 1];
  if (!last || tokens[last.last]?.lower !== 'from') return;
  let j = last.last + 1;
  while (j - last.last < 7 && ACTIVITIES.test(tokens[j]?.lower ?? '')) j++;
  // "from all its activities": the body is the one suspending.
  const body = actors.find((m) => m.first === j && m.kind === 'ORGANIZATION') ?? (/^(activities|institutions|organs|bodies|meetings)$/.test(tokens[j - 1]?.lower ?? '') ? actorBefore(actors, all, tokens, v).find((m) => m.kind === 'ORGANIZATION') : undefined);
  if (!body || hedged(tokens, v)) return;
  for (const m of members) if (m !== body) add('MEMBER_OF', m, body, 0.8, 'membership:suspended-from', [v]);
}

/** The words of an organization's mention: its name as written ("North Atlantic Treaty Organization"). */
function allianceName(tokens: readonly Token[], org: Mention): string {
  return tokens.slice(org.first, org.last).map((t) => t.text).join(' ');
}

/** The names before ", a/an/both … <word at `from`>": the members the apposition describes. */
function appositionOf(tokens: readonly Token[], actors: Mention[], all: Mention[], org: Mention, from: number, add: Add): void {
  let k = from;
  while (k > 0 && from - k < 3 && APPOSITION_LEAD.test(tokens[k]?.lower ?? '')) k--;
  if (k === from || tokens[k]?.text !== ',') return;
  const members = actorBefore(actors, all, tokens, k, 0).filter(isMember);
  for (const a of members) if (a !== org) add('MEMBER_OF', a, org, 0.8, 'apposition:member-of', [from + 1]);
}

/** The subject of "is (a) <org> member", "became an <org> ally" ending right before the organization's mention. */
function copulaOf(tokens: readonly Token[], actors: Mention[], all: Mention[], org: Mention, add: Add): void {
  let b = org.first - 1;
  while (b > 0 && org.first - b <= 3 && /^(a|an|the|full|key|founding|fellow|new|longtime|long-time)$/.test(tokens[b]?.lower ?? '')) b--;
  if (!/^(is|are|was|were|became|becomes|remains|remain)$/.test(tokens[b]?.lower ?? '') || hedged(tokens, b)) return;
  for (const a of actorBefore(actors, all, tokens, b).filter(isMember)) if (a !== org) add('MEMBER_OF', a, org, 0.8, 'copula:member-named', [org.last]);
}
