// Verb rules taken from the compiled PETRARCH2 lexicon (../lexicon): the verbs of the CAMEO blocks listed here,
// with every inflected form the dictionary gives. Only blocks whose bare verb carries one of our types cleanly
// are used, and within a block only the verbs that keep that sense in news prose. The lexicon's own defaults are
// wrong for some verbs (PETRARCH codes bare "warn" as 130, "dismiss" as 110, "struck" as 190); those are left
// out here and, where we read them, written by hand in verbs.ts, whose forms always win (verbIndex.ts).
import type { RelationshipType } from '../../generated/graphql';
import { verbForms } from '../lexicon';
import type { VerbRule } from './verbs';

/** How the verbs of one CAMEO block are read. */
export interface LexiconBlockUse {
  /** The block's name in CAMEO.2.0.txt ("DENOUNCE"). */
  block: string;
  type: RelationshipType;
  /** Only these verbs (the dictionary's lemma), when the block also holds verbs of other senses. */
  only?: readonly string[];
  /** Verbs of the block that are not read. */
  deny?: readonly string[];
  /** Accept a verb whose own CAMEO code maps elsewhere (the block is right, the code is not ours: 171 capture). */
  anyCode?: boolean;
  objectVia?: readonly string[];
  passive?: boolean;
  placeTargets?: boolean;
  placesOnly?: boolean;
  noDemonymTargets?: boolean;
  /** People named after what they are may be the object ("jailed activist X"): verbs.ts's `describedTargets`. */
  describedTargets?: boolean;
  /** The object fights back: "X battled Y" is read both ways (eval/README.md rule 3). */
  mutualObject?: boolean;
  /** Only organizations as targets: what is joined or left as a member (an alliance, a bloc). */
  organizationsOnly?: boolean;
  confidence: number;
}

export const LEXICON_BLOCKS: readonly LexiconBlockUse[] = [
  // 111 criticize or denounce. "lecture", "dress down" and "chasten" are as often neutral; "mock" is REPEAT's.
  { block: 'DENOUNCE', type: 'CRITICIZES', deny: ['lecture', 'dress down', 'chasten', 'reprobate', 'remonstrate'], passive: true, confidence: 0.85 },
  { block: 'DEPLORE', type: 'CRITICIZES', objectVia: ['', 'at', 'against'], confidence: 0.85 },
  { block: 'DENIGRATE', type: 'CRITICIZES', passive: true, confidence: 0.8 },
  { block: 'SAVAGE', type: 'CRITICIZES', only: ['savage', 'pillory'], confidence: 0.8 },
  { block: 'DISAPPROVE', type: 'CRITICIZES', objectVia: ['', 'of'], confidence: 0.8 },
  { block: 'BLAME', type: 'CRITICIZES', only: ['condemn'], passive: true, confidence: 0.9 },
  // 112 accuse ("charge" is as often a legal charge, read by no rule).
  { block: 'BLAME', type: 'ACCUSES', only: ['accuse', 'blame', 'fault'], confidence: 0.9 },
  // 173 arrest and detain; "convict", "indict", "sue" and "prosecute" are charges, not custody.
  { block: 'APPREHEND', type: 'DETAINS', only: ['arrest', 'apprehend'], passive: true, noDemonymTargets: true, describedTargets: true, confidence: 0.9 },
  { block: 'CONFINE', type: 'DETAINS', only: ['detain', 'imprison', 'jail'], passive: true, noDemonymTargets: true, describedTargets: true, confidence: 0.85 },
  { block: 'RE_ARREST', type: 'DETAINS', passive: true, noDemonymTargets: true, describedTargets: true, confidence: 0.85 },
  // 181 abduct, take hostage.
  { block: 'KIDNAP', type: 'HOLDS_CAPTIVE', passive: true, noDemonymTargets: true, describedTargets: true, confidence: 0.85 },
  // 130 threaten ("risk" endangers only its subject's own plans).
  { block: 'THREATEN', type: 'THREATENS', confidence: 0.8 },
  { block: 'ENDANGER', type: 'THREATENS', only: ['endanger'], confidence: 0.7 },
  // 051 praise: the verbs of acclaim that praise someone; greet, recognise, honour, celebrate and the like do not.
  {
    block: 'ACCLAIM', type: 'ENDORSES', passive: true, confidence: 0.85,
    only: ['acclaim', 'applaud', 'commend', 'congratulate', 'extol', 'laud', 'praise', 'salute', 'hail', 'welcome'],
  },
  { block: 'LAUD', type: 'ENDORSES', only: ['laud'], confidence: 0.85 },
  // 020 appeal: asking someone to act ("asked Y to").
  { block: 'APPEAL', type: 'APPEALS_TO', only: ['implore', 'plead', 'beg'], objectVia: ['', 'with'], confidence: 0.8 },
  { block: 'ASK', type: 'APPEALS_TO', only: ['ask', 'request', 'petition'], confidence: 0.75 },
  // 192 occupy territory, and taking a town (171 in CAMEO, but the town is the target: eval/README.md rule 12).
  { block: 'INVADE', type: 'IN_CONFLICT_WITH', only: ['occupy', 'overrun'], placeTargets: true, passive: true, confidence: 0.8 },
  { block: 'RECAPTURE', type: 'IN_CONFLICT_WITH', placeTargets: true, passive: true, confidence: 0.8 },
  { block: 'APPREHEND', type: 'IN_CONFLICT_WITH', only: ['capture', 'seize'], anyCode: true, placesOnly: true, passive: true, confidence: 0.75 },
  // 190 fighting: the verbs whose object is the other side.
  {
    block: 'PHYSICAL_CONFLICT', type: 'IN_CONFLICT_WITH', objectVia: ['', 'with', 'against'], mutualObject: true, confidence: 0.75,
    only: ['battle', 'combat', 'skirmish', 'ambush', 'storm', 'retaliate'],
  },
  // 080/165: pulling out of a place, a body or talks ("pulled out of the deal", "retreated from Kherson").
  { block: 'RETREAT', type: 'WITHDREW_FROM', only: ['pull out', 'pull back', 'retreat', 'get out'], anyCode: true, objectVia: ['from', 'of'], placeTargets: true, confidence: 0.75 },
  // 190: driving back an attacker ("repelled the rebels").
  { block: 'REPULSE', type: 'IN_CONFLICT_WITH', confidence: 0.75 },
  // 051: taking someone's side ("sided with Russia", "allied with the rebels").
  { block: 'COLLABORATE', type: 'ENDORSES', only: ['side with'], anyCode: true, objectVia: ['', 'with'], confidence: 0.75 },
  // "ally" only with its "with": "NATO ally Turkey", "Hamas ally Hezbollah" are the noun between two names.
  { block: 'COLLABORATE', type: 'ENDORSES', only: ['ally'], anyCode: true, objectVia: ['with'], confidence: 0.75 },
  // 100: insisting that someone act is a demand of them.
  { block: 'INSIST', type: 'DEMANDS_OF', objectVia: ['that', 'on'], confidence: 0.7 },
  // 120: refusing or ruling out what someone offers or asks ("refused Israel's demand" rejects Israel).
  { block: 'REFUSE', type: 'REJECTS', only: ['rule out', 'refuse', 'decline'], anyCode: true, confidence: 0.75 },
  { block: 'IGNORE', type: 'REJECTS', only: ['defy'], confidence: 0.7 },
  // 163: boycotts and embargoes are sanctions (the bare verbs code 170 in the lexicon).
  { block: 'EXCLUDE', type: 'SANCTIONS', only: ['boycott', 'embargo', 'blacklist'], anyCode: true, passive: true, describedTargets: true, confidence: 0.75 },
  // 051: appreciating someone is praise.
  { block: 'APPRECIATE', type: 'ENDORSES', confidence: 0.75 },
  // 110: opposing or refuting someone is disapproval, read as criticism (cameo.ts).
  { block: 'VERBAL_CONFLICT', type: 'CRITICIZES', only: ['oppose', 'refute', 'contradict', 'dispute'], confidence: 0.7 },
  { block: 'AMBUSH', type: 'IN_CONFLICT_WITH', confidence: 0.75 },
  // 041: a call is a meeting by telephone, both ways ("X phoned Y"); bare "call" is an appeal (call on, call for).
  { block: 'CALL', type: 'MEETS_WITH', only: ['phone', 'telephone'], mutualObject: true, noDemonymTargets: true, confidence: 0.8 },
];

/** The rules the lexicon gives: one per (block use, lemma), with every form the dictionary lists for it. */
export function lexiconVerbRules(): VerbRule[] {
  const rules = new Map<string, VerbRule & { forms: string[] }>();
  for (const [form, senses] of verbForms()) {
    for (const sense of senses) {
      if (sense.particlesBefore.length > 0) continue;
      for (const use of LEXICON_BLOCKS) {
        if (sense.block.name !== use.block) continue;
        if (use.only && !use.only.includes(sense.lemma)) continue;
        if (use.deny?.includes(sense.lemma)) continue;
        if (!use.anyCode && sense.event?.type !== use.type) continue;
        const key = `${use.block}:${use.type}:${sense.lemma}`;
        let rule = rules.get(key);
        if (!rule) {
          rule = {
            type: use.type, lemma: sense.lemma, forms: [], objectVia: [...(use.objectVia ?? [''])], confidence: use.confidence,
            ...(sense.particlesAfter.length > 0 ? { particles: [...sense.particlesAfter] } : {}),
            ...(use.passive ? { passive: true } : {}), ...(use.placeTargets ? { placeTargets: true } : {}),
            ...(use.placesOnly ? { placesOnly: true } : {}), ...(use.noDemonymTargets ? { noDemonymTargets: true } : {}),
            ...(use.mutualObject ? { mutualObject: true } : {}), ...(use.describedTargets ? { describedTargets: true } : {}), ...(use.organizationsOnly ? { organizationsOnly: true } : {}),
            source: 'lexicon',
          };
          rules.set(key, rule);
        }
        if (!rule.forms.includes(form)) rule.forms.push(form);
      }
    }
  }
  return [...rules.values()];
}
