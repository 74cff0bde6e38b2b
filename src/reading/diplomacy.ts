// Diplomatic acts the verb table (patterns/verbs.ts) cannot read alone: a meeting told through "they" in a clause
// of time ("X and Y shook hands as they met with Z"), support promised with a verb of help ("pledged to support
// Y", "would continue to back Y": PLEDGED, CAMEO 030), and a supporter named in apposition ("X, the key backer
// of Y": ENDORSES, 051).
import { actorBefore, outerFirst, targetAfter } from './clauses';
import { gerundSubjectEnd } from './denials';
import { gazetteer } from './gazetteer';
import { hedged } from './hedges';
import { POSSESSIVE } from './hostileWords';
import { ACTOR_KINDS, type Mention } from './mentions';
import type { Add } from './relations';
import type { Token } from './tokens';
import { bargained } from './talks';

const MEET_FORMS = /^(met|meet|meets|meeting)$/;
/** Clauses of time or manner whose "they" is the main clause's subject: "… as they met", "… before they met". */
const SUBORDINATORS = /^(as|when|while|after|before|where|and)$/;

/**
 * "A and B shook hands as they met jointly with C": "they" is the coordinated subject the sentence opens with,
 * so A and B meet each other, and each meets C.
 */
function pronounMeetings(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 2; v < tokens.length; v++) {
    if (!MEET_FORMS.test(tokens[v]?.lower ?? '') || tokens[v - 1]?.lower !== 'they' || !SUBORDINATORS.test(tokens[v - 2]?.lower ?? '')) continue;
    const first = actors[0];
    if (!first || first.first > 2 || first.last >= v) continue;
    const subjects = actorBefore(actors, all, tokens, first.last).filter((m) => m.kind === 'PERSON' || m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION');
    let w = v + 1;
    while (/^(jointly|together|separately|later|briefly|privately|again|also)$/.test(tokens[w]?.lower ?? '')) w++;
    const met = tokens[w]?.lower === 'with' ? targetAfter(actors, all, tokens, w + 1, 4) : [];
    const partners = [...met, ...furtherPartners(actors, all, tokens, met)].filter((m) => ACTOR_KINDS.has(m.kind) && m.kind !== 'PLACE');
    const sides = [...subjects, ...partners.filter((p) => !subjects.some((s) => s.entityId === p.entityId))];
    for (const a of sides) for (const b of sides) {
      // A meeting told by its verb is firmer evidence than "talks between" them (0.8).
      if (subjects.includes(a) || subjects.includes(b)) add('MEETS_WITH', a, b, 0.85, 'meet:they', [v]);
    }
  }
}

/** How a second partner joined the meeting: "and, by video link, with Y", "and later with Y". */
const NAME_PARTICLES = /^(bin|ibn|al|el|abu|de|van|von)$/;
const JOINED_BY = /^(,|by|via|over|through|on|a|the|video|link|video-link|videoconference|phone|telephone|later|separately|also|then|briefly|virtually|online|remotely)$/;

/**
 * Partners met in a second "with" phrase after the first ("met with X and, by video link, with Y", "met with X
 * and later with Y"): the same meeting's other partners. `partners` is the first phrase's group.
 */
export function furtherPartners(actors: readonly Mention[], all: readonly Mention[], tokens: readonly Token[], partners: readonly Mention[]): Mention[] {
  const last = partners[partners.length - 1];
  if (!last) return [];
  let k = last.last;
  // The first partner's name set off after a description ("with Peru's leader, Ana Torres"), and a stray full stop
  // inside the sentence ("with X. and, by video link, with Y"), do not end the phrase.
  while (k - last.last < 6 && (/^[.,]$/.test(tokens[k]?.text ?? '') || tokens[k]?.capitalized || NAME_PARTICLES.test(tokens[k]?.lower ?? ''))) k++;
  if (tokens[k]?.lower !== 'and') return [];
  const from = ++k;
  while (k - from < 6 && JOINED_BY.test(tokens[k]?.lower ?? '')) k++;
  return tokens[k]?.lower === 'with' ? targetAfter(actors, all, tokens, k + 1, 4) : [];
}

const SUPPORTER_NOUNS = /^(supporter|supporters|backer|backers|ally|allies|patron|sponsor|sponsors|champion|defender)$/;

const SUPPORTER_DEGREE = /^(key|main|chief|staunch|staunchest|closest|close|strongest|strong|biggest|major|principal|leading|longtime|long-time|traditional|most|important|top)$/;

/** "Chile is Peru's closest ally", "Russia, Syria's main backer,": the supported named by its possessive first. */
function possessiveSupporters(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (const owner of actors) {
    if (!/^['’]s$/.test(tokens[owner.last]?.text ?? '') || !ACTOR_KINDS.has(owner.kind) || owner.kind === 'PLACE') continue;
    let k = owner.last + 1;
    while (k - owner.last < 4 && SUPPORTER_DEGREE.test(tokens[k]?.lower ?? '')) k++;
    if (!SUPPORTER_NOUNS.test(tokens[k]?.lower ?? '') || k === owner.last + 1 && !/^(ally|backer|patron|sponsor)$/.test(tokens[k]?.lower ?? '')) continue;
    // "X is Y's closest ally" (copula before the owner), or "X, Y's main backer," (apposition).
    const p = owner.first - 1;
    const copula = /^(is|was|remains|remained|has|been)$/.test(tokens[p]?.lower ?? '') && !hedged(tokens, p);
    const supporter = copula ? actorBefore(actors, all, tokens, p).find((m) => m.kind !== 'PLACE')
      : tokens[p]?.text === ',' && /^[,)]$/.test(tokens[k + 1]?.text ?? '') ? actors.find((m) => m.last === p && m.kind !== 'PLACE') : undefined;
    if (!supporter || !ACTOR_KINDS.has(supporter.kind) || supporter.entityId === owner.entityId) continue;
    add('ENDORSES', supporter, owner, copula ? 0.75 : 0.8, copula ? 'copula:supporter-of' : 'apposition:supporter-of', [k]);
  }
}

/** "Iran, the main backer of the government in Baghdad": the one set off supports the other (051). */
function supporterAppositions(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  possessiveSupporters(tokens, actors, all, add);
  for (let k = 2; k < tokens.length; k++) {
    if (!SUPPORTER_NOUNS.test(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'of') continue;
    let j = k - 1;
    while (j > 0 && SUPPORTER_DEGREE.test(tokens[j]?.lower ?? '')) j--;
    if (!/^(the|a|an)$/.test(tokens[j]?.lower ?? '')) continue;
    // "X, the key backer of Y" (apposition), or "X is a close ally of Y" (copula, not negated).
    const copula = /^(is|was|are|were|remains|remained|been)$/.test(tokens[j - 1]?.lower ?? '') && !hedged(tokens, j - 1);
    if (tokens[j - 1]?.text !== ',' && !copula) continue;
    const supporter = copula ? actorBefore(actors, all, tokens, j - 1).find((m) => m.kind !== 'PLACE') : actors.find((m) => m.last === j - 1);
    if (!supporter || !ACTOR_KINDS.has(supporter.kind) || supporter.kind === 'PLACE') continue;
    // "the government in Baghdad": a seat of government stands for its state.
    const supported = targetAfter(all, all, tokens, k + 2, 4).map((m) => seatOf(m) ?? m).filter((m) => ACTOR_KINDS.has(m.kind));
    for (const b of supported) add('ENDORSES', supporter, b, copula ? 0.75 : 0.8, copula ? 'copula:supporter' : 'apposition:supporter', [k]);
  }
}

/** "X threw its weight behind Y", "X stands (firmly) with Y": taking Y's side (051), said with an idiom. */
function sideTaking(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 1; v < tokens.length; v++) {
    const verb = tokens[v]?.lower ?? '';
    let from = -1;
    if (/^(threw|throws|throw|throwing)$/.test(verb) && /^(its|their|his|her)$/.test(tokens[v + 1]?.lower ?? '')) {
      let k = v + 2;
      if (/^(full|considerable|political)$/.test(tokens[k]?.lower ?? '')) k++;
      if (tokens[k]?.lower === 'weight' && tokens[k + 1]?.lower === 'behind') from = k + 2;
    } else if (/^(stands|stood|standing)$/.test(verb)) {
      let k = v + 1;
      if (/^(firmly|squarely|fully|resolutely|shoulder)$/.test(tokens[k]?.lower ?? '')) k++;
      if (/^(with|behind)$/.test(tokens[k]?.lower ?? '')) from = k + 1;
    } else if (/^(gave|gives|give|giving|lent|lends|lend|lending)$/.test(verb) && /^(its|their|his|her)$/.test(tokens[v + 1]?.lower ?? '')) {
      // "X gave its (full) backing to Y", "lent its support to Y": backing given (051).
      let k = v + 2;
      if (/^(full|strong|firm|unwavering|unconditional|political|diplomatic)$/.test(tokens[k]?.lower ?? '')) k++;
      if (/^(backing|support|blessing|endorsement)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'to') from = k + 2;
    } else if (/^(recognised|recognized|recognises|recognizes|recognise|recognize)$/.test(verb)) {
      // "X recognised Y as the legitimate president / government": recognition of a side's claim (054).
      const named = targetAfter(actors, all, tokens, v + 1, 1).filter((m) => ACTOR_KINDS.has(m.kind) && m.kind !== 'PLACE');
      const end = named[named.length - 1]?.last ?? -1;
      if (end > 0 && tokens[end]?.lower === 'as' && tokens.slice(end + 1, end + 6).some((t) => /^(legitimate|rightful|winner|victor|lawful|elected)$/.test(t.lower))) from = v + 1;
    }
    if (from < 0 || hedged(tokens, v)) continue;
    const sides = targetAfter(actors, all, tokens, from, 2).filter((m) => ACTOR_KINDS.has(m.kind) && m.kind !== 'PLACE');
    for (const a of actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter((m) => ACTOR_KINDS.has(m.kind) && m.kind !== 'PLACE')) {
      for (const b of sides) add('ENDORSES', a, b, 0.75, 'idiom:side-with', [v]);
    }
  }
}

/** A capital named for its government ("the government in Baghdad"): the state, else nothing. */
function seatOf(m: Mention): Mention | undefined {
  if (m.kind !== 'PLACE') return undefined;
  const country = gazetteer().countryOfPlace.get(m.entityId);
  return country ? { ...m, entityId: country, kind: 'COUNTRY' } : undefined;
}

/** A word between an act's owner and its noun: "the Saudi peace initiative". */
const ACT_MODIFIERS = /^(peace|ceasefire|truce|diplomatic|new|latest|recent|reform)$/;
const PRAISE_FORMS = /^(praised|praises|praise|praising|welcomed|welcomes|welcome|welcoming|hailed|hails|hail|hailing|backed|backs|back|backing|endorsed|endorses|endorse|endorsing|supported|supports|support|supporting|lauded|lauds|lauding|applauded|applauds|applauding|approved|approves|ratified|ratifies)$/;
/** What of a person or state one praises or backs stands for them: "backed the candidacy of X", "praised X's decision". */
const STANCE_NOUNS = /^(candidacy|candidate|bid|decision|decisions|move|moves|election|appointment|nomination|leadership|efforts|effort|role|stance|position|policy|policies|initiative|proposal|plan|call|reforms|victory|re-election|reelection|support|backing|recognition|commitment|offer|return|accession|readmission|participation|cooperation|restraint|step|steps|action|actions|announcement|pledge)$/;

/**
 * Praise or backing whose object is a person's or state's act ("welcomed the election of X", "praising the Chilean
 * leader's decision"): the person or state is endorsed. A participle after a comma ("…, praising X's decision")
 * takes the sentence's opening actor as its subject.
 */
function praiseOfActs(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 1; v < tokens.length; v++) {
    const verb = tokens[v]?.lower ?? '';
    if (!PRAISE_FORMS.test(verb) || hedged(tokens, v)) continue;
    let j = v + 1;
    while (/^(the|a|an|his|her|their|its|recent|latest|new)$/.test(tokens[j]?.lower ?? '')) j++;
    let target: Mention | undefined;
    let noun = -1;
    if (STANCE_NOUNS.test(tokens[j]?.lower ?? '') && tokens[j + 1]?.lower === 'of') {
      noun = j;
      // "welcomed the return of the hostages": an unnamed collective is what the act was done to.
      target = targetAfter(actors, all, tokens, j + 2, 2).find((m) => ACTOR_KINDS.has(m.kind) && m.kind !== 'GROUP');
    } else {
      // "the United States' commitment": a lone apostrophe is a possessive too.
      const owner = actors.find((m) => m.first <= j + 1 && m.first >= v + 1 && POSSESSIVE.test(tokens[m.last]?.text ?? ''));
      // "Sweden's NATO bid", "Ukraine's EU membership bid": what the bid is for may stand between.
      const sought = owner ? all.find((m) => m.first === owner.last + 1 && m.kind === 'ORGANIZATION') : undefined;
      let owned = sought ? sought.last : (owner?.last ?? 0) + 1;
      if (sought && tokens[owned]?.lower === 'membership' && STANCE_NOUNS.test(tokens[owned + 1]?.lower ?? '')) owned++;
      if (owner && STANCE_NOUNS.test(tokens[owned]?.lower ?? '')) { target = owner; noun = owned; }
      // "welcomed the Bolivian decision", "the Saudi peace initiative": a demonym (or a name used as one) owns the
      // act as a possessive does.
      const demonym = owner ? undefined : actors.find((m) => m.first === j && m.kind !== 'PLACE' && (m.form === 'demonym' || m.form === 'name'));
      const at = demonym ? demonym.last + (ACT_MODIFIERS.test(tokens[demonym.last]?.lower ?? '') ? 1 : 0) : -1;
      if (demonym && STANCE_NOUNS.test(tokens[at]?.lower ?? '')) { target = demonym; noun = at; }
    }
    if (!target || !ACTOR_KINDS.has(target.kind)) continue;
    const participle = /ing$/.test(verb) && tokens[v - 1]?.text === ',';
    const subjects = participle ? openingActors(actors, all, tokens, v) : actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v));
    for (const a of subjects.filter((m) => ACTOR_KINDS.has(m.kind))) add('ENDORSES', a, target, 0.75, 'praise:act-of', [v, noun]);
  }
}

/** The actor group a sentence opens with (within its first three tokens), ending before token v. */
function openingActors(actors: Mention[], all: Mention[], tokens: readonly Token[], v: number): Mention[] {
  const first = actors.find((m) => outerFirst(m, all) <= 2);
  return first && first.last < v ? actorBefore(actors, all, tokens, first.last) : [];
}

const REACH_FORMS = /^(reached|reach|reaches|reaching|struck|strike|strikes|clinched|clinch|sealed|seal|concluded|conclude|finalized|finalised|inked|ink|inks)$/;
const ACCORD_NOUNS = /^(agreement|deal|accord|understanding|pact|deals|agreements)$/;

/** "X and Y reached an agreement", "X struck a deal with Y": they agree (057). A truce is CEASEFIRE_WITH elsewhere. */
function reachedAgreements(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 1; v < tokens.length; v++) {
    if (!REACH_FORMS.test(tokens[v]?.lower ?? '') || hedged(tokens, v)) continue;
    let k = v + 1;
    while (k - v <= 4 && /^(a|an|the|new|final|preliminary|framework|landmark|historic|tentative|broad|trade|security|deal|peace|political|bilateral)$/.test(tokens[k]?.lower ?? '') && !ACCORD_NOUNS.test(tokens[k]?.lower ?? '')) k++;
    if (!ACCORD_NOUNS.test(tokens[k]?.lower ?? '')) continue;
    if (tokens.slice(v + 1, k).some((t) => /^(ceasefire|truce)$/.test(t.lower))) continue;
    const subjects = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter((m) => ACTOR_KINDS.has(m.kind) && m.kind !== 'PLACE');
    const partners = tokens[k + 1]?.lower === 'with' ? targetAfter(actors, all, tokens, k + 2, 3).filter((m) => ACTOR_KINDS.has(m.kind) && m.kind !== 'PLACE') : [];
    const sides = partners.length > 0 ? [...subjects, ...partners] : subjects;
    for (const a of sides) for (const b of sides) {
      if (partners.length === 0 || subjects.includes(a) !== subjects.includes(b)) add('AGREES_WITH', a, b, 0.8, 'agreement:reached', [v, k]);
    }
  }
}

const MEETING_OBJECTS = /^(talks|meeting|meetings|discussions|consultations|call|conversation)$/;

/** "X and Y held talks in Beijing", "X and Y had a phone call": a meeting of the two (040), both ways. */
function mutualMeetings(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 1; v < tokens.length; v++) {
    if (!/^(held|hold|holds|holding|had)$/.test(tokens[v]?.lower ?? '') || hedged(tokens, v)) continue;
    let k = v + 1;
    while (k - v <= 4 && /^(a|an|the|phone|telephone|telephonic|virtual|online|video|bilateral|direct|face-to-face|private|closed-door|lengthy|brief|long|-|to|face|separate)$/.test(tokens[k]?.lower ?? '')) k++;
    // "with Y" is read by talksWith; peace talks are negotiation (talksHeld).
    if (!MEETING_OBJECTS.test(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower === 'with') continue;
    if (tokens.slice(v + 1, k).some((t) => /^(peace|ceasefire|truce)$/.test(t.lower)) || (tokens[k]?.lower === 'talks' && bargained(tokens, k))) continue;
    const subjects = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter((m) => m.kind === 'PERSON' || m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION');
    if (subjects.length < 2) continue;
    for (const a of subjects) for (const b of subjects) add('MEETS_WITH', a, b, 0.8, 'meeting:held', [v, k]);
  }
}

/**
 * "President A received President B in Lima", "A received a Hamas delegation": a reception is a meeting (040),
 * both ways. Only a person or a delegation is received so: "received support from Y" is no meeting. Hosting
 * stays HOSTS (patterns/verbs.ts), and "welcomed Y" is praise there.
 */
function receptions(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 1; v < tokens.length; v++) {
    if (!/^(received|receives|receive|receiving)$/.test(tokens[v]?.lower ?? '') || hedged(tokens, v)) continue;
    // "received Y's letter" is no reception of Y.
    const guests = targetAfter(actors, all, tokens, v + 1, 2).filter((m) => !/^(’s|'s)$/.test(tokens[m.last]?.text ?? '')
      && (m.kind === 'PERSON' || (/^(delegation|delegations)$/.test(tokens[m.last]?.lower ?? '') && ACTOR_KINDS.has(m.kind))));
    const hosts = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter((m) => m.kind === 'PERSON' || m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION');
    for (const a of hosts) for (const b of guests) {
      add('MEETS_WITH', a, b, 0.75, 'meeting:received', [v]);
      add('MEETS_WITH', b, a, 0.75, 'meeting:received', [v]);
    }
  }
}

/**
 * "met his Chinese counterpart(,) Wang Yi": the demonym describes the person who follows, and is not a target; an
 * unnamed counterpart ("met his Chinese counterpart") is no one the sentence names.
 */
export function counterparts(tokens: readonly Token[], all: readonly Mention[], targets: Mention[]): Mention[] {
  return targets.flatMap((m) => {
    if (m.form !== 'demonym' || !/^(counterpart|counterparts)$/.test(tokens[m.last]?.lower ?? '')) return [m];
    const at = tokens[m.last + 1]?.text === ',' ? m.last + 2 : m.last + 1;
    const person = all.find((p) => p.first === at && p.kind === 'PERSON');
    return person && !targets.includes(person) ? [person] : [];
  });
}

const MEETING_NOUNS = /^(meeting|meetings|talks|call|conversation|discussions|consultations)$/;

/**
 * "In a phone call with Y, X said …", "During his meeting with Y, X raised …": the one who speaks after the
 * comma met Y. "X attended the meeting with Y": X met Y. Both ways (040).
 */
function meetingPhrases(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let k = 1; k < tokens.length; k++) {
    if (!MEETING_NOUNS.test(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'with') continue;
    let j = k - 1;
    while (j >= 0 && /^(a|an|the|his|her|their|its|phone|telephone|video|separate|private|brief|lengthy|recent)$/.test(tokens[j]?.lower ?? '')) j--;
    // The phrase ends at its comma: "with Wang, Blinken said" is no list of two.
    const comma = tokens.findIndex((t, i) => i > k + 1 && t.text === ',');
    const partners = targetAfter(actors, all, tokens, k + 2, 3).filter((m) => (m.kind === 'PERSON' || m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION') && (comma < 0 || m.first < comma));
    const last = partners[partners.length - 1];
    if (!last) continue;
    let met: Mention[] = [];
    // "his meeting", "a phone call": the speaker's own; "the meeting" may be others'.
    // "During talks with Y, X …": plural talks without an article are the speaker's too.
    const own = tokens.slice(j + 1, k).some((t) => /^(a|an|his|her|their)$/.test(t.lower)) || (j === k - 1 && /^(talks|discussions|consultations)$/.test(tokens[k]?.lower ?? ''));
    if ((j === 0 || tokens[j - 1]?.text === ',') && own && /^(in|during|after|following)$/.test(tokens[j]?.lower ?? '') && tokens[last.last]?.text === ',') {
      // The opening phrase's subject is the clause after its comma.
      met = targetAfter(actors, all, tokens, last.last + 1, 1).filter((m) => m.kind === 'PERSON' || m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION');
    } else if (/^(attended|attends|attend|joined|joins|join)$/.test(tokens[j]?.lower ?? '') && !hedged(tokens, j)) {
      met = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, j)).filter((m) => m.kind === 'PERSON' || m.kind === 'COUNTRY' || m.kind === 'ORGANIZATION');
    }
    for (const a of met) for (const b of partners) {
      add('MEETS_WITH', a, b, 0.8, 'meeting:phrase', [k]);
      add('MEETS_WITH', b, a, 0.8, 'meeting:phrase', [k]);
    }
  }
}

export function diplomaticActs(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  meetingPhrases(tokens, actors, all, add);
  praiseOfActs(tokens, actors, all, add);
  reachedAgreements(tokens, actors, all, add);
  mutualMeetings(tokens, actors, all, add);
  receptions(tokens, actors, all, add);
  pronounMeetings(tokens, actors, all, add);
  supporterAppositions(tokens, actors, all, add);
  sideTaking(tokens, actors, all, add);
}
