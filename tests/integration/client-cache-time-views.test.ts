// A normalizing client cache never shows one day's numbers for another day, or for now: the real Apollo Client
// (the default InMemoryCache, given only the schema's generated possibleTypes) against the real server, on the documented queries in
// both orders, then reading every answer back from the cache alone.
import { ApolloClient, type DocumentNode, HttpLink, InMemoryCache, type OperationVariables, gql } from '@apollo/client';
import { createCache, possibleTypes } from '../../client';
import { authConfig, bearer } from '../fixtures/auth';
import { type Harness, startHarness } from '../fixtures/harness';
import { INGEST } from '../fixtures/mutations';

let h: Harness;
let editor: Record<string, string>;

// Three small reports on invented states: talks reported on 10 June and again on 20 July (by another
// publisher), a threat on 20 July, and on 22 July a third publisher disputing the talks.
const ENTITIES = [
  { id: 'north-state', kind: 'COUNTRY', name: 'North State' },
  { id: 'south-state', kind: 'COUNTRY', name: 'South State' },
  { id: 'east-league', kind: 'GROUP', name: 'East League' },
];
const TALKS = 'north-state--negotiates--south-state';
const REPORTS = [
  { source: { id: 'herald-june', title: 'June report', publisher: 'Herald', publishedAt: '2025-06-10' }, entities: ENTITIES, relationships: [
    { type: 'NEGOTIATES', from: 'north-state', to: 'south-state', quote: 'North State opened talks with South State', confidence: 0.7 },
  ] },
  { source: { id: 'courier-july', title: 'July report', publisher: 'Courier', publishedAt: '2025-07-20' }, entities: ENTITIES, relationships: [
    { type: 'NEGOTIATES', from: 'north-state', to: 'south-state', quote: 'the two states kept negotiating', confidence: 0.6 },
    { type: 'THREATENS', from: 'north-state', to: 'east-league', quote: 'North State warned the East League', confidence: 0.8 },
  ] },
  { source: { id: 'gazette-july', title: 'July denial', publisher: 'Gazette', publishedAt: '2025-07-22' }, entities: ENTITIES, relationships: [
    { type: 'NEGOTIATES', from: 'north-state', to: 'south-state', quote: 'South State said no talks were held', confidence: 0.9, stance: 'DISPUTES' },
  ] },
];
const DAY = '2025-06-30';

/** The default cache given only possibleTypes, or the client kit's (which adds relay-style paging). */
function client(kit = false): ApolloClient {
  return new ApolloClient({ link: new HttpLink({ uri: h.url, headers: editor }), cache: kit ? createCache() : new InMemoryCache({ possibleTypes }) });
}

const FACT = 'id type sourceCount lastReported combinedConfidence sources { quote source { id } } disputedBy { quote source { id } }';
const ENTITY = gql`query EntityView($id: ID!, $asOf: Date) {
  entity(id: $id, asOf: $asOf) { id name relationships { totalCount edges { node { ${FACT} } } } }
}`;
const RELATIONSHIPS = gql`query RelationshipsView($asOf: Date) {
  relationships(from: "north-state", asOf: $asOf) { totalCount edges { node { ${FACT} } } }
}`;
const ONE = gql`query OneRelationship($id: ID!) { relationship(id: $id) { ${FACT} } }`;
const NEIGHBORHOOD = gql`query NeighborhoodView($asOf: Date) {
  neighborhood(id: "north-state", asOf: $asOf) { nodes { id name } edges { ${FACT} } }
}`;

interface Fact { type: string; sourceCount: number; sources: Array<{ quote: string }>; disputedBy: Array<{ quote: string }> }
type View = { totalCount: number; talks: Fact | undefined };

/** What the talks fact and the count look like in an answer, wherever they sit in it. */
function viewOf(connection: { totalCount: number; edges: Array<{ node: Fact }> }): View {
  return { totalCount: connection.totalCount, talks: connection.edges.map((e) => e.node).find((n) => n.type === 'NEGOTIATES') };
}
const entityView = (data: any): View => viewOf(data.entity.relationships);
const listView = (data: any): View => viewOf(data.relationships);

/** The truth, as the server answers each view with no cache in between. */
function expectNow(view: View): void {
  expect(view.totalCount).toBe(2);
  expect(view.talks?.sourceCount).toBe(2);
  expect(view.talks?.sources.map((s) => s.quote).sort()).toEqual(['North State opened talks with South State', 'the two states kept negotiating']);
  expect(view.talks?.disputedBy.map((s) => s.quote)).toEqual(['South State said no talks were held']);
}
function expectThen(view: View): void {
  expect(view.totalCount).toBe(1);
  expect(view.talks?.sourceCount).toBe(1);
  expect(view.talks?.sources.map((s) => s.quote)).toEqual(['North State opened talks with South State']);
  expect(view.talks?.disputedBy).toEqual([]);
}

async function fetched(apollo: ApolloClient, query: DocumentNode, variables: OperationVariables): Promise<any> {
  const { data, error } = await apollo.query({ query, variables, fetchPolicy: 'network-only' });
  expect(error).toBeUndefined();
  return data;
}

function cached(apollo: ApolloClient, query: DocumentNode, variables: OperationVariables): any {
  const data = apollo.readQuery({ query, variables });
  expect(data).not.toBeNull();
  return data;
}

beforeAll(async () => {
  h = await startHarness({ seed: false, config: { auth: authConfig() } });
  editor = await bearer(['editor'], { subject: 'cache-tests' });
  for (const document of REPORTS) expect((await h.gql(INGEST, { document }, editor)).errors).toBeUndefined();
}, 120_000);
afterAll(async () => { await h.close(); });

describe.each([
  ['now first, then as of a day; default cache', false, false],
  ['as of a day first, then now; default cache', true, false],
  ['now first, then as of a day; client kit cache', false, true],
  ['as of a day first, then now; client kit cache', true, true],
])('entity(id, asOf) { relationships }: %s', (_name, thenFirst, kit) => {
  test('each view keeps its own counts, quotes and disputes, on the wire and read back from the cache', async () => {
    const apollo = client(kit);
    const order = thenFirst ? [DAY, null] : [null, DAY];
    for (const asOf of order) {
      const view = entityView(await fetched(apollo, ENTITY, { id: 'north-state', asOf }));
      if (asOf) expectThen(view); else expectNow(view);
    }
    expectNow(entityView(cached(apollo, ENTITY, { id: 'north-state', asOf: null })));
    expectThen(entityView(cached(apollo, ENTITY, { id: 'north-state', asOf: DAY })));
  });
});

describe.each([
  ['now first; default cache', false, false],
  ['as of a day first; default cache', true, false],
  ['now first; client kit cache', false, true],
  ['as of a day first; client kit cache', true, true],
])('relationships(asOf), relationship(id) and neighborhood(asOf): %s', (_name, thenFirst, kit) => {
  test('a fact as of a day never overwrites the same fact now, in lists, by id and in a neighbourhood', async () => {
    const apollo = client(kit);
    const order = thenFirst ? [DAY, null] : [null, DAY];
    for (const asOf of order) {
      const list = listView(await fetched(apollo, RELATIONSHIPS, { asOf }));
      if (asOf) expectThen(list); else expectNow(list);
      const hood = await fetched(apollo, NEIGHBORHOOD, { asOf });
      const talks = hood.neighborhood.edges.find((e: Fact) => e.type === 'NEGOTIATES');
      if (asOf) expectThen({ totalCount: 1, talks }); else expectNow({ totalCount: 2, talks });
      // The id a time view carries is one a client can ask for again, and it answers the same view.
      const one = (await fetched(apollo, ONE, { id: talks.id })).relationship;
      expect(one.id).toBe(talks.id);
      if (asOf) expectThen({ totalCount: 1, talks: one }); else expectNow({ totalCount: 2, talks: one });
    }
    expectNow(listView(cached(apollo, RELATIONSHIPS, { asOf: null })));
    expectThen(listView(cached(apollo, RELATIONSHIPS, { asOf: DAY })));
    expectNow({ totalCount: 2, talks: cached(apollo, ONE, { id: TALKS }).relationship });
    expectThen({ totalCount: 1, talks: cached(apollo, ONE, { id: `${TALKS}@${DAY}` }).relationship });
  });
});

test('both views in one answer normalize apart: the cache holds one record per view', async () => {
  const apollo = client();
  const both = gql`{
    now: entity(id: "north-state") { id slug asOf relationships { totalCount edges { node { ${FACT} } } } }
    then: entity(id: "north-state", asOf: "${DAY}") { id slug asOf relationships { totalCount edges { node { ${FACT} } } } }
  }`;
  const data = await fetched(apollo, both, {});
  expect([data.now.id, data.now.slug, data.now.asOf]).toEqual(['north-state', 'north-state', null]);
  expect([data.then.id, data.then.slug, data.then.asOf]).toEqual([`north-state@${DAY}`, 'north-state', DAY]);
  expectNow(viewOf(data.now.relationships));
  expectThen(viewOf(data.then.relationships));
  const keys = Object.keys(apollo.cache.extract() as object);
  expect(keys).toEqual(expect.arrayContaining(['Country:north-state', `Country:north-state@${DAY}`, `Relationship:${TALKS}`, `Relationship:${TALKS}@${DAY}`]));
  expectNow(viewOf(cached(apollo, both, {}).now.relationships));
  expectThen(viewOf(cached(apollo, both, {}).then.relationships));
});

test('a time view id round-trips through entity(id), and a bad or conflicting suffix is BAD_USER_INPUT', async () => {
  const viaId = await h.gql(`{ entity(id: "north-state@${DAY}") { id slug asOf relationships { totalCount } } }`);
  expect(viaId.data?.entity).toEqual({ id: `north-state@${DAY}`, slug: 'north-state', asOf: DAY, relationships: { totalCount: 1 } });
  const before = await h.gql('{ entity(id: "north-state@2025-01-01") { id } relationship(id: "north-state--negotiates--south-state@2025-01-01") { id } }');
  expect(before.errors).toBeUndefined();
  expect(before.data).toEqual({ entity: null, relationship: null });
  for (const query of [
    '{ entity(id: "north-state@2025-02-30") { id } }',
    `{ entity(id: "north-state@${DAY}", asOf: "2025-07-01") { id } }`,
    '{ relationship(id: "north-state--negotiates--south-state@yesterday") { id } }',
  ]) {
    const res = await h.gql(query);
    expect(res.status).toBe(200);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  }
});

test('article previews never normalize: two previews keep their own entities and mention spans', async () => {
  const apollo = client();
  const EXTRACT = gql`query Preview($article: ArticleInput!) {
    extract(article: $article) { sourceId entities { entityId name existing mentions { start end } } }
  }`;
  const first = { title: 'First preview', text: 'Qatar hosted talks in Doha.' };
  const second = { title: 'Second preview', text: 'After a long delay, envoys said Qatar would host more talks.' };
  const spans = (data: any) => data.extract.entities.find((e: { entityId: string }) => e.entityId === 'qatar')?.mentions
    .map(({ start, end }: { start: number; end: number }) => ({ start, end }));
  const a = await fetched(apollo, EXTRACT, { article: first });
  const b = await fetched(apollo, EXTRACT, { article: second });
  expect(spans(a)).toEqual([{ start: 0, end: 5 }]);
  expect(spans(b)).toEqual([{ start: second.text.indexOf('Qatar'), end: second.text.indexOf('Qatar') + 5 }]);
  expect(spans(cached(apollo, EXTRACT, { article: first }))).toEqual([{ start: 0, end: 5 }]);
  expect(Object.keys(apollo.cache.extract() as object).filter((key) => key.startsWith('ExtractedEntity'))).toEqual([]);
});
