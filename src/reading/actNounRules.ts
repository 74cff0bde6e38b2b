// Acts told with a noun (patterns/actNouns.ts): "X expressed concern over Y", "X voiced support for Y", "X made
// accusations against Y", "Turkey's support for Y", "the EU's condemnation of Y". The actor is the light verb's
// subject or the noun's owner (a possessive or a demonym right before it); the target follows the noun's
// preposition.
import type { RelationshipType } from '../generated/graphql';
import { actorBefore, BOUNDARY_WORDS, targetAfter } from './clauses';
import { gerundSubjectEnd } from './denials';
import { hedged } from './hedges';
import { ACTOR_KINDS, type Mention } from './mentions';
import { LIGHT_VERB_FORMS, lightVerbNouns, OWNED_NOUNS, TARGET_PREPOSITIONS } from './patterns/actNouns';
import type { Add } from './relations';
import type { Token } from './tokens';

/** Words between the light verb and its noun: "expressed its deep and growing concern". */
const NOUN_MODIFIERS = /^(a|an|its|their|his|her|the|deep|deepest|serious|grave|strong|strongest|growing|renewed|full|firm|continued|unwavering|great|strong|and|particular|increasing|mounting|sharp|some|ongoing|new|fresh|public|repeated|unequivocal|steadfast|total|solid|serious|further)$/;
/** Words between the preposition and a place a warning is about: "concern over the humanitarian situation in Gaza". */
const SITUATION_WORDS = /^(the|situation|humanitarian|security|developments|events|crisis|escalation|violence|tensions|fighting|growing|worsening|deteriorating|in|of|over|around)$/;
/** Light verbs of owned nouns with no light-verb pattern in the lexicon: "made accusations against". */
// "has intensified his criticism of Y", "stepped up its accusations against Y": sharpening the act makes it.
const MAKE_VERBS = /^(made|make|makes|making|levelled|leveled|issued|issue|issues|repeated|renewed|voiced|expressed|reiterated|intensified|intensifies|intensify|sharpened|sharpens|escalated|escalates|redoubled)$/;

export function actNouns(tokens: readonly Token[], actors: Mention[], all: Mention[], add: Add): void {
  for (let v = 0; v < tokens.length; v++) lightVerbAct(tokens, actors, all, v, add);
  for (let k = 1; k < tokens.length; k++) ownedAct(tokens, actors, all, k, add);
}

/** "X expressed (deep) concern over Y": the light verb's subject acts on the target after the noun's preposition. */
function lightVerbAct(tokens: readonly Token[], actors: Mention[], all: Mention[], v: number, add: Add): void {
  const verb = LIGHT_VERB_FORMS.get(tokens[v]?.lower ?? '');
  const nouns = verb ? lightVerbNouns().get(verb) : undefined;
  if (!nouns || hedged(tokens, v)) return;
  let k = v + 1;
  while (k < tokens.length && k - v <= 4 && NOUN_MODIFIERS.test(tokens[k]?.lower ?? '')) k++;
  const noun = tokens[k]?.lower ?? '';
  const type = nouns.get(noun);
  if (!type) return;
  const subjects = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter((m) => ACTOR_KINDS.has(m.kind));
  if (subjects.length === 0) return;
  const targets = targetsAfterNoun(tokens, actors, all, k, type);
  for (const b of targets) {
    const actType = type === 'WARNS_ABOUT' && conduct(tokens, b) ? 'CRITICIZES' : type;
    for (const a of subjects) add(actType, a, b, 0.8, `noun:${verb ?? ''}-${noun}`, [v, k]);
  }
}

/** "Turkey's support for Y", "Russian threats against Y", "X made accusations against Y". */
function ownedAct(tokens: readonly Token[], actors: Mention[], all: Mention[], k: number, add: Add): void {
  const noun = tokens[k]?.lower ?? '';
  const spec = OWNED_NOUNS[noun];
  if (!spec || hedged(tokens, k)) return;
  let owners = actorBefore(actors, all, tokens, k, 1).filter((m) => ACTOR_KINDS.has(m.kind));
  let anchor = k;
  // "accusations by India against Canada", "condemnation from Y of Z": the owner named after the noun.
  let prep = k + 1;
  if (owners.length === 0 && /^(by|from)$/.test(tokens[k + 1]?.lower ?? '')) {
    owners = targetAfter(actors, all, tokens, k + 2, 1).filter((m) => ACTOR_KINDS.has(m.kind) && m.kind !== 'PLACE');
    prep = owners[owners.length - 1]?.last ?? prep;
  }
  if (owners.length === 0) {
    // A light verb a few plain words before: "made serious accusations against".
    let v = k - 1;
    while (v >= 0 && k - v <= 4 && NOUN_MODIFIERS.test(tokens[v]?.lower ?? '')) v--;
    // "renewed its call", "repeated its accusations": a light verb that is also a modifier ("renewed concern").
    while (v < k - 1 && !MAKE_VERBS.test(tokens[v]?.lower ?? '')) v++;
    if (!MAKE_VERBS.test(tokens[v]?.lower ?? '') || hedged(tokens, v)) return;
    owners = actorBefore(actors, all, tokens, gerundSubjectEnd(tokens, v)).filter((m) => ACTOR_KINDS.has(m.kind));
    anchor = v;
  }
  if (owners.length === 0 || !spec.preps.includes(tokens[prep]?.lower ?? '')) return;
  const targets = targetAfter(actors, all, tokens, prep + 1, 3).filter((m) => ACTOR_KINDS.has(m.kind));
  for (const a of owners) {
    for (const b of targets) {
      add(spec.type, a, b, spec.confidence, `noun:${noun}`, [anchor, k]);
      if (spec.mutual) add(spec.type, b, a, spec.confidence, `noun:${noun}`, [anchor, k]);
    }
  }
}

function targetsAfterNoun(tokens: readonly Token[], actors: Mention[], all: Mention[], k: number, type: RelationshipType): Mention[] {
  const prep = tokens[k + 1]?.lower ?? '';
  if (!(TARGET_PREPOSITIONS[type] ?? []).includes(prep)) return [];
  let from = k + 2;
  if (type === 'WARNS_ABOUT') while (from < tokens.length && from - k <= 6 && SITUATION_WORDS.test(tokens[from]?.lower ?? '') && !BOUNDARY_WORDS.has(tokens[from]?.lower ?? '')) from++;
  const places = type === 'WARNS_ABOUT';
  return targetAfter(actors, all, tokens, from, 3).filter((m) => ACTOR_KINDS.has(m.kind) || (places && m.kind === 'PLACE'));
}

/** Concern about what an actor does is criticism: "concern over Chinese manoeuvres", "over Russia's actions". */
function conduct(tokens: readonly Token[], m: Mention): boolean {
  const next = tokens[m.last]?.text ?? '';
  return m.form === 'demonym' || next === '’s' || next === "'s";
}
