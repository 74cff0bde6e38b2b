// The actor a sentence opens with as the subject of an act it did: "North Korea fired a missile", "On Sunday, Iran's
// navy seized a tanker". What others then call "the launch" or "the move", or react to in a trailing participle
// ("…, drawing condemnation from Y"), is that actor's.
import { ACTOR_KINDS, type Mention } from './mentions';
import { verbIndex } from './patterns/verbIndex';
import type { Token } from './tokens';

/** Words that let the act's subject open its sentence: "On Sunday, North Korea …", "The Iranian navy …". */
const OPENERS = /^(the|on|in|at|late|early|overnight|earlier|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|night|week|month|year|after|following|when|hours|days|shortly|just)$/;
/** Words that open a sentence with a clause of its own before the main one: "After X fired a missile, Y …". */
export const SUBORDINATORS = /^(after|following|when|hours|days|shortly|just)$/;
/** Words between the subject and its verb: the subject's own organs, auxiliaries of a done act, times. */
const SUBJECT_TO_VERB = /^(’s|'s|military|army|navy|forces|troops|soldiers|fighters|drones|jets|warplanes|warships|missiles|artillery|government|police|authorities|regime|junta|parliament|cabinet|presidency|foreign|defence|defense|interior|ministry|coast|guard|air|force|has|have|had|also|again|reportedly|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|overnight|late|early|earlier|last|night|week|suddenly|formally|officially|abruptly|unilaterally|then)$/;
/** Verbs of speech or stance, not acts: "X said …" tells of no act that "the move" could be. */
const SPEECH = /^(said|says|told|tells|added|stated|noted|reported|claimed|denied|denies|insisted|argued|believes|believed|thinks|hopes|expects|wants|plans|warned|warns|urged|urges|called|calls|asked|asks)$/;

/**
 * The one actor that opens a sentence as the subject of an act ("North Korea fired …", "On Sunday, Iran's navy
 * seized …", "After Iran seized …"), else null: two actors ("X and Y agreed"), a passive ("X was attacked"), speech ("X said …") or a
 * reaction of its own ("X condemned the attack": a later "the attack" is not X's) name no one sure.
 */
export function openingActor(tokens: readonly Token[], mentions: readonly Mention[]): Mention | null {
  const actors = mentions.filter((m) => !m.inTitle && ACTOR_KINDS.has(m.kind));
  const subject = actors[0];
  if (!subject) return null;
  for (let k = 0; k < subject.first; k++) {
    const t = tokens[k];
    if (!t || !(t.text === ',' || OPENERS.test(t.lower) || /^\d+$/.test(t.lower))) return null;
  }
  let v = subject.last;
  while (v - subject.last < 4 && SUBJECT_TO_VERB.test(tokens[v]?.lower ?? '')) v++;
  // "test-fired", "re-imposed": the verb is the word after the hyphen.
  if (tokens[v + 1]?.text === '-' && tokens[v]?.isWord) v += 2;
  const verb = tokens[v];
  if (!verb || !verb.isWord || verb.capitalized || SPEECH.test(verb.lower) || /^(and|or|was|were|is|are|,)$/.test(verb.lower)) return null;
  if (!verb.lower.endsWith('ed') && !IRREGULAR_PAST.has(verb.lower)) return null;
  // Only a stance the bare verb takes: "held" is "held Y responsible" only with its word after.
  const stance = (verbIndex().get(verb.lower) ?? []).some((r) => STANCE_TYPES.has(r.type) && !r.particles && !r.targetThen && r.objectVia.includes(''));
  if (stance && !DECISIONS.test(verb.lower)) return null;
  return subject;
}

/** Past forms of act verbs that do not end in -ed. */
const IRREGULAR_PAST = new Set(['sent', 'shot', 'struck', 'hit', 'took', 'began', 'made', 'held', 'fought', 'seized', 'broke', 'cut', 'shut', 'put', 'set', 'drove', 'threw', 'went', 'led', 'built', 'froze', 'stole', 'overran', 'withdrew', 'beat']);
/** Stances taken as decisions, acts of their own: "Turkey's parliament approved the bid. Finland welcomed the decision." */
const DECISIONS = /^(approved|ratified|rejected|vetoed|endorsed|backed)$/;
/** Reactions themselves: their object's act is someone else's. */
const STANCE_TYPES = new Set(['CRITICIZES', 'ENDORSES', 'REJECTS', 'ACCUSES', 'APPEALS_TO', 'DEMANDS_OF', 'WARNS_ABOUT']);
