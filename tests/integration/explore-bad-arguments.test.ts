// Bad arguments to the exploring queries: a coded error naming the problem, or the documented empty result;
// never a 500, never a stack trace, and no database work for the field with the bad argument.
import { type Harness, startHarness } from '../fixtures/harness';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.close(); });

const BAD_USER_INPUT: Array<[string, string, string]> = [
  ['neighborhood depth 4', '{ neighborhood(id: "hamas", depth: 4) { truncated } }', '`depth` must be an integer from 1 to 3'],
  ['neighborhood depth 0', '{ neighborhood(id: "hamas", depth: 0) { truncated } }', '`depth` must be an integer from 1 to 3'],
  ['neighborhood limit 501', '{ neighborhood(id: "hamas", limit: 501) { truncated } }', '`limit` must be an integer from 1 to 500'],
  ['neighborhood limit 0', '{ neighborhood(id: "hamas", limit: 0) { truncated } }', '`limit` must be an integer from 1 to 500'],
  ['path maxHops 7', '{ path(from: "hamas", to: "israel", maxHops: 7) { length } }', '`maxHops` must be an integer from 1 to 6'],
  ['path maxHops 0', '{ path(from: "hamas", to: "israel", maxHops: 0) { length } }', '`maxHops` must be an integer from 1 to 6'],
  ['path from == to', '{ path(from: "hamas", to: "hamas") { length } }', '`from` and `to` must be different entities'],
  ['search first over the cap', '{ search(text: "doha", first: 101) { score } }', '`first` must be an integer from 0 to 100'],
  ['search first negative', '{ search(text: "doha", first: -1) { score } }', '`first` must be an integer from 0 to 100'],
  ['timeline first over the cap', '{ timeline(id: "hamas", first: 501) { truncated } }', '`first` must be an integer from 0 to 500'],
  ['timeline upside-down range', '{ timeline(id: "hamas", from: "2025-02-01", to: "2025-01-01") { truncated } }', '`to` (2025-01-01) is before `from` (2025-02-01)'],
  ['relationships upside-down range', '{ relationships(dateFrom: "2025-02-01", dateTo: "2025-01-01") { totalCount } }', '`dateTo` (2025-01-01) is before `dateFrom` (2025-02-01)'],
  ['relationships first over the cap', '{ relationships(first: 101) { totalCount } }', '`first` must be at most 100'],
  ['entities forged cursor', '{ entities(after: "bm9wZQ") { totalCount } }', '`after` is not a cursor this API returned'],
  ['mentions first over the cap', '{ entity(id: "hamas") { mentions(first: 101) { count } } }', '`first` must be an integer from 0 to 100'],
  ['mostConnected first over the cap', '{ stats { mostConnected(first: 101) { degree } } }', '`first` must be an integer from 0 to 100'],
];

test.each(BAD_USER_INPUT)('%s is BAD_USER_INPUT', async (_name, query, message) => {
  const res = await h.gql(query);
  expect(res.status).toBe(200);
  expect(res.errors).toHaveLength(1);
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(res.errors?.[0]?.message).toContain(message);
  expect(res.errors?.[0]?.extensions?.stacktrace).toBeUndefined();
  // Only the parent `entity` of `mentions` is loaded.
  expect(res.extensions?.roundTrips).toBe(query.includes('mentions') ? 1 : 0);
});

test('an unknown enum value or an impossible date is rejected before execution', async () => {
  for (const query of ['{ neighborhood(id: "hamas", direction: SIDEWAYS) { truncated } }', '{ path(from: "a", to: "b", types: [LIKES]) { length } }',
    '{ timeline(id: "hamas", from: "2024-02-30") { truncated } }', '{ relationships(dateTo: "yesterday") { totalCount } }']) {
    const res = await h.gql(query);
    expect([query, res.status, res.errors?.[0]?.extensions?.code]).toEqual([query, 400, 'GRAPHQL_VALIDATION_FAILED']);
  }
});

test('the same bad values passed as variables are BAD_USER_INPUT', async () => {
  const direction = await h.gql('query($d: Direction) { neighborhood(id: "hamas", direction: $d) { truncated } }', { d: 'SIDEWAYS' });
  const date = await h.gql('query($d: Date) { timeline(id: "hamas", from: $d) { truncated } }', { d: '2024-02-30' });
  for (const res of [direction, date]) expect([res.status, res.errors?.[0]?.extensions?.code]).toEqual([400, 'BAD_USER_INPUT']);
  expect(date.errors?.[0]?.message).toContain('real calendar date');
});

test('unknown ids give the documented empty results, not errors', async () => {
  const res = await h.gql(`{
    neighborhood(id: "atlantis") { truncated }
    timeline(id: "atlantis") { truncated }
    path(from: "atlantis", to: "el-dorado") { length }
    entity(id: "atlantis") { id }
  }`);
  expect(res.errors).toBeUndefined();
  expect(res.data).toEqual({ neighborhood: null, timeline: null, path: [], entity: null });
});

test('explicit nulls for arguments with defaults mean the defaults', async () => {
  const res = await h.gql(`{
    neighborhood(id: "steve-witkoff", depth: null, limit: null, direction: null, types: null) { nodes { id } }
    path(from: "steve-witkoff", to: "hamas", maxHops: null, allShortest: null) { length }
    search(text: "Doha", first: null) { entity { id } }
  }`);
  expect(res.errors).toBeUndefined();
  expect(res.data?.neighborhood.nodes).toHaveLength(4);
  expect(res.data?.path).toEqual([{ length: 1 }]);
  expect(res.data?.search[0].entity.id).toBe('doha');
});
