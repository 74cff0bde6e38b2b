// How each entity kind and each CAMEO quad class looks: one table shared by the drawing and its legend.
import type { EntityKind, QuadClass } from '../generated/graphql';

export type NodeShape = 'ellipse' | 'round-rectangle' | 'hexagon' | 'round-triangle' | 'diamond' | 'octagon';

export interface KindLook {
  label: string;
  color: string;
  shape: NodeShape;
}

export const KIND_LOOKS: Record<EntityKind, KindLook> = {
  PERSON: { label: 'Person', color: '#4e79a7', shape: 'ellipse' },
  COUNTRY: { label: 'Country', color: '#f28e2b', shape: 'round-rectangle' },
  ORGANIZATION: { label: 'Organization', color: '#59a14f', shape: 'hexagon' },
  PLACE: { label: 'Place', color: '#b07aa1', shape: 'round-triangle' },
  EVENT: { label: 'Event', color: '#edc948', shape: 'diamond' },
  GROUP: { label: 'Group', color: '#76b7b2', shape: 'octagon' },
};

/** Relationship types without a quad class (leads, located in) are structural. */
export type EdgeClass = QuadClass | 'STRUCTURAL';

export const EDGE_LOOKS: Record<EdgeClass, { label: string; color: string }> = {
  VERBAL_COOPERATION: { label: 'Verbal cooperation', color: '#2e9d5b' },
  MATERIAL_COOPERATION: { label: 'Material cooperation', color: '#1f6fb2' },
  VERBAL_CONFLICT: { label: 'Verbal conflict', color: '#e08a1e' },
  MATERIAL_CONFLICT: { label: 'Material conflict', color: '#c62828' },
  STRUCTURAL: { label: 'Structural', color: '#8a8f98' },
};

/** The colour a shortest path is drawn in, on top of everything else. */
export const PATH_COLOR = '#d1007a';

/** The bar drawn at the start of a disputed edge (its line is dashed and its label ends in “?” too). */
export const DISPUTED_COLOR = '#1d2330';

/** `ENVOY_OF` → `envoy of`: how a relationship type reads on an edge. */
export function typeLabel(type: string): string {
  return type.toLowerCase().replace(/_/g, ' ');
}

/** An edge's label: its type, with “?” when a source disputes it. */
export function edgeLabel(relationship: { type: string; disputedBy: readonly unknown[] }): string {
  return relationship.disputedBy.length > 0 ? `${typeLabel(relationship.type)} ?` : typeLabel(relationship.type);
}
