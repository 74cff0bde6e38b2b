// CAMEO event code → our relationship type, by code prefix (the longest listed prefix wins; an entry mapped to
// null stops a shorter prefix from applying). Built from the cameoCode list in src/graph/vocabulary.ts; a code
// with no entry maps to null: the lexicon keeps it, the reader codes nothing from it.
import type { RelationshipType } from '../../generated/graphql';

export interface CameoMapping {
  prefix: string;
  type: RelationshipType | null;
  /** Why, where the choice is not the vocabulary's own code. */
  note?: string;
}

export const CAMEO_TO_TYPE: readonly CameoMapping[] = [
  { prefix: '012', type: 'WARNS_ABOUT' },
  { prefix: '02', type: 'APPEALS_TO', note: '020–028: every appeal or request, as the vocabulary\'s 020' },
  { prefix: '03', type: 'PLEDGED', note: '030–039 express intent; PROPOSED (root 03) has no sub-code of its own, so codes never yield it' },
  { prefix: '036', type: 'PLEDGED', note: 'intent to meet or negotiate is a stated intent (root 03), not talks held: NEGOTIATES (046) would claim talks that have not happened' },
  { prefix: '040', type: 'MEETS_WITH' },
  { prefix: '041', type: 'MEETS_WITH', note: 'discuss by telephone: MEETS_WITH covers "in person or by telephone"' },
  { prefix: '042', type: 'VISITS' },
  { prefix: '043', type: 'HOSTS' },
  { prefix: '044', type: 'MEETS_WITH', note: 'meet at a third location' },
  { prefix: '045', type: 'MEDIATES' },
  { prefix: '046', type: 'NEGOTIATES' },
  { prefix: '051', type: 'ENDORSES' },
  { prefix: '057', type: 'AGREES_WITH' },
  { prefix: '0841', type: 'RELEASED' },
  { prefix: '0871', type: 'CEASEFIRE_WITH' },
  { prefix: '10', type: 'DEMANDS_OF', note: '100–108: every demand' },
  { prefix: '110', type: 'CRITICIZES', note: 'disapprove (not specified) reads as criticism; 113–116 (rally opposition, complain, sue, find guilty) stay unmapped' },
  { prefix: '111', type: 'CRITICIZES' },
  { prefix: '112', type: 'ACCUSES', note: '112 and 1121–1125 (accuse of crime, abuses, aggression, war crimes, espionage)' },
  { prefix: '12', type: 'REJECTS', note: '120–129: every rejection' },
  { prefix: '13', type: 'THREATENS', note: '130–139: every threat' },
  { prefix: '162', type: 'RESTRICTS_AID_TO', note: '162 and 1621–1623 (economic, military, humanitarian aid)' },
  { prefix: '163', type: 'SANCTIONS' },
  { prefix: '164', type: 'WITHDREW_FROM', note: 'halt negotiations: "withdrew from talks"' },
  { prefix: '165', type: 'WITHDREW_FROM' },
  { prefix: '166', type: 'WITHDREW_FROM', note: 'expel or withdraw (peacekeepers, inspectors, aid agencies); 161 (break relations) stays unmapped' },
  { prefix: '173', type: 'DETAINS' },
  { prefix: '181', type: 'HOLDS_CAPTIVE' },
  { prefix: '183', type: 'STRUCK', note: 'bombings (suicide, vehicular, roadside) are strikes on a target; other 18x (assault, assassination) unmapped' },
  { prefix: '190', type: 'IN_CONFLICT_WITH' },
  { prefix: '192', type: 'IN_CONFLICT_WITH', note: 'occupy territory: an invasion is conflict, not a strike (verbs.ts reads "invade" so)' },
  { prefix: '193', type: 'IN_CONFLICT_WITH', note: 'fight with small arms and light weapons' },
  { prefix: '194', type: 'STRUCK', note: 'artillery and tanks: shelling is a strike (verbs.ts reads "shell" so)' },
  { prefix: '195', type: 'STRUCK', note: 'aerial weapons, 1951–1952 included' },
  { prefix: '196', type: 'IN_CONFLICT_WITH', note: 'violate ceasefire' },
];

const BY_PREFIX = new Map(CAMEO_TO_TYPE.map((m) => [m.prefix, m]));

/** The relationship type of a CAMEO event code, or null where none of ours corresponds. */
export function typeOfCameoCode(code: string): RelationshipType | null {
  for (let n = code.length; n >= 2; n -= 1) {
    const mapping = BY_PREFIX.get(code.slice(0, n));
    if (mapping) return mapping.type;
  }
  return null;
}
