// The client kit (client/) against schema.graphql: possibleTypes and the paged fields cannot drift from the
// schema, and the cache it builds really merges connection pages and matches fragments on Entity.
import fs from 'node:fs';
import path from 'node:path';
import { gql } from '@apollo/client';
import { buildSchema, isInterfaceType } from 'graphql';
import { connectionFields, createCache, possibleTypes, typePolicies } from '../../client';
import { connectionFieldsOf } from '../../client/codegen/connectionFields';

const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8'));
const ENTITY_TYPES = ['Country', 'Event', 'Group', 'Organization', 'Person', 'Place'];

test('possibleTypes lists every interface of the schema with exactly its implementations', () => {
  const interfaces = Object.values(schema.getTypeMap()).filter(isInterfaceType);
  expect(Object.keys(possibleTypes).sort()).toEqual(interfaces.map((i) => i.name).sort());
  for (const type of interfaces) {
    expect([...possibleTypes[type.name as keyof typeof possibleTypes]].sort()).toEqual(schema.getPossibleTypes(type).map((t) => t.name).sort());
  }
  expect([...possibleTypes.Entity].sort()).toEqual(ENTITY_TYPES);
});

test('the generated connection fields are what schema.graphql has today', () => {
  const sorted = (fields: Record<string, Record<string, readonly string[]>>) =>
    Object.fromEntries(Object.entries(fields).map(([type, byField]) => [type, Object.fromEntries(Object.entries(byField).map(([f, args]) => [f, [...args].sort()]))]));
  expect(sorted(connectionFields)).toEqual(sorted(connectionFieldsOf(schema)));
});

test('every cursor connection the issue names is paged, keyed by every argument but first and after', () => {
  const keyArgsOf = (type: string, field: string) => {
    const policy = typePolicies[type]?.fields?.[field];
    return policy && typeof policy === 'object' ? policy.keyArgs : undefined;
  };
  expect(keyArgsOf('Query', 'entities')).toEqual(expect.arrayContaining(['kinds', 'namePrefix', 'source', 'orderBy']));
  expect(keyArgsOf('Query', 'relationships')).toEqual(
    expect.arrayContaining(['types', 'from', 'to', 'source', 'dateFrom', 'dateTo', 'minSources', 'asOf', 'orderBy', 'includeRetracted']),
  );
  expect(keyArgsOf('Query', 'sources')).toBe(false);
  expect(keyArgsOf('Query', 'duplicateCandidates')).toBe(false);
  expect(keyArgsOf('Source', 'facts')).toBe(false);
  for (const type of ENTITY_TYPES) {
    expect(keyArgsOf(type, 'relationships')).toEqual(expect.arrayContaining(['direction', 'types', 'includeRetracted', 'minSources', 'asOf']));
  }
  for (const [type, fields] of Object.entries(typePolicies)) {
    for (const field of Object.keys(fields.fields ?? {})) {
      const keyArgs = keyArgsOf(type, field);
      expect([type, field, Array.isArray(keyArgs) && (keyArgs.includes('first') || keyArgs.includes('after'))]).toEqual([type, field, false]);
    }
  }
});

test('the kit sets no keyFields: objects normalize by __typename and id', () => {
  for (const policy of Object.values(typePolicies)) expect(policy.keyFields).toBeUndefined();
});

const PAGE = gql`
  query Page($id: ID!, $first: Int, $after: String) {
    entity(id: $id) {
      id
      name
      relationships(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges { cursor node { id type } }
      }
    }
  }
`;

function page(ids: string[], hasNextPage: boolean) {
  return {
    entity: {
      __typename: 'Person',
      id: 'steve-witkoff',
      name: 'Steve Witkoff',
      relationships: {
        __typename: 'RelationshipConnection',
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: ids.at(-1) ?? null },
        edges: ids.map((id) => ({ __typename: 'RelationshipEdge', cursor: id, node: { __typename: 'Relationship', id, type: 'MEETS_WITH' } })),
      },
    },
  };
}

test('createCache merges a second page into the first page\'s list', () => {
  const cache = createCache();
  cache.writeQuery({ query: PAGE, variables: { id: 'steve-witkoff', first: 2 }, data: page(['r1', 'r2'], true) });
  cache.writeQuery({ query: PAGE, variables: { id: 'steve-witkoff', first: 2, after: 'r2' }, data: page(['r3'], false) });
  const merged = cache.readQuery<ReturnType<typeof page>>({ query: PAGE, variables: { id: 'steve-witkoff', first: 2 } });
  expect(merged?.entity.relationships.edges.map((edge) => edge.node.id)).toEqual(['r1', 'r2', 'r3']);
  expect(merged?.entity.relationships.pageInfo.hasNextPage).toBe(false);
});

test('createCache keeps lists with other filters apart (types is a key argument)', () => {
  const cache = createCache();
  const typed = gql`
    query Typed($id: ID!, $types: [RelationshipType!], $after: String) {
      entity(id: $id) { id name relationships(types: $types, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor node { id type } } } }
    }
  `;
  cache.writeQuery({ query: typed, variables: { id: 'steve-witkoff', types: ['ACCUSES'] }, data: page(['a1'], false) });
  cache.writeQuery({ query: typed, variables: { id: 'steve-witkoff', types: ['ENVOY_OF'] }, data: page(['e1'], false) });
  const accuses = cache.readQuery<ReturnType<typeof page>>({ query: typed, variables: { id: 'steve-witkoff', types: ['ACCUSES'] } });
  expect(accuses?.entity.relationships.edges.map((edge) => edge.node.id)).toEqual(['a1']);
});

test('with possibleTypes a fragment on Entity reads a cached Person', () => {
  const cache = createCache();
  cache.writeQuery({ query: PAGE, variables: { id: 'steve-witkoff', first: 2 }, data: page([], false) });
  const fragment = gql`fragment Named on Entity { id name }`;
  expect(cache.readFragment({ fragment, id: 'Person:steve-witkoff' })).toEqual({ __typename: 'Person', id: 'steve-witkoff', name: 'Steve Witkoff' });
});

test('an app\'s own typePolicies are added on top of the kit\'s, which keep paging', () => {
  const cache = createCache({ typePolicies: { Person: { fields: { name: { read: (name: string) => name.toUpperCase() } } } } });
  cache.writeQuery({ query: PAGE, variables: { id: 'steve-witkoff', first: 2 }, data: page(['r1'], true) });
  cache.writeQuery({ query: PAGE, variables: { id: 'steve-witkoff', first: 2, after: 'r1' }, data: page(['r2'], false) });
  const merged = cache.readQuery<ReturnType<typeof page>>({ query: PAGE, variables: { id: 'steve-witkoff', first: 2 } });
  expect(merged?.entity.name).toBe('STEVE WITKOFF');
  expect(merged?.entity.relationships.edges.map((edge) => edge.node.id)).toEqual(['r1', 'r2']);
});
