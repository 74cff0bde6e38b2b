// Speech acts whose target is named inside the object rather than as it: "condemned the strikes by Israel" (111),
// "rebuffed the offer from Colombia", "dismissed Ukraine's proposal" (12x), "demanded the resignation of X"
// (10x), "warned of the threat posed by Iran" (WARNS_ABOUT). The verbs are the reader's own (verbIndex); the
// rules find the actor named after "by", "from" or "of", or as the owner of a proposal.
import type { RelationshipType } from '../generated/graphql';
import { actorBefore, pastQuotedVerb, targetAfter } from './clauses';
import { gerundSubjectEnd } from './denials';
import { ACT_NOUNS } from './actReferences';
import { hedged } from './hedges';
import { ACTOR_KINDS, type Mention } from './mentions';
import { verbIndex } from './patterns/verbIndex';
import { openingQuoteSpeaker } from './quotedSpeakers';
import type { Add } from './relations';
import type { Token } from './tokens';

/** What is proposed or demanded: rejecting it rejects whoever put it forward. */
export const PROPOSAL_NOUNS: ReadonlySet<string> = new Set([
  'proposal', 'proposals', 'offer', 'offers', 'plan', 'plans', 'demand', 'demands', 'conditions', 'terms', 'ultimatum',
  'initiative', 'request', 'requests', 'overture', 'overtures', 'bid', 'proposition', 'roadmap', 'framework', 'call', 'calls',
  'appeal', 'appeals', 'pressure',
]);
/** Verbs that reject a proposal only when its noun says so ("dismissed the claims" is a denial, stance.ts). */
const DISMISS_VERBS = /^(dismissed|dismisses|dismiss|dismissing)$/;
/** Participles between an act noun and its agent: "the attack carried out by", "the plan put forward by". */
export const AGENT_PARTICIPLES = new Set(['imposed', 'ordered', 'taken', 'adopted', 'approved', 'introduced', 'carried', 'out', 'launched', 'made', 'put', 'forward', 'committed', 'staged', 'announced', 'issued', 'presented', 'submitted', 'tabled', 'sent', 'conducted', 'mounted', 'unveiled', 'floated', 'proposed', 'offered', 'drafted', 'suggested', 'outlined']);
/** What the demander wants of a named actor: "demanded the resignation of X", "called for the withdrawal of X". */
const DEMANDED_NOUNS = new Set(['resignation', 'ouster', 'removal', 'departure', 'withdrawal', 'pullout', 'disarmament', 'surrender', 'dismissal']);
const DEMAND_VERBS = /^(demanded|demands|demand|demanding)$/;
const CALL_FOR = /^(called|calls|call|calling|pressed|pressing|pushed|pushing|urged|urging)$/;
const THREAT_NOUNS = new Set(['threat', 'threats', 'danger', 'dangers', 'menace']);
/** Verbs through which a speaker names a threat: "warned of", "said … the threat posed by". */
const WARNING_VERBS = /^(warned|warns|warn|warning|said|says|told|stressed|noted|added|cautioned|highlighted|expressed|voiced)$/;
/** Plain words of an object noun phrase before its noun: "the latest Russian", "a new peace". */
const OBJECT_WORDS = /^(the|a|an|its|their|his|her|this|that|these|those|latest|new|recent|fresh|peace|deadly|brutal|so-called|proposed|immediate|swift|unconditional|planned|reported|cross-border|missile|drone|rocket|terrorist|terror|military|ceasefire|truce|two-state|nuclear|alleged|repeated|continued|ongoing|attack|attacks|strike|strikes|airstrikes|shelling|bombing|raid|decision|move|killing|killings|actions|action|detention|arrest|execution|incursion|invasion|offensive|provocation|provocations|violation|violations|seizure|test|launch|drills|exercises|crackdown|comments|remarks|statement|statements|visit|trip|aggression|aggressions|behaviour|behavior|conduct|interference|meddling|policies|rhetoric|reckless|belligerence|hostility|intransigence|continued|repeated|and)$/;

export function speechActs(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  // "“Y must withdraw,” X said": the quotation's demand is its speaker's, named after it.
  const quoted = openingQuoteSpeaker(tokens, all);
  if (quoted) insistedMust(tokens, actors, all, 0, add, [quoted]);
  for (let v = 0; v < tokens.length; v++) {
    const word = tokens[v]?.lower ?? '';
    if (hedged(tokens, v) || all.some((m) => m.first <= v && v < m.last)) continue;
    const types = new Set((verbIndex().get(word) ?? []).filter((r) => !r.particles).map((r) => r.type));
    if (types.has('CRITICIZES')) agentOfObject(tokens, actors, all, v, 'CRITICIZES', ['by'], add);
    if (types.has('ENDORSES')) agentOfObject(tokens, actors, all, v, 'ENDORSES', ['by'], add);
    if (WELCOME_VERBS.test(word)) welcomedAct(tokens, actors, all, v, add);
    if (types.has('REJECTS') || DISMISS_VERBS.test(word)) {
      agentOfObject(tokens, actors, all, v, 'REJECTS', ['by', 'from', 'of'], add);
      if (DISMISS_VERBS.test(word)) ownerOfProposal(tokens, actors, all, v, add);
    }
    if (DEMAND_VERBS.test(word) || (CALL_FOR.test(word) && tokens[v + 1]?.lower === 'for')) demandedOf(tokens, actors, all, v, add);
    if (DEMAND_VERBS.test(word) || REQUEST_VERBS.test(word)) askedAccount(tokens, actors, all, v, add);
    if (WARNING_VERBS.test(word)) threatPosedBy(tokens, actors, all, v, add);
    if (GIVE_VERBS.test(word)) ultimatumTo(tokens, actors, all, v, add);
    if (/^(refused|refuses|refuse|refusing|rejected|rejects|reject|rejecting)$/.test(word)) ownerOfProposal(tokens, actors, all, v, add);
    if (/^(urged|urges|urge|urging|appealed|appeals|called|calls|calling|pleaded)$/.test(word)) calmIn(tokens, actors, all, v, add);
    if (/^(faces|face|facing|faced)$/.test(word)) facesCharges(tokens, actors, all, v, add);
    if (/^(reacted|reacts|react|reacting|responded|responds)$/.test(word)) reactedAngrily(tokens, actors, all, v, add);
    if (tokens[v - 1]?.text === ',' && TRAILING_ACTS[word]) trailingAct(tokens, actors, all, v, add);
    if (INSIST_VERBS.test(word)) insistedMust(tokens, actors, all, v, add);
    if (LODGE_VERBS.test(word)) protestLodged(tokens, actors, all, v, add);
  }
}

const GIVE_VERBS = /^(gave|gives|give|giving|issued|issues|issue|issuing|delivered|delivers|deliver|presented|sent|handed)$/;
const INSIST_VERBS = /^(insisted|insists|insist|insisting|said|says|stressed|declared|demanded|told)$/;
const LODGE_VERBS = /^(lodged|lodges|lodge|lodging|filed|files|file|registered|made|issued|sent)$/;
/** What a demand asks of its addressee when told as "Y must …". */
export const MUST_ACTS = /^(withdraw|stop|end|halt|leave|release|free|cease|return|pull|hand|abandon|renounce|respect|comply|accept|recognise|recognize|disarm|allow|lift|reverse|apologise|apologize|pay|surrender|step|resign|dismantle|abide|honour|honor|implement|drop|free|back|refrain|vacate)$/;

/** "urged calm in Bangladesh", "called for restraint from both Y and Z": an appeal to those named (020). */
function calmIn(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, add: Add): void {
  let k = v + 1;
  if (/^(for|on)$/.test(tokens[k]?.lower ?? '')) k++;
  while (/^(maximum|utmost|more|greater|immediate|the)$/.test(tokens[k]?.lower ?? '')) k++;
  if (!/^(calm|restraint|de-escalation|dialogue|moderation|peace)$/.test(tokens[k]?.lower ?? '')) return;
  if (!/^(in|from|by|on|between|among)$/.test(tokens[k + 1]?.lower ?? '')) return;
  const addressees = targetAfter(actors, all, tokens, k + 2, 2).filter((m) => m.kind !== 'PERSON' && ACTOR_KINDS.has(m.kind));
  for (const a of subjectsOf(tokens, actors, all, v)) for (const b of addressees) add('APPEALS_TO', a, b, 0.75, 'speech:urged-calm', [v, k]);
}

/** "X faces charges at the ICC", "faces a case before Y": the court or state that charges X accuses X (112). */
function facesCharges(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, add: Add): void {
  let k = v + 1;
  while (k < tokens.length && k - v <= 6 && !/^(charges|charge|case|accusations|allegations|indictment|prosecution|trial)$/.test(tokens[k]?.lower ?? '')) {
    const t = tokens[k];
    if (!t || !t.isWord || t.capitalized || BOUNDARY.test(t.lower)) return;
    k++;
  }
  if (!/^(charges|charge|case|accusations|allegations|indictment|prosecution|trial)$/.test(tokens[k]?.lower ?? '')) return;
  if (!/^(at|from|by|before|in)$/.test(tokens[k + 1]?.lower ?? '')) return;
  const accusers = targetAfter(actors, all, tokens, k + 2, 2).filter((m) => m.kind === 'ORGANIZATION' || m.kind === 'COUNTRY');
  for (const b of actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter((m) => ACTOR_KINDS.has(m.kind))) {
    for (const a of accusers) add('ACCUSES', a, b, 0.8, 'speech:faces-charges', [v, k]);
  }
}
const BOUNDARY = /^(that|which|who|and|but|after|before|when|while|said)$/;

/** "reacted angrily to Y's decision", "responded furiously to Y": criticism (111). */
function reactedAngrily(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, add: Add): void {
  let k = v + 1;
  if (/^(angrily|furiously|sharply|indignantly|bitterly)$/.test(tokens[k]?.lower ?? '')) k++;
  else if (tokens[k]?.lower === 'with' && /^(anger|fury|outrage|indignation)$/.test(tokens[k + 1]?.lower ?? '')) k += 2;
  else return;
  if (tokens[k]?.lower !== 'to') return;
  const targets = targetAfter(actors, all, tokens, k + 1, 2).filter((m) => ACTOR_KINDS.has(m.kind));
  for (const a of subjectsOf(tokens, actors, all, v)) for (const b of targets) add('CRITICIZES', a, b, 0.75, 'speech:reacted-angrily', [v]);
}

/** Collectives a demonym does not make the state: "Armenian separatists said …" is not Armenia speaking. */
const NON_STATE_NOUNS = /^(rebels|separatists|insurgents|militants|protesters|protestors|fighters|opposition|activists|militias|gunmen)$/;

/** Participles that carry a speech act after a comma: "…, accusing Y of …" is the sentence subject's act. */
const TRAILING_ACTS: Readonly<Record<string, RelationshipType>> = {
  accusing: 'ACCUSES', blaming: 'ACCUSES', condemning: 'CRITICIZES', criticizing: 'CRITICIZES', criticising: 'CRITICIZES',
  denouncing: 'CRITICIZES', slamming: 'CRITICIZES', urging: 'APPEALS_TO', rejecting: 'REJECTS',
};

/**
 * "Israel struck Gaza overnight, accusing Hamas of violating the truce": the participle's subject is the
 * sentence's, the first actor when it opens the sentence (after at most a date or place phrase set off by a comma).
 */
function trailingAct(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, add: Add): void {
  const type = TRAILING_ACTS[tokens[v]?.lower ?? ''];
  const targets = targetAfter(actors, all, tokens, v + 1, 2).filter((m) => ACTOR_KINDS.has(m.kind));
  // "“…,” Foreign Minister X said, condemning Y": the speaker right before "said," does it.
  if (type && /^(said|says|added|told)$/.test(tokens[v - 2]?.lower ?? '')) {
    const speakers = actorBefore(actors, all, tokens, v - 2, 3).filter((m) => ACTOR_KINDS.has(m.kind));
    for (const a of speakers) for (const b of targets) add(type, a, b, 0.75, `speech:trailing-${tokens[v]?.lower ?? ''}`, [v]);
    if (speakers.length > 0) return;
  }
  const first = actors.find((m) => ACTOR_KINDS.has(m.kind) && m.last <= v);
  if (!type || targets.length === 0 || !first) return;
  // The subject opens the sentence, or follows an opening phrase and its comma ("On Monday, Israel …").
  const opens = first.first === 0 || /^(the|a)$/.test(tokens[first.first - 1]?.lower ?? '') && first.first === 1 || tokens[first.first - 1]?.text === ',';
  if (!opens || /^(in|of|from|to|with|by|on|at|for|against)$/.test(tokens[first.first - 1]?.lower ?? '')) return;
  // Nothing but the participle's own clause may separate them from a finite verb: no other quotation or speaker.
  // "X said it would retaliate, accusing Y": speech whose own subject is the speaker ("it", "he") keeps it.
  const between = tokens.slice(first.last, v);
  const said = between.findIndex((t) => t.lower === 'said' || t.lower === 'says');
  const oneSaid = said >= 0 && between.filter((t) => t.lower === 'said' || t.lower === 'says').length === 1;
  // "X said five soldiers were killed, accusing Y …": the subject's own "said" right after it (past one noun such
  // as "officials") keeps it the speaker of the participle too.
  // Not when the speech names another actor who may be the participle's subject ("X said Y struck Z, accusing W").
  const saidAt = first.last + said;
  const ownSaid = oneSaid && said <= 1 && between.slice(0, said).every((t) => t.isWord && !t.capitalized && !NON_STATE_NOUNS.test(t.lower))
    && !actors.some((m) => m.first > saidAt && m.last <= v && ACTOR_KINDS.has(m.kind) && m.kind !== 'GROUP');
  const selfReport = ownSaid || (oneSaid && /^(it|he|she|they)$/.test((between[said + 1]?.lower === 'that' ? between[said + 2] : between[said + 1])?.lower ?? ''));
  if (between.some((t) => t.text === '“' || t.text === '"') || (said >= 0 && !selfReport)) return;
  for (const b of targets) if (b.entityId !== first.entityId) add(type, first, b, 0.75, `speech:trailing-${tokens[v]?.lower ?? ''}`, [v]);
}

/** "demanded the release of the hostages held by Hamas": a demand of whoever holds them. */
function releaseFrom(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, k: number, add: Add): void {
  for (let j = k + 2; j < Math.min(tokens.length, k + 10); j++) {
    const t = tokens[j];
    // The captives may be named ("hostages", "Israeli hostages"); another actor first ends the search.
    if (!t || t.text === ',' || t.text === ';' || all.some((m) => m.first === j && m.kind !== 'GROUP' && ACTOR_KINDS.has(m.kind) && m.form !== 'demonym')) return;
    if (!/^(held|detained|kidnapped|abducted|captured|seized|taken|jailed|imprisoned)$/.test(t.lower) || tokens[j + 1]?.lower !== 'by') continue;
    const holders = targetAfter(actors, all, tokens, j + 2, 2).filter((m) => ACTOR_KINDS.has(m.kind));
    for (const a of subjectsOf(tokens, actors, all, v)) for (const b of holders) add('DEMANDS_OF', a, b, 0.75, 'speech:demand-release', [v, k]);
    return;
  }
}

/** "gave Y an ultimatum", "issued an ultimatum to Y": a demand of Y (1041-1044 with a deadline). */
function ultimatumTo(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, add: Add): void {
  const direct = targetAfter(actors, all, tokens, v + 1, 1).filter((m) => ACTOR_KINDS.has(m.kind));
  let k = direct.length > 0 ? (direct[direct.length - 1]?.last ?? v + 1) : v + 1;
  while (k < tokens.length && k - v <= 6 && /^(a|an|the|final|new|fresh|\d+-hour|\d+-day|\d+-minute|-|hour|day|minute|\d+)$/.test(tokens[k]?.lower ?? '')) k++;
  if (!/^(ultimatum|ultimatums)$/.test(tokens[k]?.lower ?? '')) return;
  const targets = direct.length > 0 ? direct : tokens[k + 1]?.lower === 'to' ? targetAfter(actors, all, tokens, k + 2, 2).filter((m) => ACTOR_KINDS.has(m.kind)) : [];
  for (const a of subjectsOf(tokens, actors, all, v)) for (const b of targets) add('DEMANDS_OF', a, b, 0.8, 'speech:ultimatum', [v, k]);
}

/** "X insisted that Y must withdraw", "X said Y needs to stop the attacks": a demand of Y (10). */
function insistedMust(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, add: Add, speakersNamed?: readonly Mention[]): void {
  let from = v + 1;
  while (from < tokens.length && from - v <= 5 && /^(on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|in|a|statement|that|again|repeatedly)$/.test(tokens[from]?.lower ?? '')) from++;
  const targets = targetAfter(actors, all, tokens, from, 1).filter((m) => ACTOR_KINDS.has(m.kind));
  const last = targets[targets.length - 1];
  if (!last) return;
  let k = last.last;
  // "Y must withdraw", "Y needs to withdraw", "Y has to withdraw".
  if (tokens[k]?.lower === 'must') k++;
  else if (/^(needs|need|has|have)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'to') k += 2;
  else return;
  while (/^(immediately|now|first|also|fully|unconditionally)$/.test(tokens[k]?.lower ?? '')) k++;
  if (!MUST_ACTS.test(tokens[k]?.lower ?? '')) return;
  const speakers = speakersNamed ?? actorBefore(actors, all, tokens, v, 3).filter((m) => ACTOR_KINDS.has(m.kind));
  for (const a of speakers) for (const b of targets) if (a.entityId !== b.entityId) add('DEMANDS_OF', a, b, 0.7, speakersNamed ? 'speech:quoted-must' : 'speech:must', [v, k]);
}

/** "lodged a strong protest with Y", "filed a complaint against Y": a formal protest at Y (111); appeals lodged too. */
function protestLodged(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, add: Add): void {
  let k = v + 1;
  while (k < tokens.length && k - v <= 4 && /^(a|an|the|formal|strong|stern|strongly-worded|diplomatic|official|solemn|new|its|their|another|fresh|urgent)$/.test(tokens[k]?.lower ?? '')) k++;
  // "filed an appeal with the Supreme Court", "lodged another appeal to Y": an appeal to that court or body (020).
  if (/^(appeal|appeals|petition|petitions)$/.test(tokens[k]?.lower ?? '') && /^(with|to|before|at)$/.test(tokens[k + 1]?.lower ?? '')) {
    const courts = targetAfter(actors, all, tokens, k + 2, 2).filter((m) => m.kind === 'ORGANIZATION' || m.kind === 'COUNTRY');
    for (const a of subjectsOf(tokens, actors, all, v)) for (const b of courts) if (a.entityId !== b.entityId) add('APPEALS_TO', a, b, 0.75, 'speech:appeal-lodged', [v, k]);
    return;
  }
  if (!/^(protest|protests|complaint|complaints|demarche|démarche)$/.test(tokens[k]?.lower ?? '')) return;
  if (!/^(with|to|against)$/.test(tokens[k + 1]?.lower ?? '')) return;
  const targets = targetAfter(actors, all, tokens, k + 2, 2).filter((m) => ACTOR_KINDS.has(m.kind));
  for (const a of subjectsOf(tokens, actors, all, v)) for (const b of targets) add('CRITICIZES', a, b, 0.8, 'speech:protest-lodged', [v, k]);
}

function subjectsOf(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number): Mention[] {
  return actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter((m) => ACTOR_KINDS.has(m.kind));
}

/**
 * "condemned the strikes by Israel", "rebuffed the offer from Colombia", "rejected the plan put forward by X",
 * "welcomed the release of the prisoners by Iran": the object is an act or a proposal, and its agent the target.
 * Only when no actor stands as the object itself.
 */
function agentOfObject(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, type: RelationshipType, preps: readonly string[], add: Add): void {
  let k = pastQuotedVerb(tokens, v);
  let noun = -1;
  while (k < tokens.length && k - v <= 7) {
    const t = tokens[k];
    if (!t || all.some((m) => m.first === k)) return;
    // "the plan proposed by Y": after the noun, "proposed" is the agent's participle, not another noun's adjective.
    if (noun >= 0 && AGENT_PARTICIPLES.has(t.lower)) { k++; continue; }
    if (OBJECT_WORDS.test(t.lower) || PROPOSAL_NOUNS.has(t.lower) || ACT_NOUNS.has(t.lower)) noun = k;
    else if (!AGENT_PARTICIPLES.has(t.lower)) break;
    k++;
  }
  // "welcomed a visit by Y" is courtesy, not backing; criticising the visit criticises the visitor.
  if (noun < 0 || (type !== 'CRITICIZES' && /^(visit|trip)$/.test(tokens[noun]?.lower ?? ''))) return;
  const proposal = PROPOSAL_NOUNS.has(tokens[noun]?.lower ?? '');
  // "condemned the aggression of Y": nouns of conduct name their doer after "of" (an invasion's "of" is its victim).
  if (type === 'CRITICIZES' && tokens[k]?.lower === 'of' && CONDUCT_NOUNS.test(tokens[noun]?.lower ?? '')) {
    const doers = targetAfter(actors, all, tokens, k + 1, 2).filter((m) => ACTOR_KINDS.has(m.kind) && m.kind !== 'PLACE');
    for (const a of subjectsOf(tokens, actors, all, v)) for (const b of doers) add(type, a, b, 0.75, 'speech:criticize-conduct-of', [v, noun]);
    return;
  }
  // "the demands of Y" names their author; "the release of the prisoners by Y" names the act's patient first.
  if (tokens[k]?.lower === 'of' && !(proposal && actors.some((m) => m.first === k + 1 || m.first === k + 2))) k = afterOfPhrase(tokens, all, k);
  const by = tokens[k]?.lower ?? '';
  if (!preps.includes(by)) return;
  // "from" names who made a proposal, not who did an act ("the attack from the north").
  if (type === 'REJECTS' ? !proposal : by !== 'by') return;
  // "a visit by India's prime minister": the office holder acts, not the state that owns the office.
  const agents = targetAfter(actors, all, tokens, k + 1, 2).filter((m) => ACTOR_KINDS.has(m.kind) && !ownsOffice(tokens, m));
  if (agents.length === 0) return;
  const tag = type === 'REJECTS' ? 'reject' : type === 'ENDORSES' ? 'endorse' : 'criticize';
  for (const a of subjectsOf(tokens, actors, all, v)) for (const b of agents) add(type, a, b, 0.8, `speech:${tag}-agent`, [v, noun]);
}

/** Nouns of conduct whose "of" names the one who acts: "the aggression of Y", "the provocations of Y". */
const CONDUCT_NOUNS = /^(aggression|aggressions|provocation|provocations|behaviour|behavior|conduct|actions|interference|meddling|policies|rhetoric|belligerence|hostility|intransigence)$/;

const OFFICES = /^(president|minister|premier|chancellor|leader|envoy|ambassador|king|emir|spokesman|spokeswoman|spokesperson|chief|commander|head)$/;

/** The mention owns an office named right after it: "India's prime minister", "Russia's foreign minister". */
function ownsOffice(tokens: readonly Token[], m: Mention): boolean {
  if (!/^(’s|'s)$/.test(tokens[m.last]?.text ?? '')) return false;
  return tokens.slice(m.last + 1, m.last + 4).some((t) => OFFICES.test(t.lower));
}

/** Verbs of praise that the verb rules read for accords only (events.ts): "welcomed the truce". */
const WELCOME_VERBS = /^(welcomed|welcomes|welcome|welcoming|hailed|hails|hail|hailing|approved|approves)$/;

/** "Saudi Arabia restored ties with Iran. The US welcomed the move.": the act named bare is its doer's (actReferences.ts). */
function welcomedAct(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, add: Add): void {
  const act = actors.find((m) => m.first === v + 1 && m.form === 'anaphor' && ACT_NOUNS.has(tokens[m.last - 1]?.lower ?? ''));
  if (!act) return;
  for (const a of subjectsOf(tokens, actors, all, v)) add('ENDORSES', a, act, 0.75, 'speech:welcomed-act', [v]);
}

/** Past a short "of" phrase ("of the activist", "of two journalists", "of reporter X"): the token after it. */
function afterOfPhrase(tokens: readonly Token[], all: Mention[], of: number): number {
  let k = of + 1;
  while (k < tokens.length && k - of <= 5) {
    const t = tokens[k];
    // The act's patients may be named ("of journalist X", "of the prisoners"); a state or body is someone else.
    const named = all.find((m) => m.first === k);
    if (named && (named.kind === 'PERSON' || named.kind === 'GROUP')) { k = named.last; continue; }
    if (!t || !t.isWord || t.capitalized || named || /^(by|and|that|which|who|to|in|on)$/.test(t.lower)) break;
    k++;
  }
  return k;
}

/** "dismissed Ukraine's proposal", "dismissed the Ukrainian peace plan": dismissing what an actor proposed. */
function ownerOfProposal(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, add: Add): void {
  let from = v + 1;
  if (tokens[from]?.lower === 'out' && tokens[from + 1]?.lower === 'of' && tokens[from + 2]?.lower === 'hand') from += 3;
  const owners = targetAfter(actors, all, tokens, from, 2).filter((m) => ACTOR_KINDS.has(m.kind));
  const last = owners[owners.length - 1];
  if (!last) return;
  let k = last.last;
  if (tokens[k]?.text === '’s' || tokens[k]?.text === "'s") k++;
  while (k < tokens.length && k - last.last <= 3 && !PROPOSAL_NOUNS.has(tokens[k]?.lower ?? '') && /^(peace|new|latest|ceasefire|truce|draft|\w+-point)$/.test(tokens[k]?.lower ?? '')) k++;
  if (!PROPOSAL_NOUNS.has(tokens[k]?.lower ?? '')) return;
  for (const a of subjectsOf(tokens, actors, all, v)) for (const b of owners) add('REJECTS', a, b, 0.8, 'speech:dismiss-proposal', [v, k]);
}

/** "demanded the resignation of X", "called for the immediate withdrawal of X": a demand of X (1041, 1043). */
function demandedOf(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, add: Add): void {
  let k = v + (DEMAND_VERBS.test(tokens[v]?.lower ?? '') ? 1 : 2);
  while (k < tokens.length && k - v <= 4 && /^(the|an|a|immediate|swift|full|complete|unconditional|prompt)$/.test(tokens[k]?.lower ?? '')) k++;
  // "the release / return / freedom of hostages held by Y".
  if (/^(release|return|freedom)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'of') { releaseFrom(tokens, actors, all, v, k, add); return; }
  if (tokens[k]?.lower === 'end' && tokens[k + 1]?.lower === 'to') { endOfAct(tokens, actors, all, v, k, add); return; }
  if (ownedDemand(tokens, actors, all, v, k, add)) return;
  if (!DEMANDED_NOUNS.has(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'of') return;
  // From "of" itself: a titled person's noun phrase may start there ("of Peruvian President X").
  const targets = targetAfter(actors, all, tokens, k + 1, 3).filter((m) => ACTOR_KINDS.has(m.kind));
  if (targets.length === 0) return;
  for (const a of subjectsOf(tokens, actors, all, v)) for (const b of targets) add('DEMANDS_OF', a, b, 0.75, 'speech:demand-of', [v, k]);
}

/** "called for Prime Minister X's resignation", "demanded Y's withdrawal from Z": the owner is asked to act. */
function ownedDemand(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, k: number, add: Add): boolean {
  // The noun within a titled owner's reach ("for Peruvian President X's immediate resignation"), after a possessive.
  let n = k;
  while (n < tokens.length && n - k <= 7 && !/^(’s|'s)$/.test(tokens[n]?.text ?? '')) n++;
  const poss = n;
  if (/^(immediate|swift|full|complete|unconditional|prompt)$/.test(tokens[n + 1]?.lower ?? '')) n++;
  if (!DEMANDED_NOUNS.has(tokens[n + 1]?.lower ?? '')) return false;
  const owner = actors.find((m) => m.last === poss && m.first >= k && ACTOR_KINDS.has(m.kind) && m.kind !== 'PLACE');
  if (!owner) return false;
  for (const a of subjectsOf(tokens, actors, all, v)) add('DEMANDS_OF', a, owner, 0.75, 'speech:demand-owned', [v, n + 1]);
  return true;
}

const REQUEST_VERBS = /^(requested|requests|request|requesting|sought|seeks|seek)$/;
/** What a demand asks its addressee to give or submit to: an apology, an explanation, a recount of its vote. */
const ACCOUNT_NOUNS = /^(apology|explanation|explanations|clarification|clarifications|review|recount|audit|investigation|inquiry|probe|publication|compensation|reparations|guarantees|assurances)$/;

/**
 * "demanded an apology from Y", "requested a review of Y's election records", "sought an explanation from Y's
 * envoy": Y is asked to account for itself (1041-1044). Only after "from", or "of" with Y as the owner.
 */
function askedAccount(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, add: Add): void {
  let k = v + 1;
  while (k < tokens.length && k - v <= 4 && /^(a|an|the|full|formal|public|official|independent|immediate|urgent|thorough|complete|international)$/.test(tokens[k]?.lower ?? '')) k++;
  if (!ACCOUNT_NOUNS.test(tokens[k]?.lower ?? '')) return;
  const prep = tokens[k + 1]?.lower ?? '';
  if (prep !== 'from' && prep !== 'of') return;
  let owners = targetAfter(actors, all, tokens, k + 2, 2).filter((m) => ACTOR_KINDS.has(m.kind) && m.kind !== 'PLACE');
  // "a review of the election by Y" names no addressee after "of"; "of Y's records" does, through its owner.
  if (prep === 'of') owners = owners.filter((m) => /^(’s|'s)$/.test(tokens[m.last]?.text ?? ''));
  for (const a of subjectsOf(tokens, actors, all, v)) for (const b of owners) if (a.entityId !== b.entityId) add('DEMANDS_OF', a, b, 0.75, 'speech:asked-account', [v, k]);
}

/** "demanded an end to Israel's offensive", "called for an end to the Russian shelling": a demand of the act's owner. */
function endOfAct(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, k: number, add: Add): void {
  let j = k + 2;
  if (tokens[j]?.lower === 'the') j++;
  const owner = actors.find((m) => m.first === j && ACTOR_KINDS.has(m.kind) && m.kind !== 'PLACE');
  if (!owner) return;
  const owned = /^(’s|'s)$/.test(tokens[owner.last]?.text ?? '');
  const n = owned ? owner.last + 1 : owner.last;
  const noun = tokens[n];
  if (!(owned || owner.form === 'demonym') || !noun || !noun.isWord || noun.capitalized) return;
  for (const a of subjectsOf(tokens, actors, all, v)) add('DEMANDS_OF', a, owner, 0.7, 'speech:demand-end', [v, k, n]);
}

/**
 * "X warned of the threat posed by Iran", "X said … to focus on the threat from Iran": a speaker names an actor
 * as a threat. The threat noun must follow the speaking verb in its sentence, before any other speaker.
 */
function threatPosedBy(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, add: Add): void {
  for (let k = v + 1; k < Math.min(tokens.length, v + 30); k++) {
    const t = tokens[k];
    if (!t || t.text === ';' || (k > v + 1 && WARNING_VERBS.test(t.lower))) return;
    if (!THREAT_NOUNS.has(t.lower)) continue;
    let by = k + 1;
    if (/^(posed|presented)$/.test(tokens[by]?.lower ?? '')) by++;
    if (!/^(by|from)$/.test(tokens[by]?.lower ?? '')) continue;
    const sources = targetAfter(actors, all, tokens, by + 1, 2).filter((m) => ACTOR_KINDS.has(m.kind));
    if (sources.length === 0) continue;
    for (const a of subjectsOf(tokens, actors, all, v)) for (const b of sources) add('WARNS_ABOUT', a, b, 0.7, 'speech:threat-posed-by', [v, k]);
    return;
  }
}
