// The seed article's graph, served through GraphQL from the real Neo4j.
import { graphCounts, type Harness, ARTICLE, startHarness } from '../fixtures/harness';
import { loadSeed } from '../../src/facts/seed';
import { testCypher } from '../fixtures/testCypher';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.close(); });

const NAMED: Array<[string, string]> = [
  ['united-states', 'COUNTRY'], ['qatar', 'COUNTRY'], ['israel', 'COUNTRY'], ['hamas', 'ORGANIZATION'],
  ['iran', 'COUNTRY'], ['donald-trump', 'PERSON'], ['steve-witkoff', 'PERSON'],
];

test.each(NAMED)('the named entity %s exists with kind %s', async (id, kind) => {
  const res = await h.gql(`query($id: ID!) { entity(id: $id) { id kind __typename } }`, { id });
  expect(res.errors).toBeUndefined();
  expect(res.data?.entity).toMatchObject({ id, kind });
});

test('the driver hands integers over as JS numbers (no Integer object per value, as the bench floor reads them)', async () => {
  const [row] = await h.db.readText(testCypher('graph-counts'));
  expect(typeof row?.nodes).toBe('number');
  expect(row?.nodes).toBeGreaterThan(0);
});

test('lookup is case- and punctuation-insensitive over names and aliases', async () => {
  const res = await h.gql(`{ a: lookup(name: "U.S.") { id } b: lookup(name: "us") { id } c: lookup(name: "Witkoff") { id } d: lookup(name: "  DOHA ") { id } e: lookup(name: "Atlantis") { id } }`);
  expect(res.data).toEqual({
    a: [{ id: 'united-states' }], b: [{ id: 'united-states' }], c: [{ id: 'steve-witkoff' }], d: [{ id: 'doha' }], e: [],
  });
});

async function relationship(type: string, from: string, to: string) {
  const res = await h.gql(`query($t: [RelationshipType!], $f: ID, $to: ID) { relationships(types: $t, from: $f, to: $to) { totalCount edges { node { id type from { id } to { id } sources { quote source { id } } } } } }`, { t: [type], f: from, to });
  expect(res.errors).toBeUndefined();
  return res.data?.relationships;
}

test('the United States struck Iran, with its quote', async () => {
  const rels = await relationship('STRUCK', 'united-states', 'iran');
  expect(rels.totalCount).toBe(1);
  expect(rels.edges[0].node).toMatchObject({ id: 'united-states--struck--iran', type: 'STRUCK', from: { id: 'united-states' }, to: { id: 'iran' } });
  expect(rels.edges[0].node.sources[0].quote).toContain('strikes on Iran');
});

test('Qatar and the United States mediate the ceasefire talks', async () => {
  expect((await relationship('MEDIATES', 'qatar', 'gaza-ceasefire-talks')).totalCount).toBe(1);
  expect((await relationship('MEDIATES', 'united-states', 'gaza-ceasefire-talks')).totalCount).toBe(1);
});

test('Witkoff is envoy of the United States, and Trump leads it', async () => {
  expect((await relationship('ENVOY_OF', 'steve-witkoff', 'united-states')).totalCount).toBe(1);
  expect((await relationship('LEADS', 'donald-trump', 'united-states')).totalCount).toBe(1);
});

test('every relationship has at least one source and every quote is verbatim in the article', async () => {
  const res = await h.gql(`{ relationships(first: 100) { totalCount edges { node { id sources { quote source { id title } } } } } }`);
  const edges = res.data?.relationships.edges as Array<{ node: { id: string; sources: Array<{ quote: string }> } }>;
  expect(edges.length).toBe(res.data?.relationships.totalCount);
  expect(edges.length).toBeGreaterThanOrEqual(20);
  for (const { node } of edges) {
    expect(node.sources.length).toBeGreaterThanOrEqual(1);
    for (const { quote } of node.sources) expect(ARTICLE.includes(quote) ? quote : `not verbatim: ${quote}`).toBe(quote);
  }
});

test('loading the seed a second time changes no counts and reports everything unchanged', async () => {
  const before = await graphCounts(h.db);
  const [result] = await loadSeed(h.db);
  expect(await graphCounts(h.db)).toEqual(before);
  expect(result?.entities.created).toBe(0);
  expect(result?.entities.updated).toBe(0);
  expect(result?.relationships).toEqual({ created: 0, updated: 0, unchanged: expect.any(Number) });
  expect(result?.relationships.unchanged).toBeGreaterThan(0);
});

test('an unknown id gives null, not an error', async () => {
  const res = await h.gql(`{ entity(id: "atlantis") { id } source(id: "nope") { id } }`);
  expect(res.errors).toBeUndefined();
  expect(res.data).toEqual({ entity: null, source: null });
});

test('a page over the cap is BAD_USER_INPUT naming the limit', async () => {
  const res = await h.gql(`{ entities(first: 101) { totalCount } }`);
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(res.errors?.[0]?.message).toContain('at most 100');
});

test('entities paginate with cursors and a stable total', async () => {
  const first = await h.gql(`{ entities(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`);
  const page1 = first.data?.entities;
  expect(page1.edges).toHaveLength(5);
  expect(page1.pageInfo.hasNextPage).toBe(true);
  const second = await h.gql(`query($after: String) { entities(first: 100, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage } edges { node { id } } } }`, { after: page1.pageInfo.endCursor });
  const page2 = second.data?.entities;
  expect(page2.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
  const ids = [...page1.edges, ...page2.edges].map((e: { node: { id: string } }) => e.node.id);
  expect(ids).toHaveLength(page1.totalCount);
  expect([...ids].sort()).toEqual(ids);
});

test('a forged cursor is BAD_USER_INPUT', async () => {
  const res = await h.gql(`{ entities(first: 5, after: "!!not-a-cursor") { totalCount } }`);
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

test('entities filter by kind and resolve to their concrete types', async () => {
  const res = await h.gql(`{ entities(kinds: [PERSON], first: 10) { totalCount edges { node { __typename id ... on Person { roles } } } } }`);
  expect(res.data?.entities.totalCount).toBe(2);
  expect(res.data?.entities.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['donald-trump', 'steve-witkoff']);
  expect(res.data?.entities.edges[1].node).toMatchObject({ __typename: 'Person', roles: expect.arrayContaining(['Special Envoy']) });
});

test('a source lists the facts it supports', async () => {
  const res = await h.gql(`{ sources { totalCount edges { node { id facts(first: 100) { totalCount edges { node { id } } } } } } }`);
  const source = res.data?.sources.edges[0].node;
  expect(res.data?.sources.totalCount).toBe(1);
  expect(source.facts.totalCount).toBe(source.facts.edges.length);
  expect(source.facts.edges.map((e: { node: { id: string } }) => e.node.id)).toContain('united-states--struck--iran');
});
