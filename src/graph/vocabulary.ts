// The allow-lists: the only entity kinds and relationship types that ever reach Cypher.
// Kept identical to the enums in schema.graphql and facts/facts-document.schema.json (a unit test checks).
import type { EntityKind, RelationshipType } from '../generated/graphql';

export const ENTITY_KINDS: readonly EntityKind[] = ['PERSON', 'COUNTRY', 'ORGANIZATION', 'PLACE', 'EVENT', 'GROUP'];

/** CAMEO quad classes: verbal/material × cooperation/conflict. */
export type QuadClass = 'VERBAL_COOPERATION' | 'MATERIAL_COOPERATION' | 'VERBAL_CONFLICT' | 'MATERIAL_CONFLICT';

export interface RelationshipTypeInfo {
  type: RelationshipType;
  description: string;
  /** The CAMEO event code this type corresponds to, where one does (CAMEO 1.1b3 code list). */
  cameoCode: string | null;
  cameoLabel: string | null;
  quadClass: QuadClass | null;
}

// Codes and labels as in the CAMEO 1.1b3 event code list. The quad class follows the code's two-digit root:
// 01–05 verbal cooperation, 06–09 material cooperation, 10–14 verbal conflict, 15–20 material conflict
// (quadClassOfCameoCode; a unit test holds every entry to it). Structural relations have no CAMEO event.
export const RELATIONSHIP_TYPES: readonly RelationshipTypeInfo[] = [
  { type: 'MEDIATES', description: 'acts as a go-between in talks or a conflict', cameoCode: '045', cameoLabel: 'Mediate', quadClass: 'VERBAL_COOPERATION' },
  { type: 'NEGOTIATES', description: 'negotiates with', cameoCode: '046', cameoLabel: 'Engage in negotiation', quadClass: 'VERBAL_COOPERATION' },
  { type: 'STRUCK', description: 'carried out a military strike on', cameoCode: '195', cameoLabel: 'Employ aerial weapons', quadClass: 'MATERIAL_CONFLICT' },
  { type: 'LEADS', description: 'leads (head of state or organization)', cameoCode: null, cameoLabel: null, quadClass: null },
  { type: 'ENVOY_OF', description: 'is an envoy or representative of', cameoCode: null, cameoLabel: null, quadClass: null },
  { type: 'HOSTS', description: 'hosts talks, an event or a delegation', cameoCode: '043', cameoLabel: 'Host a visit', quadClass: 'VERBAL_COOPERATION' },
  { type: 'LOCATED_IN', description: 'takes place or lies in', cameoCode: null, cameoLabel: null, quadClass: null },
  { type: 'HOLDS_CAPTIVE', description: 'holds captive', cameoCode: '181', cameoLabel: 'Abduct, hijack, or take hostage', quadClass: 'MATERIAL_CONFLICT' },
  { type: 'DETAINS', description: 'arrested or detains', cameoCode: '173', cameoLabel: 'Arrest, detain, or charge with legal action', quadClass: 'MATERIAL_CONFLICT' },
  { type: 'RELEASED', description: 'released', cameoCode: '0841', cameoLabel: 'Return, release person(s)', quadClass: 'MATERIAL_COOPERATION' },
  { type: 'ACCUSES', description: 'publicly accuses or blames', cameoCode: '112', cameoLabel: 'Accuse, not specified below', quadClass: 'VERBAL_CONFLICT' },
  { type: 'WITHDREW_FROM', description: 'withdrew from talks, a place or an agreement', cameoCode: '165', cameoLabel: 'Halt mediation', quadClass: 'MATERIAL_CONFLICT' },
  { type: 'PLEDGED', description: 'pledged to bring about', cameoCode: '030', cameoLabel: 'Express intent to cooperate, not specified below', quadClass: 'VERBAL_COOPERATION' },
  { type: 'IN_CONFLICT_WITH', description: 'is in armed or political conflict with', cameoCode: '190', cameoLabel: 'Use conventional military force, not specified below', quadClass: 'MATERIAL_CONFLICT' },
  { type: 'PARTICIPATES_IN', description: 'takes part in an event', cameoCode: null, cameoLabel: null, quadClass: null },
  { type: 'RESTRICTS_AID_TO', description: 'restricts humanitarian aid reaching', cameoCode: '162', cameoLabel: 'Reduce or stop material aid, not specified below', quadClass: 'MATERIAL_CONFLICT' },
  { type: 'WARNS_ABOUT', description: 'warns about the situation in', cameoCode: '012', cameoLabel: 'Make pessimistic comment', quadClass: 'VERBAL_COOPERATION' },
  { type: 'PROPOSED', description: 'proposed a plan concerning', cameoCode: '03', cameoLabel: 'Express intent to cooperate', quadClass: 'VERBAL_COOPERATION' },
  { type: 'MEMBER_OF', description: 'is a member or part of', cameoCode: null, cameoLabel: null, quadClass: null },
  { type: 'MEETS_WITH', description: 'met or held talks with (in person or by telephone)', cameoCode: '040', cameoLabel: 'Consult, not specified below', quadClass: 'VERBAL_COOPERATION' },
  { type: 'VISITS', description: 'visited (a country, a city, a leader)', cameoCode: '042', cameoLabel: 'Make a visit', quadClass: 'VERBAL_COOPERATION' },
  { type: 'APPEALS_TO', description: 'appealed to or urged', cameoCode: '020', cameoLabel: 'Make an appeal or request, not specified below', quadClass: 'VERBAL_COOPERATION' },
  { type: 'ENDORSES', description: 'praised, endorsed or backed', cameoCode: '051', cameoLabel: 'Praise or endorse', quadClass: 'VERBAL_COOPERATION' },
  { type: 'AGREES_WITH', description: 'reached or signed an agreement with', cameoCode: '057', cameoLabel: 'Sign formal agreement', quadClass: 'VERBAL_COOPERATION' },
  { type: 'CEASEFIRE_WITH', description: 'agreed or declared a truce or ceasefire with', cameoCode: '0871', cameoLabel: 'Declare truce, ceasefire', quadClass: 'MATERIAL_COOPERATION' },
  { type: 'DEMANDS_OF', description: 'made a demand of', cameoCode: '100', cameoLabel: 'Demand, not specified below', quadClass: 'VERBAL_CONFLICT' },
  { type: 'CRITICIZES', description: 'criticized, denounced or condemned', cameoCode: '111', cameoLabel: 'Criticize or denounce', quadClass: 'VERBAL_CONFLICT' },
  { type: 'REJECTS', description: 'rejected a proposal, demand or plan of', cameoCode: '120', cameoLabel: 'Reject, not specified below', quadClass: 'VERBAL_CONFLICT' },
  { type: 'THREATENS', description: 'threatened', cameoCode: '130', cameoLabel: 'Threaten, not specified below', quadClass: 'VERBAL_CONFLICT' },
  { type: 'SANCTIONS', description: 'imposed an embargo, boycott or sanctions on', cameoCode: '163', cameoLabel: 'Impose embargo, boycott, or sanctions', quadClass: 'MATERIAL_CONFLICT' },
];

/** The CAMEO quad class a code belongs to, from its two-digit root; null for a code that is not CAMEO's. */
export function quadClassOfCameoCode(code: string): QuadClass | null {
  if (!/^\d{2,4}$/.test(code)) return null;
  const root = Number(code.slice(0, 2));
  if (root >= 1 && root <= 5) return 'VERBAL_COOPERATION';
  if (root >= 6 && root <= 9) return 'MATERIAL_COOPERATION';
  if (root >= 10 && root <= 14) return 'VERBAL_CONFLICT';
  if (root >= 15 && root <= 20) return 'MATERIAL_CONFLICT';
  return null;
}

export const ALL_RELATIONSHIP_TYPES: readonly RelationshipType[] = RELATIONSHIP_TYPES.map((t) => t.type);

const TYPE_SET = new Set<string>(ALL_RELATIONSHIP_TYPES);
const KIND_SET = new Set<string>(ENTITY_KINDS);

export function isRelationshipType(value: string): value is RelationshipType {
  return TYPE_SET.has(value);
}

export function isEntityKind(value: string): value is EntityKind {
  return KIND_SET.has(value);
}

/** The stable id of the fact `from` TYPE `to`: the same fact from any source gets the same id. */
export function relationshipId(type: RelationshipType, from: string, to: string): string {
  return `${from}--${typeSlug(type)}--${to}`;
}

/** ALLY_OF → ally-of, worked out once per type: `npm run import` asks for a million ids. */
const TYPE_SLUGS = new Map<string, string>();
function typeSlug(type: string): string {
  let slug = TYPE_SLUGS.get(type);
  if (slug === undefined) TYPE_SLUGS.set(type, slug = type.toLowerCase().replace(/_/g, '-'));
  return slug;
}

/** The key `lookup` matches on: case, accents, punctuation and spacing ignored ("U.S." → "us"). */
export function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
