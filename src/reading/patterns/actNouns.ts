// Acts told with a noun: "X expressed concern over Y", "X voiced support for Y", "X's condemnation of Y". The
// noun's type comes from the PETRARCH2 lexicon's two-word patterns of the light verb ("EXPRESS * frustration" 110,
// "VOICE * concern" 012, "PLEDGE * support" 032, "VOW * revenge" 138); a few nouns the lexicon codes as another
// type, or that carry no act in news prose, are set here. Nouns owned by a possessive ("Turkey's support for")
// are a short list written here: they name the act without a verb.
import type { RelationshipType } from '../../generated/graphql';
import { verbForms, type PatternToken, type VerbPattern } from '../lexicon';

/** The types a noun may carry here: verbal acts towards a named target. */
const NOUN_TYPES: ReadonlySet<RelationshipType> = new Set(['CRITICIZES', 'WARNS_ABOUT', 'ENDORSES', 'PLEDGED', 'THREATENS', 'ACCUSES']);

/** Prepositions through which each type's target follows the noun. */
export const TARGET_PREPOSITIONS: Readonly<Partial<Record<RelationshipType, readonly string[]>>> = {
  CRITICIZES: ['with', 'at', 'over', 'about', 'of', 'toward', 'towards', 'against', 'to'],
  WARNS_ABOUT: ['over', 'about', 'at', 'regarding', 'on'],
  ENDORSES: ['for', 'to', 'with', 'of'],
  PLEDGED: ['for', 'to'],
  THREATENS: ['against', 'to', 'on'],
  ACCUSES: ['against'],
};

/**
 * Light verbs whose object noun names the act, as the lexicon lemma whose block holds the patterns. Verbs the
 * lexicon has no such patterns for read with "express"'s ("reiterated its support for").
 */
const LIGHT_VERBS: Readonly<Record<string, string>> = {
  express: 'express', voice: 'voice', vow: 'vow', pledge: 'pledge', convey: 'express', articulate: 'express',
  reiterate: 'express', reaffirm: 'express', register: 'express', raise: 'voice', signal: 'express', show: 'express',
  offer: 'pledge', extend: 'express',
};

/** Where the lexicon's type for a noun is not ours, or the noun names no act towards a target. */
const NOUN_OVERRIDES: Readonly<Record<string, RelationshipType | null>> = {
  // Fear and alarm are pessimism about a situation (012), not criticism (110), whatever block says so.
  concern: 'WARNS_ABOUT', concerns: 'WARNS_ABOUT', fears: 'WARNS_ABOUT', fear: 'WARNS_ABOUT', alarm: 'WARNS_ABOUT',
  misgiving: 'WARNS_ABOUT', misgivings: 'WARNS_ABOUT', worry: 'WARNS_ABOUT', worries: 'WARNS_ABOUT',
  outrage: 'CRITICIZES', mistrust: 'CRITICIZES', dismay: 'CRITICIZES', anger: 'CRITICIZES',
  // Feelings, or words the lexicon lists for another sense of the block.
  surprise: null, shock: null, horror: null, grief: null, distress: null, caution: null, tense: null, doubt: null,
  clashes: null, threat: null, warning: null, measures: null, offensive: null, retaliation: null, boycott: null,
  confidence: null, understanding: null, gratitude: null, delight: null, satisfaction: null, solidarity: 'ENDORSES',
  appeal: null, calls: null, readiness: null, willingness: null, plans: null, plan: null, package: null, aid: null,
  assistance: null, visit: null, initiative: null, pullout: null, agree: null, cooperation: null, effort: null,
  investment: null, fund: null, crackdown: null, defeat: null, reform: null, reforms: null, resistance: null,
  // "offered support to Y", "pledged support for Y": a pledge (the lexicon's PLEDGE * support, 032).
  support: null, backing: 'ENDORSES',
};

/** Plural and other forms of a noun the lexicon lists once. */
const EXTRA_FORMS: Readonly<Record<string, readonly string[]>> = { concern: ['concerns'], fear: ['fears'], frustration: ['frustrations'] };

function singleWord(after: readonly PatternToken[]): string | null {
  const first = after[0];
  if (after.length !== 1 || !first || !('word' in first)) return null;
  return first.word;
}

function lexiconNouns(lemma: string): Map<string, RelationshipType> {
  const out = new Map<string, RelationshipType>();
  const sense = verbForms().get(lemma)?.find((s) => s.lemma === lemma);
  if (!sense) return out;
  const patterns: readonly VerbPattern[] = sense.block.patterns;
  for (const p of patterns) {
    const noun = p.before.length === 0 ? singleWord(p.after) : null;
    const type = p.event?.type ?? null;
    if (!noun || !type || !NOUN_TYPES.has(type) || out.has(noun)) continue;
    out.set(noun, type);
  }
  return out;
}

/** Light verb lemma → noun → type, with the overrides applied. */
function build(): ReadonlyMap<string, ReadonlyMap<string, RelationshipType>> {
  const byBlockLemma = new Map<string, Map<string, RelationshipType>>();
  const out = new Map<string, Map<string, RelationshipType>>();
  for (const [verb, lemma] of Object.entries(LIGHT_VERBS)) {
    let nouns = byBlockLemma.get(lemma);
    if (!nouns) {
      // The verb's own block first ("VOICE * concern"), then express's for the nouns it lacks ("voiced pessimism").
      nouns = lexiconNouns(lemma);
      if (lemma !== 'express') for (const [noun, type] of lexiconNouns('express')) if (!nouns.has(noun)) nouns.set(noun, type);
      for (const [noun, type] of Object.entries(NOUN_OVERRIDES)) {
        if (type === null) nouns.delete(noun);
        else if (nouns.has(noun) || nouns.has(noun.replace(/s$/, ''))) nouns.set(noun, type);
      }
      for (const [noun, forms] of Object.entries(EXTRA_FORMS)) {
        const type = nouns.get(noun);
        if (type) for (const f of forms) nouns.set(f, type);
      }
      byBlockLemma.set(lemma, nouns);
    }
    out.set(verb, nouns);
  }
  // "pledged / offered support for Y" is a pledge (PLEDGE * support, 032); "expressed support for Y" praise (051).
  out.get('pledge')?.set('support', 'PLEDGED');
  out.get('offer')?.set('support', 'PLEDGED');
  out.get('express')?.set('support', 'ENDORSES');
  out.get('reiterate')?.set('support', 'ENDORSES');
  out.get('reaffirm')?.set('support', 'ENDORSES');
  out.get('voice')?.set('support', 'ENDORSES');
  // "voiced opposition to Y's plan", "expressed its opposition to Y": censure (111), as "opposed" is (lexiconVerbs.ts).
  for (const verb of ['express', 'voice', 'reiterate', 'reaffirm', 'register']) out.get(verb)?.set('opposition', 'CRITICIZES');
  return out;
}

let table: ReadonlyMap<string, ReadonlyMap<string, RelationshipType>> | undefined;

/** Light verb base form → the nouns it makes an act of, with the act's type. */
export function lightVerbNouns(): ReadonlyMap<string, ReadonlyMap<string, RelationshipType>> {
  table ??= build();
  return table;
}

/** The light verbs' inflected forms → base form. */
export const LIGHT_VERB_FORMS: ReadonlyMap<string, string> = new Map(
  Object.keys(LIGHT_VERBS).flatMap((v) => {
    const stem = v.endsWith('e') ? v.slice(0, -1) : v;
    const past = v === 'show' ? ['showed', 'shown'] : [`${stem}ed`];
    return [v, `${v}s`, ...past, `${stem}ing`].map((f) => [f, v] as const);
  }),
);

/** Nouns that name the act when a possessive or demonym owns them: "Turkey's support for", "Russian threats against". */
export const OWNED_NOUNS: Readonly<Record<string, { type: RelationshipType; preps: readonly string[]; confidence: number; mutual?: boolean }>> = {
  // "Iran's agreement with Iraq", "Chile's deal with Peru": an agreement is mutual (057, both ways).
  agreement: { type: 'AGREES_WITH', preps: ['with'], confidence: 0.75, mutual: true },
  deal: { type: 'AGREES_WITH', preps: ['with'], confidence: 0.7, mutual: true },
  accord: { type: 'AGREES_WITH', preps: ['with'], confidence: 0.75, mutual: true },
  support: { type: 'ENDORSES', preps: ['for', 'of'], confidence: 0.8 },
  backing: { type: 'ENDORSES', preps: ['for', 'of'], confidence: 0.8 },
  condemnation: { type: 'CRITICIZES', preps: ['of'], confidence: 0.85 },
  criticism: { type: 'CRITICIZES', preps: ['of'], confidence: 0.85 },
  // "X's accusation that Y sponsored the attack": the accused opens the complement.
  accusations: { type: 'ACCUSES', preps: ['against', 'that'], confidence: 0.8 },
  accusation: { type: 'ACCUSES', preps: ['against', 'that'], confidence: 0.8 },
  threats: { type: 'THREATENS', preps: ['against', 'to'], confidence: 0.7 },
  // "Egypt's call on Israel to …", "renewed its call on Y", "an appeal to Y" (020).
  call: { type: 'APPEALS_TO', preps: ['on', 'upon'], confidence: 0.75 },
  calls: { type: 'APPEALS_TO', preps: ['on', 'upon'], confidence: 0.75 },
  appeal: { type: 'APPEALS_TO', preps: ['to'], confidence: 0.75 },
  appeals: { type: 'APPEALS_TO', preps: ['to'], confidence: 0.75 },
  plea: { type: 'APPEALS_TO', preps: ['to'], confidence: 0.75 },
  // "Egypt's opposition to the plan", "Russia's warning to NATO", "Russia's demands on Ukraine", "praise for Y".
  opposition: { type: 'CRITICIZES', preps: ['to'], confidence: 0.75 },
  warning: { type: 'THREATENS', preps: ['to'], confidence: 0.7 },
  warnings: { type: 'THREATENS', preps: ['to'], confidence: 0.7 },
  demands: { type: 'DEMANDS_OF', preps: ['on'], confidence: 0.7 },
  ultimatum: { type: 'DEMANDS_OF', preps: ['to'], confidence: 0.75 },
  praise: { type: 'ENDORSES', preps: ['for', 'of'], confidence: 0.8 },
};
