// The client examples in examples/clients/ (shown in docs/clients.md) against a real server over the seed graph:
// each pages through real connections and must give what one big page gives, in the same order.
import { authConfig, bearer } from '../fixtures/auth';
import { type Harness, startHarness } from '../fixtures/harness';
import { subscribed } from '../fixtures/live';
import { INGEST } from '../fixtures/mutations';
import { entityRelationshipsWithApollo } from '../../examples/clients/apollo';
import { entityRelationshipsWithFetch, GraphQLResponseError, request } from '../../examples/clients/fetch';
import { EntityRelationships } from '../../examples/clients/operations';
import { type AddedRelationship, watchRelationships } from '../../examples/clients/subscriptions';
import { relationshipsWithUrql } from '../../examples/clients/urql';

jest.setTimeout(120_000);

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ config: { auth: authConfig() } });
}, 180_000);
afterAll(async () => {
  await h?.close();
});

const RELATIONSHIP = 'id type from { id name } to { id name }';

/** One page big enough for the whole list, straight from the server: what paging must add up to. */
async function allAtOnce(id: string): Promise<Array<Record<string, unknown>>> {
  const res = await h.gql(`query($id: ID!) { entity(id: $id) { relationships(first: 100) { edges { node { ${RELATIONSHIP} } } } } }`, { id });
  expect(res.errors).toBeUndefined();
  return res.data!.entity.relationships.edges.map((edge: { node: Record<string, unknown> }) => edge.node);
}

/** Apollo adds `__typename` to every selection; the comparison is about the data. */
function withoutTypename(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTypename);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([key]) => key !== '__typename').map(([key, v]) => [key, withoutTypename(v)]));
  }
  return value;
}

test('Apollo with the kit merges fetchMore pages of Witkoff\'s relationships into one cached list', async () => {
  const expected = await allAtOnce('steve-witkoff');
  expect(expected.length).toBeGreaterThan(2); // one per page below, so there is something to merge

  const { name, relationships } = await entityRelationshipsWithApollo(h.url, 'steve-witkoff', 1);

  expect(name).toBe('Steve Witkoff');
  expect(withoutTypename(relationships)).toEqual(expected);
  expect(relationships.map((r) => (r as { __typename?: string }).__typename)).toEqual(expected.map(() => 'Relationship'));
});

test('urql with Graphcache\'s relayPagination returns every MEDIATES and ACCUSES relationship across pages', async () => {
  const res = await h.gql(`{ relationships(types: [MEDIATES, ACCUSES], first: 100) { edges { node { ${RELATIONSHIP} } } } }`);
  const expected = res.data!.relationships.edges.map((edge: { node: unknown }) => edge.node);
  expect(expected.length).toBeGreaterThan(2);

  const relationships = await relationshipsWithUrql(h.url, ['MEDIATES', 'ACCUSES'], 2);

  expect(withoutTypename(relationships)).toEqual(expected);
  expect(relationships.some((r) => r.from.id === 'qatar' && r.type === 'MEDIATES')).toBe(true);
});

test('fetch with the typed document appends pages of Qatar\'s relationships', async () => {
  const expected = await allAtOnce('qatar');
  const relationships = await entityRelationshipsWithFetch(h.url, 'qatar', 1);
  expect(relationships).toEqual(expected);
  expect(relationships).toContainEqual(expect.objectContaining({ type: 'MEDIATES', to: expect.objectContaining({ id: 'gaza-ceasefire-talks' }) }));
});

test('fetch surfaces the server\'s error code: a page over the limit is BAD_USER_INPUT', async () => {
  const error = await request(h.url, EntityRelationships, { id: 'qatar', first: 101 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GraphQLResponseError);
  expect((error as GraphQLResponseError).code).toBe('BAD_USER_INPUT');
});

test('fetch sends the bearer token: a malformed one is UNAUTHENTICATED, HTTP 401', async () => {
  const error = await request(h.url, EntityRelationships, { id: 'qatar' }, 'not-a-jwt').catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
});

test('the subscription example receives a relationship written after it subscribed, filtered by entity', async () => {
  const received: AddedRelationship[] = [];
  const errors: unknown[] = [];
  const stop = watchRelationships(h.url, (relationship) => received.push(relationship), { entity: 'qatar', onError: (e) => errors.push(e) });
  try {
    await subscribed(h.server, 'relationships', 1);
    const editor = await bearer(['editor'], { subject: 'client-examples' });
    const write = (n: string, to: string) => h.gql(INGEST, {
      document: {
        source: { id: `client-example-${n}`, title: `Client example ${n}` },
        entities: [{ id: `client-example-person-${n}`, kind: 'PERSON', name: `Client Example ${n}` }],
        relationships: [{ type: 'MEETS_WITH', from: `client-example-person-${n}`, to, quote: `client example ${n} meets them` }],
      },
    }, editor);
    expect((await write('other', 'hamas')).errors).toBeUndefined(); // not Qatar's: filtered out
    expect((await write('qatar', 'qatar')).errors).toBeUndefined();

    const deadline = Date.now() + 15_000;
    while (received.length === 0 && errors.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(errors).toEqual([]);
    expect(received).toEqual([{
      id: expect.stringContaining('client-example-person-qatar'),
      type: 'MEETS_WITH',
      from: { id: 'client-example-person-qatar', name: 'Client Example qatar' },
      to: { id: 'qatar', name: 'Qatar' },
      sources: [{ quote: 'client example qatar meets them' }],
    }]);
  } finally {
    await stop();
  }
});
