// Verb patterns per relationship type, in the spirit of the CAMEO codebook's verb dictionaries as PETRARCH
// and PETRARCH2 ship them (Open Event Data Alliance, MIT licence): a verb's forms, how its target is reached
// (directly or after a preposition) and whether the act is mutual. Written for this vocabulary, not copied.
import type { RelationshipType } from '../../generated/graphql';

export interface VerbRule {
  type: RelationshipType;
  /** Base form; inflections are generated unless `forms` lists them. */
  lemma: string;
  forms?: string[];
  /** How the target follows the verb: '' for a direct object, else a preposition ("from", "with"). */
  objectVia: string[];
  /** Mutual act: "X and Y agreed" and "X met with Y" give both directions. */
  symmetric?: boolean;
  /** "Y was struck by X": the target before the verb, the actor after "by". */
  passive?: boolean;
  /** Targets may be places ("struck … across Yemen"), not only actors. */
  placeTargets?: boolean;
  /** Only places as targets ("left Cairo"; "left the alliance" is not a visit). */
  placesOnly?: boolean;
  /** A demonym is not the target ("released Israeli hostages" did not release Israel). */
  noDemonymTargets?: boolean;
  /** EVENT targets only (mediate → the talks). */
  eventTargets?: boolean;
  confidence: number;
}

export const VERB_RULES: readonly VerbRule[] = [
  // 195 aerial weapons / 190 conventional force
  { type: 'STRUCK', lemma: 'strike', forms: ['strike', 'strikes', 'struck', 'striking'], objectVia: ['', 'at'], passive: true, placeTargets: true, confidence: 0.9 },
  { type: 'STRUCK', lemma: 'hit', forms: ['hit', 'hits', 'hitting'], objectVia: [''], passive: true, placeTargets: true, confidence: 0.8 },
  { type: 'STRUCK', lemma: 'bomb', objectVia: [''], passive: true, placeTargets: true, confidence: 0.9 },
  { type: 'STRUCK', lemma: 'bombard', objectVia: [''], passive: true, placeTargets: true, confidence: 0.9 },
  { type: 'STRUCK', lemma: 'shell', objectVia: [''], passive: true, placeTargets: true, confidence: 0.8 },
  { type: 'STRUCK', lemma: 'attack', objectVia: [''], passive: true, placeTargets: true, confidence: 0.8 },
  { type: 'STRUCK', lemma: 'target', forms: ['targeted', 'targeting', 'targetted'], objectVia: [''], passive: true, confidence: 0.7 },
  { type: 'STRUCK', lemma: 'fire', forms: ['fire', 'fires', 'fired', 'firing'], objectVia: ['at', 'into', 'toward', 'towards'], placeTargets: true, confidence: 0.8 },
  { type: 'STRUCK', lemma: 'pound', objectVia: [''], passive: true, placeTargets: true, confidence: 0.8 },
  // "launched 400 drones at Kyiv": what is launched is the weapon; the target follows a preposition.
  { type: 'STRUCK', lemma: 'launch', objectVia: ['at', 'on', 'against'], placeTargets: true, confidence: 0.8 },
  // 045 mediate
  { type: 'MEDIATES', lemma: 'mediate', objectVia: ['', 'between'], passive: true, eventTargets: true, confidence: 0.9 },
  { type: 'MEDIATES', lemma: 'broker', objectVia: [''], passive: true, eventTargets: true, confidence: 0.9 },
  { type: 'MEDIATES', lemma: 'chair', objectVia: [''], passive: true, eventTargets: true, confidence: 0.8 },
  // 046 negotiate
  { type: 'NEGOTIATES', lemma: 'negotiate', objectVia: ['with'], symmetric: true, confidence: 0.9 },
  // 040 consult / meet
  { type: 'MEETS_WITH', lemma: 'meet', forms: ['meet', 'meets', 'met', 'meeting'], objectVia: ['', 'with'], symmetric: true, confidence: 0.9 },
  { type: 'MEETS_WITH', lemma: 'speak', forms: ['spoke', 'spoken', 'speaks', 'speak'], objectVia: ['to', 'with'], symmetric: true, confidence: 0.8 },
  { type: 'MEETS_WITH', lemma: 'discuss', objectVia: ['with'], symmetric: true, confidence: 0.8 },
  { type: 'MEETS_WITH', lemma: 'talk', objectVia: ['with', 'to'], symmetric: true, confidence: 0.8 },
  // 042 / 043 visits and hosting
  { type: 'VISITS', lemma: 'visit', objectVia: [''], placeTargets: true, confidence: 0.9 },
  { type: 'VISITS', lemma: 'arrive', objectVia: ['in', 'at'], placeTargets: true, confidence: 0.9 },
  { type: 'VISITS', lemma: 'travel', objectVia: ['to'], placeTargets: true, confidence: 0.8 },
  { type: 'VISITS', lemma: 'leave', forms: ['left', 'leaves', 'leaving'], objectVia: [''], placeTargets: true, placesOnly: true, confidence: 0.7 },
  { type: 'HOSTS', lemma: 'host', objectVia: [''], passive: true, eventTargets: true, confidence: 0.9 },
  // Hosting a delegation or a leader ("Egypt hosted a Hamas delegation"); hosting talks is read by events.ts.
  { type: 'HOSTS', lemma: 'host', objectVia: [''], confidence: 0.8 },
  // 020 appeal
  { type: 'APPEALS_TO', lemma: 'urge', objectVia: [''], confidence: 0.9 },
  { type: 'APPEALS_TO', lemma: 'appeal', objectVia: ['to'], confidence: 0.8 },
  { type: 'APPEALS_TO', lemma: 'call', objectVia: ['on', 'upon'], confidence: 0.7 },
  // 051 praise / endorse
  { type: 'ENDORSES', lemma: 'praise', objectVia: [''], confidence: 0.9 },
  { type: 'ENDORSES', lemma: 'hail', objectVia: [''], eventTargets: true, confidence: 0.9 },
  { type: 'ENDORSES', lemma: 'endorse', objectVia: [''], confidence: 0.9 },
  { type: 'ENDORSES', lemma: 'back', objectVia: [''], passive: true, confidence: 0.8 },
  { type: 'ENDORSES', lemma: 'approve', objectVia: [''], eventTargets: true, confidence: 0.8 },
  { type: 'ENDORSES', lemma: 'welcome', objectVia: [''], eventTargets: true, confidence: 0.8 },
  // 057 / 0871 agreements and truces
  { type: 'AGREES_WITH', lemma: 'agree', objectVia: ['with'], symmetric: true, confidence: 0.9 },
  { type: 'CEASEFIRE_WITH', lemma: 'cease', forms: ['ceased', 'cease', 'ceases'], objectVia: ['with'], symmetric: true, confidence: 0.8 },
  { type: 'AGREES_WITH', lemma: 'sign', objectVia: ['with'], symmetric: true, confidence: 0.8 },
  // 112 accuse / 111 criticize / 120 reject / 130 threaten / 163 sanction
  { type: 'ACCUSES', lemma: 'accuse', objectVia: [''], confidence: 0.9 },
  { type: 'ACCUSES', lemma: 'blame', objectVia: [''], confidence: 0.9 },
  { type: 'CRITICIZES', lemma: 'criticize', objectVia: [''], confidence: 0.9 },
  { type: 'CRITICIZES', lemma: 'criticise', objectVia: [''], confidence: 0.9 },
  { type: 'CRITICIZES', lemma: 'condemn', objectVia: [''], confidence: 0.9 },
  { type: 'CRITICIZES', lemma: 'denounce', objectVia: [''], confidence: 0.9 },
  { type: 'REJECTS', lemma: 'reject', objectVia: [''], confidence: 0.8 },
  { type: 'THREATENS', lemma: 'threaten', objectVia: [''], confidence: 0.8 },
  { type: 'SANCTIONS', lemma: 'sanction', objectVia: [''], passive: true, confidence: 0.9 },
  { type: 'DEMANDS_OF', lemma: 'demand', objectVia: ['of', 'from'], confidence: 0.7 },
  // 173 arrest / 0841 release / 165 withdraw
  { type: 'DETAINS', lemma: 'arrest', objectVia: [''], passive: true, noDemonymTargets: true, confidence: 0.9 },
  { type: 'DETAINS', lemma: 'detain', objectVia: [''], passive: true, noDemonymTargets: true, confidence: 0.9 },
  { type: 'RELEASED', lemma: 'release', objectVia: [''], passive: true, noDemonymTargets: true, confidence: 0.8 },
  { type: 'RELEASED', lemma: 'free', forms: ['freed', 'frees', 'freeing'], objectVia: [''], passive: true, noDemonymTargets: true, confidence: 0.8 },
  // 190 use conventional military force (an invasion is not a strike: eval/README.md)
  { type: 'IN_CONFLICT_WITH', lemma: 'invade', objectVia: [''], placeTargets: true, confidence: 0.8 },
  { type: 'IN_CONFLICT_WITH', lemma: 'fight', forms: ['fight', 'fights', 'fought', 'fighting'], objectVia: ['', 'against', 'with'], confidence: 0.7 },
  { type: 'IN_CONFLICT_WITH', lemma: 'clash', objectVia: ['with'], symmetric: true, confidence: 0.7 },
  { type: 'WITHDREW_FROM', lemma: 'withdraw', forms: ['withdraw', 'withdraws', 'withdrew', 'withdrawn', 'withdrawing'], objectVia: ['from'], placeTargets: true, confidence: 0.8 },
  { type: 'WARNS_ABOUT', lemma: 'warn', objectVia: ['of', 'about', 'against', 'that'], placeTargets: true, confidence: 0.7 },
  { type: 'PLEDGED', lemma: 'pledge', objectVia: ['to'], eventTargets: true, confidence: 0.8 },
];

/** Inflected forms of a regular verb: base, -s, -ed, -ing (with the usual spelling changes). */
export function inflect(lemma: string): string[] {
  const forms = new Set([lemma]);
  if (/(s|sh|ch|x|z)$/.test(lemma)) forms.add(`${lemma}es`);
  else if (/[^aeiou]y$/.test(lemma)) forms.add(`${lemma.slice(0, -1)}ies`);
  else forms.add(`${lemma}s`);
  if (lemma.endsWith('e')) {
    forms.add(`${lemma}d`);
    forms.add(`${lemma.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(lemma)) {
    forms.add(`${lemma.slice(0, -1)}ied`);
    forms.add(`${lemma}ing`);
  } else {
    forms.add(`${lemma}ed`);
    forms.add(`${lemma}ing`);
  }
  return [...forms];
}

/** Word form → the rules it triggers. */
export const VERB_INDEX: ReadonlyMap<string, readonly VerbRule[]> = (() => {
  const index = new Map<string, VerbRule[]>();
  for (const rule of VERB_RULES) {
    if (rule.confidence <= 0) continue;
    for (const form of rule.forms ?? inflect(rule.lemma)) {
      const list = index.get(form) ?? [];
      list.push(rule);
      index.set(form, list);
    }
  }
  return index;
})();
