// What a root field's selection asks the statement for: entity(id)'s one-statement plan and whether the
// relationships' dates are read. Built from parsed queries against the real schema, no database.
import fs from 'node:fs';
import path from 'node:path';
import { type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, Kind, buildSchema, parse } from 'graphql';
import { REPO_ROOT } from '../../src/config';
import { entityFieldsAt, entityPagePlan, readsRelationshipDetails } from '../../src/resolvers/selection';

const schema = buildSchema(fs.readFileSync(path.join(REPO_ROOT, 'schema.graphql'), 'utf8'));

/** The resolve info of the query's first root field, as far as the selection readers look at it. */
function infoOf(query: string, variableValues: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const field = operation?.selectionSet.selections[0] as FieldNode;
  const fragments = Object.fromEntries(document.definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  return { fieldNodes: [field], fragments, schema, variableValues };
}

const W1 = `query W1($id: ID!) { entity(id: $id) { id name kind relationships(first: 100) { edges { node {
  id type since until confidence from { id name kind } to { id name kind } } } } } }`;

test('W1 is one statement: the entity\'s and the ends\' fields, no count, no quotes, the arguments with defaults', () => {
  expect(entityPagePlan(infoOf(W1, { id: 'x' }))).toEqual({
    selection: { entityFields: ['id', 'name', 'kind'], endFields: ['id', 'name', 'kind'], count: false, quotes: false },
    args: { first: 100, direction: 'BOTH', includeRetracted: false },
  });
});

test('totalCount, quotes, variables, fragments and type conditions are all read', () => {
  const plan = entityPagePlan(infoOf(`query Q($types: [RelationshipType!]) { entity(id: "x") { ...E relationships(types: $types, first: 5) {
    totalCount pageInfo { endCursor } edges { cursor node { ... on Relationship { sources { quote source { title } } } to { ... on Person { roles } } } } } } }
    fragment E on Entity { description ... on Person { aliases } }`, { types: ['MEDIATES'] }));
  expect(plan).toEqual({
    selection: { entityFields: ['description', 'aliases'], endFields: ['roles'], count: true, quotes: true },
    args: { first: 5, types: ['MEDIATES'], direction: 'BOTH', includeRetracted: false },
  });
});

test('corroboration fields and nested relationships of the ends leave the plan standing (their loaders answer them)', () => {
  const plan = entityPagePlan(infoOf(`{ entity(id: "x") { relationships { edges { node { sourceCount combinedConfidence
    from { id mentions { count } relationships { totalCount } } } } } } }`));
  expect(plan?.selection).toEqual({ entityFields: [], endFields: ['id'], count: false, quotes: false });
});

test.each([
  ['no relationships', '{ entity(id: "x") { id name } }'],
  ['two differently aliased pages', '{ entity(id: "x") { a: relationships(first: 1) { totalCount } b: relationships(first: 2) { totalCount } } }'],
  ['one key with other arguments under another type', '{ entity(id: "x") { ... on Person { relationships(first: 1) { totalCount } } ... on Country { relationships(first: 2) { totalCount } } } }'],
])('%s: no plan, the loaders answer', (_name, query) => {
  expect(entityPagePlan(infoOf(query))).toBeNull();
});

test('a field the plan does not know makes it step aside rather than guess', () => {
  // `unknownField` is not in the schema (validation would stop it first); it stands for a field added later.
  expect(entityPagePlan(infoOf('{ entity(id: "x") { relationships { edges { node { unknownField } } } } }'))).toBeNull();
  expect(entityPagePlan(infoOf('{ entity(id: "x") { unknownField relationships { totalCount } } }'))).toBeNull();
});

test('relationship dates and confidence are fetched for neighbourhoods and paths only when read', () => {
  expect(readsRelationshipDetails(infoOf('{ neighborhood(id: "x") { edges { id type from { id } } } }'), ['edges'])).toBe(false);
  expect(readsRelationshipDetails(infoOf('{ neighborhood(id: "x") { edges { ...D } } } fragment D on Relationship { since }'), ['edges'])).toBe(true);
  expect(readsRelationshipDetails(infoOf('{ path(from: "a", to: "b") { steps { relationship { id } } } }'), ['steps', 'relationship'])).toBe(false);
  expect(readsRelationshipDetails(infoOf('{ path(from: "a", to: "b") { steps { relationship { confidence } } } }'), ['steps', 'relationship'])).toBe(true);
});

test('a neighbourhood fetches the entity properties its nodes and its edges\' ends read, all of them when unsure', () => {
  const ends = [['nodes'], ['edges', 'from'], ['edges', 'to']];
  expect(entityFieldsAt(infoOf('{ neighborhood(id: "x") { nodes { id name kind } edges { id from { id } to { id } } } }'), ends)).toEqual(['id', 'name', 'kind']);
  expect(entityFieldsAt(infoOf(`{ neighborhood(id: "x") { nodes { ...E } edges { to { description relationships { totalCount } } } } }
    fragment E on Entity { name ... on Person { roles } }`), ends)).toEqual(['name', 'roles', 'description']);
  expect(entityFieldsAt(infoOf('{ neighborhood(id: "x") { nodes { unknownField } } }'), ends)).toBeNull();
});
