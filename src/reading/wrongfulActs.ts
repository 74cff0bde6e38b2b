// Criticism told by an adverb of wrong in reported speech (CAMEO 111, CRITICIZES): "X said the court had unjustly
// jailed Y", "X said Y detained the reporters illegally", "“They arrested him arbitrarily,” X said". No cue verb
// criticises; the speaker calls the act of the clause's subject wrongful, so the speaker criticises that subject.
import { actorBefore, targetAfter } from './clauses';
import { isNegation } from './hedges';
import { ACTOR_KINDS, type Mention } from './mentions';
import { openingQuoteSpeaker } from './quotedSpeakers';
import type { Add } from './relations';
import type { Token } from './tokens';

/** Adverbs that call an act wrongful. Not "falsely" ("falsely accused" is a denial, denials.ts). */
const WRONG_ADVERBS = /^(unjustly|illegally|unlawfully|wrongfully|wrongly|arbitrarily|unfairly|illegitimately)$/;
const SAY_VERBS = /^(said|says|stated|states|asserted|asserts|argued|argues|insisted|insists|claimed|claims|charged|told|wrote|posted)$/;
/** Words between the speaking verb and the clause's subject: "said on Monday that". */
const SAY_ADJUNCTS = /^(on|in|a|an|the|statement|post|interview|monday|tuesday|wednesday|thursday|friday|saturday|sunday|that|later|earlier)$/;
/** Auxiliaries between the subject and the adverb: "had unjustly", "was illegally". */
const AUXILIARIES = /^(had|has|have|was|were|is|are|been|being|did|does)$/;
const PASSIVE_AUXILIARIES = /^(was|were|is|are|been|being)$/;
/** Past forms of acts done to people that do not end in -ed: "held them arbitrarily", "shot him unlawfully". */
const IRREGULAR_PAST = /^(held|kept|took|shot|beat|struck|hit|sent|threw|put|drove|brought)$/;
/** How far into a subject with no actor ("its fishing crews") the passive may start. */
const SUBJECT_REACH = 5;
/** How many words of the verb and its object the adverb may follow: "jailed the two reporters unjustly". */
const AFTER_VERB_REACH = 5;

export function wrongfulActs(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  const quoted = openingQuoteSpeaker(tokens, all);
  if (quoted) wrongfulClause(tokens, actors, all, 1, [quoted], add);
  for (let v = 0; v < tokens.length; v++) {
    if (!SAY_VERBS.test(tokens[v]?.lower ?? '')) continue;
    const speakers = actorBefore(actors, all, tokens, v, 3).filter((m) => ACTOR_KINDS.has(m.kind));
    if (speakers.length === 0) continue;
    let from = v + 1;
    while (from < tokens.length && from - v <= 5 && SAY_ADJUNCTS.test(tokens[from]?.lower ?? '')) from++;
    wrongfulClause(tokens, actors, all, from, speakers, add);
  }
}

/** The clause at `from`: its subject, then the wrongful adverb before or shortly after its verb. */
function wrongfulClause(tokens: readonly Token[], actors: Mention[], all: Mention[], from: number, speakers: readonly Mention[], add: Add): void {
  const subjects = targetAfter(actors, all, tokens, from, 1).filter((m) => ACTOR_KINDS.has(m.kind) && m.form !== 'demonym');
  const last = subjects[subjects.length - 1];
  if (!last) { passiveWithoutActor(tokens, actors, all, from, speakers, add); return; }
  if (/^(’s|'s)$/.test(tokens[last.last]?.text ?? '')) return;
  let k = last.last;
  let passive = false;
  while (AUXILIARIES.test(tokens[k]?.lower ?? '')) passive = PASSIVE_AUXILIARIES.test(tokens[k++]?.lower ?? '') || passive;
  const adverb = WRONG_ADVERBS.test(tokens[k]?.lower ?? '') ? k : adverbAfterVerb(tokens, k);
  if (adverb < 0) return;
  if (tokens.slice(last.last, adverb).some(isNegation)) return;
  // "the reporters were illegally detained by Y": the wrong is the agent's, not the subject's.
  const agents = passive ? passiveAgents(tokens, actors, all, adverb) : subjects;
  for (const a of speakers) for (const b of agents) if (a.entityId !== b.entityId) add('CRITICIZES', a, b, 0.7, 'speech:wrongful-act', [adverb]);
}

/** "detained the reporters illegally": a past verb, a few plain words, then the adverb; -1 when none. */
function adverbAfterVerb(tokens: readonly Token[], k: number): number {
  if (!/ed$/.test(tokens[k]?.lower ?? '') && !IRREGULAR_PAST.test(tokens[k]?.lower ?? '')) return -1;
  for (let j = k + 1; j < Math.min(tokens.length, k + 1 + AFTER_VERB_REACH); j++) {
    const t = tokens[j];
    if (!t || !t.isWord) return -1;
    if (WRONG_ADVERBS.test(t.lower)) return j;
  }
  return -1;
}

/** "illegally detained by Y": the actors after the participle's "by"; none without one. */
function passiveAgents(tokens: readonly Token[], actors: Mention[], all: Mention[], adverb: number): Mention[] {
  const participle = tokens[adverb + 1]?.lower ?? '';
  if (!/(ed|en)$/.test(participle) || tokens[adverb + 2]?.lower !== 'by') return [];
  return targetAfter(actors, all, tokens, adverb + 3, 2).filter((m) => ACTOR_KINDS.has(m.kind));
}

/** "said its crews had been illegally detained by Y": a passive whose subject names no actor. */
function passiveWithoutActor(tokens: readonly Token[], actors: Mention[], all: Mention[], from: number, speakers: readonly Mention[], add: Add): void {
  for (let j = from; j < Math.min(tokens.length, from + SUBJECT_REACH + 3); j++) {
    const t = tokens[j];
    if (!t || !t.isWord || (t.capitalized && j > from) || isNegation(t)) return;
    if (!WRONG_ADVERBS.test(t.lower) || !PASSIVE_AUXILIARIES.test(tokens[j - 1]?.lower ?? '')) continue;
    for (const a of speakers) for (const b of passiveAgents(tokens, actors, all, j)) if (a.entityId !== b.entityId) add('CRITICIZES', a, b, 0.7, 'speech:wrongful-act', [j]);
    return;
  }
}
