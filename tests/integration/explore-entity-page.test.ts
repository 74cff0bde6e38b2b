// `entity(id)` with its `relationships` in one statement (cypher/entity-page.cypher) answers exactly what the
// loaders answer. Two differently aliased `relationships` make the resolver fall back to the loaders, so each
// question is asked both ways in one request and the two answers compared.
import { type Harness, startHarness } from '../fixtures/harness';
import { loadDatedFacts, retract } from '../fixtures/explore';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await loadDatedFacts(h.db);
  await retract(h.db, 'steve-witkoff--accuses--hamas');
});
afterAll(async () => { await h.close(); });

const END = '{ __typename id name kind aliases description externalIds ... on Person { roles } }';
const PAGE = `{ totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node {
  id type since until confidence retraction { at by reason } from ${END} to ${END}
  sources { quote stance span { start end } rule source { id title publisher url publishedAt } } disputedBy { quote source { id } }
  sourceCount publisherCount firstReported lastReported combinedConfidence } } }`;

async function oneStatement(id: string, args: string, selection = PAGE) {
  const res = await h.gql(`{ entity(id: "${id}") { id name kind relationships${args} ${selection} } }`);
  expect(res.errors).toBeUndefined();
  return { data: res.data?.entity, roundTrips: res.extensions?.roundTrips as number };
}

async function throughLoaders(id: string, args: string, selection = PAGE) {
  const res = await h.gql(`{ entity(id: "${id}") { id name kind relationships${args} ${selection} other: relationships(first: 1) { totalCount } } }`);
  expect(res.errors).toBeUndefined();
  const { other: _other, ...entity } = res.data?.entity ?? {};
  return entity;
}

const CASES: Array<[string, string]> = [
  ['steve-witkoff', ''],
  ['steve-witkoff', '(first: 100)'],
  ['steve-witkoff', '(first: 2)'],
  ['steve-witkoff', '(first: 0)'],
  ['steve-witkoff', '(direction: OUTGOING)'],
  ['steve-witkoff', '(direction: INCOMING)'],
  ['steve-witkoff', '(types: [MEDIATES, WITHDREW_FROM, ACCUSES])'],
  ['steve-witkoff', '(includeRetracted: true)'],
  ['steve-witkoff', '(minSources: 2)'],
  ['steve-witkoff', '(asOf: "2025-07-25")'],
  ['steve-witkoff', '(asOf: "2025-07-25", includeRetracted: true, minSources: 1)'],
  ['hamas', '(types: [ACCUSES], includeRetracted: true)'],
  ['united-states', '(first: 3, direction: BOTH)'],
];

test.each(CASES)('%s relationships%s: one statement answers what the loaders answer', async (id, args) => {
  const one = await oneStatement(id, args);
  expect(one.data).toEqual(await throughLoaders(id, args));
  // The corroboration fields keep their own batched loader: one more round trip, when there is a relationship.
  expect(one.roundTrips).toBe(one.data.relationships.edges.length ? 2 : 1);
});

test('the next page after a cursor is the same both ways', async () => {
  const first = await oneStatement('steve-witkoff', '(first: 2)');
  const after = `(first: 2, after: "${first.data.relationships.pageInfo.endCursor as string}")`;
  const next = await oneStatement('steve-witkoff', after);
  expect(next.data).toEqual(await throughLoaders('steve-witkoff', after));
  expect(next.data.relationships.pageInfo.hasPreviousPage).toBe(true);
  expect(next.data.relationships.edges[0].node.id > first.data.relationships.edges[1].node.id).toBe(true);
});

test('quotes with their sources and the total count come in the same statement', async () => {
  const res = await h.gql(`{ entity(id: "steve-witkoff") { name relationships { totalCount edges { node { to { name } sources { quote source { title } } } } } } }`);
  expect(res.errors).toBeUndefined();
  expect(res.data?.entity.relationships.edges[0].node.sources[0].source.title).toEqual(expect.any(String));
  expect(res.extensions?.roundTrips).toBe(1);
});

test('an end asked for more than the entity itself still gets every field it asks for', async () => {
  // Witkoff is an end of each of his relationships: the end's fields, not only the entity's, are fetched for him.
  const one = await oneStatement('steve-witkoff', '', '{ edges { node { from { id name description } to { id name description } } } }');
  const loaders = await throughLoaders('steve-witkoff', '', '{ edges { node { from { id name description } to { id name description } } } }');
  expect(one.data).toEqual(loaders);
  expect(one.roundTrips).toBe(1);
});

test('an unknown id is null, and nested relationships of the ends go through the loaders', async () => {
  expect((await oneStatement('nobody-at-all', '')).data).toBeNull();
  const res = await h.gql(`{ entity(id: "steve-witkoff") { relationships(first: 3) { edges { node { to { id relationships(first: 2) { edges { node { id to { name } } } } } } } } } }`);
  expect(res.errors).toBeUndefined();
  expect(res.extensions?.roundTrips).toBe(2);
});

test('a wrong page argument is reported at relationships, as before', async () => {
  const res = await h.gql(`{ entity(id: "steve-witkoff") { id relationships(first: 1000) { totalCount } } }`);
  expect(res.errors?.[0]?.path).toEqual(['entity', 'relationships']);
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});
