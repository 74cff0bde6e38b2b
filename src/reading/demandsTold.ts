// Demands told in other ways than "X demanded that Y …" (CAMEO 10, DEMANDS_OF): a deadline given ("gave Y until Friday
// to withdraw", "Y was given an ultimatum by X to resign"), what X wants or tells Y to do ("wants Y to stop the
// shelling", "told Y to leave"), X's demand named as a thing ("X's demand that Y withdraw", "X's demands for Y to
// pay"), and what is demanded or asked back from Y ("demanded the return of the seized ships from Y"). A request is
// an appeal (020, APPEALS_TO), as eval/README.md codes a court's request for an arrest: "requested the extradition of
// Z from Y".
import { actorBefore, targetAfter } from './clauses';
import { gerundSubjectEnd } from './denials';
import { hedged } from './hedges';
import { ACTOR_KINDS, type Mention } from './mentions';
import type { Add } from './relations';
import { MUST_ACTS } from './speechActs';
import type { Token } from './tokens';

const GIVE_VERBS = /^(gave|gives|give|giving|handed|hands|set|sets|setting)$/;
const PASSIVE_GIVEN = /^(given|handed|issued|set|presented|served)$/;
/** Words of a deadline's phrase before its noun: "a final 48-hour", "a strict one-week". */
const DEADLINE_LEAD = /^(a|an|the|final|new|fresh|strict|firm|tight|short|last|\d+|-|hour|day|minute|week|month|one|two|three|seven)$/;
const DEADLINE_NOUNS = /^(deadline|deadlines|ultimatum|ultimatums)$/;
/** Up to this many words name the date of a deadline: "until the end of the month", "of Friday". */
const DATE_REACH = 6;
/** Finite forms only: "called on Y to … tell Z to leave" asks Y to tell, it is no demand of the caller's. */
const WANT_TELL = /^(wants|wanted|told|tells)$/;
/** Between the addressee and its "to": "told Y again to …", "wants Y now to …". */
const ADJUNCTS = /^(again|now|once|publicly|privately|repeatedly|formally|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const MANNER = /^(immediately|fully|unconditionally|also|first|quickly|swiftly|promptly)$/;
const DEMAND_NOUNS = /^(demand|demands|ultimatum)$/;
/** Words between a demand's owner and its noun: "Peru's latest demand". */
const DEMAND_LEAD = /^(latest|repeated|new|fresh|key|main|central|earlier|renewed|initial|original|long-standing|longstanding|public|formal|chief|core|first)$/;
const DEMAND_VERBS = /^(demanded|demands|demand|demanding)$/;
const REQUEST_VERBS = /^(requested|requests|request|requesting|sought|seeks|seek|seeking)$/;
/** What is handed back by the one asked: "the return of the ships", "the extradition of Z". */
const HANDED_NOUNS = /^(return|handover|extradition|release)$/;
const HANDED_LEAD = /^(the|a|an|immediate|swift|prompt|full|unconditional|safe|formal)$/;

export function demandsTold(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) {
    const word = tokens[v]?.lower ?? '';
    if (all.some((m) => m.first <= v && v < m.last) || hedged(tokens, v)) continue;
    if (GIVE_VERBS.test(word)) deadlineGiven(tokens, actors, all, v, add);
    if (PASSIVE_GIVEN.test(word) && /^(was|were|been|is|are)$/.test(beforeAdverbs(tokens, v))) deadlineReceived(tokens, actors, all, v, add);
    if (WANT_TELL.test(word)) toldTo(tokens, actors, all, v, add);
    if (DEMAND_NOUNS.test(word)) demandNamed(tokens, actors, v, all, add);
    if (DEMAND_VERBS.test(word) || REQUEST_VERBS.test(word)) handedFrom(tokens, actors, all, v, add);
  }
}

function subjects(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number): Mention[] {
  return actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter((m) => ACTOR_KINDS.has(m.kind));
}

/** The word before `v` past "reportedly", "already" and the like: "was reportedly given". */
function beforeAdverbs(tokens: readonly Token[], v: number): string {
  let k = v - 1;
  while (k > 0 && /^(reportedly|already|also|then|allegedly|formally)$/.test(tokens[k]?.lower ?? '')) k--;
  return tokens[k]?.lower ?? '';
}

/**
 * After a deadline's noun at `k`: its date ("of Friday", "until noon") and then what is asked ("to withdraw", "for
 * the withdrawal"). The token of the asked act, else -1; a comma, a name or another clause first ends it.
 */
function askedAfter(tokens: readonly Token[], all: readonly Mention[], k: number): number {
  for (let j = k + 1; j < Math.min(tokens.length, k + 2 + DATE_REACH); j++) {
    const t = tokens[j];
    if (!t || !(t.isWord || /^\d/.test(t.text) || t.text === '-')) return -1;
    if (t.lower === 'to' && /^[a-z]+$/.test(tokens[j + 1]?.text ?? '')) return j + 1;
    if (t.lower === 'for' && j === k + 1) return j;
    if (all.some((m) => m.first === j && m.kind !== 'PERSON') || /^(and|but|that|which|who|after|before|when|extension)$/.test(t.lower)) return -1;
  }
  return -1;
}

/** "gave Y a deadline of Friday to withdraw", "gave Y until Friday to leave", "set Y a 48-hour deadline to …". */
function deadlineGiven(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, add: Add): void {
  let addressees = targetAfter(actors, all, tokens, v + 1, 1).filter((m) => ACTOR_KINDS.has(m.kind) && m.kind !== 'PLACE');
  let k = addressees[addressees.length - 1]?.last ?? v + 1;
  let asked = -1;
  if (addressees.length > 0 && tokens[k]?.lower === 'until') asked = askedAfter(tokens, all, k);
  // "gave Y 48 hours to withdraw", "gave Y seven days to leave": a time allowed before the asked act.
  else if (addressees.length > 0 && /^(\d+|one|two|three|four|five|six|seven|ten|a|an)$/.test(tokens[k]?.lower ?? '') && /^(hours|hour|days|day|weeks|week|months|month)$/.test(tokens[k + 1]?.lower ?? '')) asked = askedAfter(tokens, all, k + 1);
  else {
    while (k < tokens.length && k - v <= 8 && DEADLINE_LEAD.test(tokens[k]?.lower ?? '')) k++;
    // "the ultimatum given to Y" and "gave Y an ultimatum" are read by speechActs.ts; a deadline needs its asked act.
    if (!/^(deadline|deadlines)$/.test(tokens[k]?.lower ?? '')) return;
    // "set a deadline for Y to withdraw": the addressee after "for".
    if (addressees.length === 0 && tokens[k + 1]?.lower === 'for') {
      addressees = targetAfter(actors, all, tokens, k + 2, 1).filter((m) => ACTOR_KINDS.has(m.kind) && m.kind !== 'PLACE');
      const end = addressees[addressees.length - 1]?.last ?? -1;
      asked = tokens[end]?.lower === 'to' ? end + 1 : -1;
    } else asked = askedAfter(tokens, all, k);
  }
  if (asked < 0) return;
  for (const a of subjects(tokens, actors, all, v)) for (const b of addressees) if (a.entityId !== b.entityId) add('DEMANDS_OF', a, b, 0.75, 'demand:deadline', [v, asked]);
}

/** "Y was given a 45-minute ultimatum by X to resign", "Y was handed a deadline to leave by X": X demands of Y. */
function deadlineReceived(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, add: Add): void {
  let k = v + 1;
  while (k < tokens.length && k - v <= 8 && DEADLINE_LEAD.test(tokens[k]?.lower ?? '')) k++;
  if (!DEADLINE_NOUNS.test(tokens[k]?.lower ?? '')) return;
  // The giver after "by", right after the noun or after the asked act ("to resign by X").
  let by = -1;
  for (let j = k + 1; j < Math.min(tokens.length, k + 8); j++) {
    const t = tokens[j];
    if (!t || !t.isWord || /^(and|but|that|which|who|after|when)$/.test(t.lower)) break;
    if (t.lower === 'by') { by = j; break; }
  }
  if (by < 0) return;
  const givers = targetAfter(actors, all, tokens, by + 1, 2).filter((m) => ACTOR_KINDS.has(m.kind) && m.kind !== 'PLACE');
  let s = v - 1;
  while (s > 0 && !/^(was|were|been|is|are)$/.test(tokens[s]?.lower ?? '')) s--;
  if (/^(been)$/.test(tokens[s]?.lower ?? '') && /^(has|have|had)$/.test(tokens[s - 1]?.lower ?? '')) s--;
  const receivers = actorBefore(actors, all, tokens, s).filter((m) => ACTOR_KINDS.has(m.kind) && m.kind !== 'PLACE');
  for (const a of givers) for (const b of receivers) if (a.entityId !== b.entityId) add('DEMANDS_OF', a, b, 0.75, 'demand:deadline-given', [v, k]);
}

/** "wants Y to stop the shelling", "told Y to stop interfering": a demand of Y (10), for an act a demand asks. */
function toldTo(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, add: Add): void {
  const addressees = targetAfter(actors, all, tokens, v + 1, 1).filter((m) => ACTOR_KINDS.has(m.kind) && m.kind !== 'PLACE');
  const last = addressees[addressees.length - 1];
  if (!last) return;
  let k = last.last;
  while (k - last.last < 2 && ADJUNCTS.test(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.lower !== 'to') return;
  k++;
  while (MANNER.test(tokens[k]?.lower ?? '')) k++;
  if (!MUST_ACTS.test(tokens[k]?.lower ?? '')) return;
  const tag = /^want/.test(tokens[v]?.lower ?? '') ? 'wants' : 'told';
  for (const a of subjects(tokens, actors, all, v)) for (const b of addressees) if (a.entityId !== b.entityId) add('DEMANDS_OF', a, b, 0.7, `demand:${tag}-to`, [v, k]);
}

/**
 * "Peru's demand that Y withdraw", "the Peruvian demands for Y to pay", "Peru's ultimatum to Y": the demand's owner
 * (a possessive or a people's adjective right before the noun) demands of Y.
 */
function demandNamed(tokens: readonly Token[], actors: Mention[], k: number, all: Mention[], add: Add): void {
  let j = k - 1;
  while (j > 0 && k - j <= 2 && DEMAND_LEAD.test(tokens[j]?.lower ?? '')) j--;
  const possessive = /^(’s|'s)$/.test(tokens[j]?.text ?? '');
  const owner = actors.find((m) => m.last === (possessive ? j : j + 1) && ACTOR_KINDS.has(m.kind) && m.kind !== 'PLACE'
    && (possessive || m.form === 'demonym'));
  if (!owner) return;
  const prep = tokens[k + 1]?.lower ?? '';
  const addressees = /^(that|for|to|on)$/.test(prep) ? targetAfter(actors, all, tokens, k + 2, 1).filter((m) => ACTOR_KINDS.has(m.kind) && m.kind !== 'PLACE') : [];
  const last = addressees[addressees.length - 1];
  if (!last) return;
  let a = last.last;
  if (prep === 'for' && tokens[a]?.lower === 'to') a++;
  else if (prep === 'for' || (prep === 'to' && tokens[k]?.lower !== 'ultimatum') || (prep === 'on' && tokens[k]?.lower === 'ultimatum')) return;
  while (MANNER.test(tokens[a]?.lower ?? '')) a++;
  // The act asked: a bare verb after "that" or "to" ("withdraw", not "withdrew"); none after "ultimatum to Y".
  if ((prep === 'that' || prep === 'for') && !MUST_ACTS.test(tokens[a]?.lower ?? '')) return;
  for (const b of addressees) if (owner.entityId !== b.entityId) add('DEMANDS_OF', owner, b, 0.75, `demand:named-${prep}`, [k]);
}

/**
 * "demanded the return of the seized ships from Y", "sought Z's extradition from Y": what Y is to hand back. Y is a
 * state or body after "from"; a demand is DEMANDS_OF, a request or a seeking APPEALS_TO.
 */
function handedFrom(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, add: Add): void {
  let k = v + 1;
  // "sought Z's extradition": a person or body owning the noun.
  const owner = actors.find((m) => m.first === k && /^(’s|'s)$/.test(tokens[m.last]?.text ?? ''));
  if (owner) k = owner.last + 1;
  while (k < tokens.length && k - v <= 4 && HANDED_LEAD.test(tokens[k]?.lower ?? '')) k++;
  if (!HANDED_NOUNS.test(tokens[k]?.lower ?? '')) return;
  let j = k + 1;
  if (!owner) {
    if (tokens[j]?.lower !== 'of') return;
    // The thing or people handed back: plain words, a person, a people's adjective ("the seized Peruvian ships").
    for (j++; j < Math.min(tokens.length, k + 10) && tokens[j]?.lower !== 'from'; j++) {
      const t = tokens[j];
      const named = all.find((m) => m.first <= j && j < m.last);
      if (!t || (named && named.kind !== 'PERSON' && named.form !== 'demonym') || (!named && !(t.isWord || /^(’s|'s|-)$/.test(t.text))) || /^(and|by|to|in|that|which|who|held)$/.test(t.lower)) return;
    }
  }
  if (tokens[j]?.lower !== 'from') return;
  const holders = targetAfter(actors, all, tokens, j + 1, 2).filter((m) => m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION');
  const request = REQUEST_VERBS.test(tokens[v]?.lower ?? '');
  for (const a of subjects(tokens, actors, all, v)) {
    for (const b of holders) if (a.entityId !== b.entityId) add(request ? 'APPEALS_TO' : 'DEMANDS_OF', a, b, 0.75, `demand:${request ? 'requested' : 'demanded'}-from`, [v, k]);
  }
}
