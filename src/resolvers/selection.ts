// What a root field's GraphQL selection asks for, read off the query so the statement fetches only that:
// `entity(id)` with a page of its relationships in one statement (src/graph/entityPages.ts), the relationships'
// dates and confidence in neighbourhoods and paths only when read. Every field name is checked against an
// allow-list of the schema's fields; a field this file does not know means "not sure": the query then runs
// through the loaders as before. Fields are collected across fragments and type conditions and regardless of
// @skip/@include, so the projection may fetch a little more than is used, never less.
import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode, getArgumentValues, isInterfaceType } from 'graphql';
import type { EntityRelationshipsArgs } from '../generated/graphql';
import type { EntityPageSelection } from '../graph/entityPages';
import { type EntityProperty, isEntityProperty } from '../graph/fragments';

/** Entity fields answered by their own loaders from the entity's id: nothing to project for them. */
const ENTITY_LOADED_FIELDS = new Set(['__typename', 'mentions', 'relationships']);
const CONNECTION_FIELDS = new Set(['__typename', 'edges', 'pageInfo', 'totalCount']);
const EDGE_FIELDS = new Set(['__typename', 'cursor', 'node']);
/**
 * Relationship fields the statement answers (`from`/`to` and the quotes are handled apart). The corroboration
 * fields are answered by their own batched loader (relationship-corroboration.cypher holds the formula once).
 */
const RELATIONSHIP_FIELDS = new Set([
  '__typename', 'id', 'type', 'since', 'until', 'confidence', 'retraction',
  'sourceCount', 'publisherCount', 'firstReported', 'lastReported', 'combinedConfidence',
]);
const QUOTE_FIELDS = new Set(['sources', 'disputedBy']);

/** The fields of a selection set, fragments flattened (of every type condition). */
function fieldsOf(sets: ReadonlyArray<SelectionSetNode | undefined>, info: Pick<GraphQLResolveInfo, 'fragments'>): FieldNode[] {
  const fields: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, seen);
      else if (!seen.has(selection.name.value)) visit(info.fragments[selection.name.value]?.selectionSet, new Set([...seen, selection.name.value]));
    }
  };
  for (const set of sets) visit(set, new Set());
  return fields;
}

const subFields = (fields: FieldNode[], name: string, info: Pick<GraphQLResolveInfo, 'fragments'>): FieldNode[] =>
  fieldsOf(fields.filter((f) => f.name.value === name).map((f) => f.selectionSet), info);

/** The entity properties `fields` read, or null when one of them is not a known entity field. */
function entityProperties(fields: FieldNode[]): EntityProperty[] | null {
  const properties = new Set<EntityProperty>();
  for (const { name: { value } } of fields) {
    if (isEntityProperty(value)) properties.add(value);
    else if (!ENTITY_LOADED_FIELDS.has(value)) return null;
  }
  return [...properties];
}

const allKnown = (fields: FieldNode[], known: Set<string>): boolean => fields.every((f) => known.has(f.name.value));

export interface EntityPagePlan {
  selection: EntityPageSelection;
  /** The arguments of the one `relationships` field, coerced as graphql-js will pass them to its resolver. */
  args: EntityRelationshipsArgs;
}

/**
 * How to answer `entity(id)` in one statement, or null when it cannot (no `relationships` selected, two
 * differently aliased `relationships`, or a field this file does not know).
 */
export function entityPagePlan(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'schema' | 'variableValues'>): EntityPagePlan | null {
  const entity = fieldsOf(info.fieldNodes.map((f) => f.selectionSet), info);
  const relationships = entity.filter((f) => f.name.value === 'relationships');
  if (!relationships.length || new Set(relationships.map((f) => f.alias?.value ?? f.name.value)).size > 1) return null;

  const connection = fieldsOf(relationships.map((f) => f.selectionSet), info);
  const edges = subFields(connection, 'edges', info);
  const node = subFields(edges, 'node', info);
  const ends = [...subFields(node, 'from', info), ...subFields(node, 'to', info)];
  const entityFields = entityProperties(entity);
  const endFields = entityProperties(ends);
  const nodeKnown = node.every((f) => RELATIONSHIP_FIELDS.has(f.name.value) || QUOTE_FIELDS.has(f.name.value) || f.name.value === 'from' || f.name.value === 'to');
  if (!entityFields || !endFields || !nodeKnown || !allKnown(connection, CONNECTION_FIELDS) || !allKnown(edges, EDGE_FIELDS)) return null;

  const entityType = info.schema.getType('Entity');
  const definition = isInterfaceType(entityType) ? entityType.getFields().relationships : undefined;
  if (!definition) return null;
  // One response key may still carry other arguments under another type condition (`... on Person`).
  const args = relationships.map((f) => JSON.stringify(getArgumentValues(definition, f, info.variableValues)));
  if (new Set(args).size > 1) return null;
  return {
    selection: {
      entityFields,
      endFields,
      count: connection.some((f) => f.name.value === 'totalCount'),
      quotes: node.some((f) => QUOTE_FIELDS.has(f.name.value)),
    },
    args: JSON.parse(args[0] ?? '{}') as EntityRelationshipsArgs,
  };
}

const RELATIONSHIP_DETAILS = new Set(['since', 'until', 'confidence']);

/** Whether the relationships at `path` below this field read their since, until or confidence (fetched only then). */
export function readsRelationshipDetails(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): boolean {
  let fields = fieldsOf(info.fieldNodes.map((f) => f.selectionSet), info);
  for (const name of path) fields = subFields(fields, name, info);
  return fields.some((f) => RELATIONSHIP_DETAILS.has(f.name.value));
}

/**
 * The entity properties read at any of `paths` below this field (e.g. a neighbourhood's `nodes` and its edges'
 * `from` and `to`), or null when a field there is not one this file knows: then fetch every property.
 */
export function entityFieldsAt(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, paths: ReadonlyArray<readonly string[]>): EntityProperty[] | null {
  const root = fieldsOf(info.fieldNodes.map((f) => f.selectionSet), info);
  const fields = paths.flatMap((path) => path.reduce((at, name) => subFields(at, name, info), root));
  return entityProperties(fields);
}
