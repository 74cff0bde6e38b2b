// Filtered, sorted lists: entities by kind, name prefix and source; relationships by type, ends, source and
// date; keyset cursors that follow the sort.
import { type Harness, startHarness } from '../fixtures/harness';
import { DATED_SOURCE, SEED_SOURCE, ids, loadDatedFacts, nodes } from '../fixtures/explore';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await loadDatedFacts(h.db);
});
afterAll(async () => { await h.close(); });

type Page<T> = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: T }> };

async function entities(args: string): Promise<Page<{ id: string; name: string }>> {
  const res = await h.gql(`{ entities(${args}) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }`);
  expect(res.errors).toBeUndefined();
  return res.data?.entities;
}

async function relationships(args: string): Promise<Page<{ id: string; since: string | null; until: string | null }>> {
  const res = await h.gql(`{ relationships(${args}) { totalCount pageInfo { hasNextPage endCursor } edges { node { id since until } } } }`);
  expect(res.errors).toBeUndefined();
  return res.data?.relationships;
}

/** Every id of a list, fetched `size` at a time by following endCursor. */
async function allPages(list: 'entities' | 'relationships', args: string, size: number): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 50; guard++) {
    const res = await h.gql(`query($after: String) { ${list}(${args}, first: ${size}, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`, { after });
    expect(res.errors).toBeUndefined();
    const page = res.data?.[list] as Page<{ id: string }>;
    seen.push(...ids(nodes(page)));
    if (!page.pageInfo.hasNextPage) return seen;
    after = page.pageInfo.endCursor;
  }
  throw new Error('pagination did not end');
}

const BY_NAME = [
  'doha', 'donald-trump', 'gaza-ceasefire-talks', 'gaza-strip', 'gaza-war', 'hamas', 'humanitarian-groups', 'iran', 'israel',
  'israeli-hostages', 'israeli-campaign-against-iran', 'palestinian-detainees', 'qatar', 'russia', 'russia-ukraine-peace-deal',
  'steve-witkoff', 'ukraine', 'united-states', 'united-states-military',
];

test('namePrefix ignores case', async () => {
  const page = await entities('namePrefix: "gAzA"');
  expect([page.totalCount, ids(nodes(page))]).toEqual([3, ['gaza-ceasefire-talks', 'gaza-strip', 'gaza-war']]);
  expect(ids(nodes(await entities('namePrefix: "GAZA S"')))).toEqual(['gaza-strip']);
});

test('filters combine: name prefix and kind', async () => {
  const page = await entities('namePrefix: "gaza", kinds: [PLACE, COUNTRY]');
  expect([page.totalCount, ids(nodes(page))]).toEqual([1, ['gaza-strip']]);
});

test('source keeps the entities its facts involve', async () => {
  const dated = await entities(`source: "${DATED_SOURCE}"`);
  expect([dated.totalCount, ids(nodes(dated))]).toEqual([4, ['cairo-talks', 'gaza-ceasefire-talks', 'hamas', 'steve-witkoff']]);
  expect((await entities(`source: "${SEED_SOURCE}", first: 100`)).totalCount).toBe(19);
  expect(await entities('source: "no-such-source"')).toMatchObject({ totalCount: 0, edges: [] });
});

test('orderBy NAME sorts by name ignoring case, either way', async () => {
  const seedOnly = `source: "${SEED_SOURCE}", first: 100`;
  expect(ids(nodes(await entities(`${seedOnly}, orderBy: { field: NAME }`)))).toEqual(BY_NAME);
  expect(ids(nodes(await entities(`${seedOnly}, orderBy: { field: NAME, direction: DESC }`)))).toEqual([...BY_NAME].reverse());
});

test('orderBy ID DESC sorts by id, largest first', async () => {
  const all = ids(nodes(await entities('first: 100, orderBy: { field: ID, direction: DESC }')));
  expect(all).toHaveLength(20);
  expect(all).toEqual([...all].sort().reverse());
});

test('cursors page through every sort without gaps or repeats', async () => {
  for (const order of ['{ field: NAME }', '{ field: NAME, direction: DESC }', '{ field: ID, direction: DESC }', '{ field: ID }']) {
    const whole = ids(nodes(await entities(`first: 100, orderBy: ${order}`)));
    expect(await allPages('entities', `orderBy: ${order}`, 6)).toEqual(whole);
  }
  for (const order of ['{ field: DATE }', '{ field: DATE, direction: DESC }', '{ field: ID, direction: DESC }']) {
    const whole = ids(nodes(await relationships(`first: 100, orderBy: ${order}`)));
    expect(whole).toHaveLength(39);
    expect(await allPages('relationships', `orderBy: ${order}`, 4)).toEqual(whole);
  }
});

test('a cursor from another sort order is BAD_USER_INPUT', async () => {
  const byName = await entities('first: 2, orderBy: { field: NAME }');
  const res = await h.gql(`query($after: String) { entities(first: 2, after: $after) { totalCount } }`, { after: byName.pageInfo.endCursor });
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(res.errors?.[0]?.message).toContain('another sort order');
});

test('namePrefix over 200 characters is BAD_USER_INPUT', async () => {
  const res = await h.gql(`query($p: String) { entities(namePrefix: $p) { totalCount } }`, { p: 'g'.repeat(201) });
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

test('relationships filter by supporting source', async () => {
  const page = await relationships(`source: "${DATED_SOURCE}"`);
  expect([page.totalCount, ids(nodes(page))]).toEqual([5, [
    'hamas--accuses--steve-witkoff',
    'steve-witkoff--mediates--gaza-ceasefire-talks',
    'steve-witkoff--negotiates--hamas',
    'steve-witkoff--participates-in--cairo-talks',
    'steve-witkoff--withdrew-from--gaza-ceasefire-talks',
  ]]);
  expect((await relationships(`source: "${SEED_SOURCE}"`)).totalCount).toBe(35);
});

test('a date range keeps relationships dated (since, else until) inside it, and drops undated ones', async () => {
  const page = await relationships('dateFrom: "2025-01-01", dateTo: "2025-03-01", orderBy: { field: DATE }');
  expect([page.totalCount, ids(nodes(page))]).toEqual([3, ['steve-witkoff--mediates--gaza-ceasefire-talks', 'hamas--accuses--steve-witkoff', 'steve-witkoff--negotiates--hamas']]);
  expect((await relationships('dateFrom: "2025-03-02"')).totalCount).toBe(1);
  expect((await relationships('dateTo: "2024-12-31"')).totalCount).toBe(1);
});

test('orderBy DATE puts dated relationships in date order and the undated ones last, either way', async () => {
  const asc = ids(nodes(await relationships('first: 100, orderBy: { field: DATE }')));
  expect(asc.slice(0, 5)).toEqual([
    'steve-witkoff--participates-in--cairo-talks',
    'steve-witkoff--mediates--gaza-ceasefire-talks',
    'hamas--accuses--steve-witkoff',
    'steve-witkoff--negotiates--hamas',
    'steve-witkoff--withdrew-from--gaza-ceasefire-talks',
  ]);
  const undated = asc.slice(5);
  expect(undated).toEqual([...undated].sort());
  const desc = ids(nodes(await relationships('first: 100, orderBy: { field: DATE, direction: DESC }')));
  expect(desc.slice(0, 5)).toEqual([
    'steve-witkoff--withdrew-from--gaza-ceasefire-talks',
    'steve-witkoff--negotiates--hamas',
    'hamas--accuses--steve-witkoff',
    'steve-witkoff--mediates--gaza-ceasefire-talks',
    'steve-witkoff--participates-in--cairo-talks',
  ]);
  expect(desc.slice(5)).toEqual([...undated].reverse());
});

test('filters combine on relationships: type, end, source and dates', async () => {
  const page = await relationships(`types: [MEDIATES, NEGOTIATES], from: "steve-witkoff", source: "${DATED_SOURCE}", dateTo: "2025-02-01"`);
  expect(ids(nodes(page))).toEqual(['steve-witkoff--mediates--gaza-ceasefire-talks']);
});
